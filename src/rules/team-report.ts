// Ships to the browser: where each person stands on each set, and which causes the team gets wrong, for the team
// report built from imported exports and for the hub.
import type { Day } from './days';
import { statusOfSet, type SetStatus } from './quiz';
import type { Attempt, Store } from './records';

/** The last finished attempt per profile and set, and the day of the last pass. */
export function lastResults(attempts: Attempt[], profile: string): Record<string, { last: Attempt; lastPass?: Day }> {
  const out: Record<string, { last: Attempt; lastPass?: Day }> = {};
  for (const a of attempts
    .filter((x) => x.profile === profile && x.finishedAt)
    .sort((x, y) => x.finishedAt!.localeCompare(y.finishedAt!))) {
    const entry: { last: Attempt; lastPass?: Day } = { last: a };
    const previous = out[a.set]?.lastPass;
    if (a.passed) entry.lastPass = a.finishedAt!.slice(0, 10);
    else if (previous) entry.lastPass = previous;
    out[a.set] = entry;
  }
  return out;
}

/** One person's row in the team report. */
export interface PersonReport {
  id: string;
  name: string;
  staffNo: string;
  sets: { set: string; status: SetStatus; lastScore: number | null }[];
}

/** Per person: the status of every set on `today`. */
export function teamReport(store: Store, sets: { id: string; cadenceDays: number }[], today: Day): PersonReport[] {
  return store.profiles.map((p) => {
    const results = lastResults(store.attempts, p.id);
    return {
      id: p.id,
      name: p.name,
      staffNo: p.staffNo,
      sets: sets.map((s) => ({
        set: s.id,
        status: statusOfSet(s.cadenceDays, results[s.id]?.lastPass, today),
        lastScore: results[s.id]?.last.score ?? null,
      })),
    };
  });
}

/** Error rate per cause over every answered question, for the team chart. */
export function causeErrorRates(
  store: Store,
  causesOf: Record<string, string[]>,
  profile?: string,
): Record<string, { wrong: number; total: number }> {
  const out: Record<string, { wrong: number; total: number }> = {};
  for (const a of store.attempts) {
    if (profile && a.profile !== profile) continue;
    for (const [qid, ans] of Object.entries(a.answers)) {
      for (const c of Object.hasOwn(causesOf, qid) ? causesOf[qid]! : []) {
        const r = (out[c] = Object.hasOwn(out, c) ? out[c]! : { wrong: 0, total: 0 });
        r.total += 1;
        r.wrong += 1 - ans.points;
      }
    }
  }
  return out;
}

/** One set on the hub: its status for the person, and their last finished attempt. */
export interface SetRow<S> {
  set: S;
  status: SetStatus;
  last: Attempt | undefined;
}

/** Every set's status for one person on `today` (each set never done when nobody is answering). */
export function setRows<S extends { id: string; cadenceDays: number }>(
  sets: readonly S[],
  attempts: Attempt[],
  profile: string | null,
  today: Day,
): SetRow<S>[] {
  const results = profile ? lastResults(attempts, profile) : {};
  return sets.map((set) => ({
    set,
    status: statusOfSet(set.cadenceDays, results[set.id]?.lastPass, today),
    last: results[set.id]?.last,
  }));
}

/** The number the header badge shows: sets due or overdue, and onboarding until it is done once. */
export const badgeCount = (rows: SetRow<{ id: string }>[]): number =>
  rows.filter(
    (r) =>
      r.status.kind === 'due' ||
      r.status.kind === 'overdue' ||
      (r.status.kind === 'never' && r.set.id === 'onboarding'),
  ).length;
