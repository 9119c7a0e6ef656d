// Ships to the browser: what managers take off a device (CSV, JSON) and the team report built from imported JSON.
import { setStatus, type Day, type SetStatus } from './quiz';
import type { Attempt, Store } from './records';

// Characters a spreadsheet may skip before it looks for a formula sign: every kind of space, tab, CR/LF, the BOM and
// other invisible format characters.
const LEADING_BLANKS = /^[\s\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]*/u;
// Signs that start a formula in Excel, LibreOffice or WPS, in half and full width.
const FORMULA_START = /^[=+\-@\uff1d\uff0b\uff0d\uff20\t\r\n]/u;

/** One CSV field, quoted when it holds a comma, quote, CR or LF; a value that could start a formula gets a leading '. */
export function csvField(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  if (FORMULA_START.test(s.replace(LEADING_BLANKS, '')) || FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** An ISO time as local time with its offset, e.g. `2026-11-02 16:00 (UTC+08:00)`; `offsetMinutes` east of UTC. */
export function localTime(iso: string, offsetMinutes: number): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + offsetMinutes * 60_000).toISOString();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${d.slice(0, 10)} ${d.slice(11, 16)} (UTC${sign}${hh}:${mm})`;
}

/** Attempts as CSV (UTF-8 with BOM, so Excel shows Chinese correctly). */
export function attemptsCsv(store: Store, setTitles: Record<string, string>, offsetMinutes = 0): string {
  const names = new Map(store.profiles.map((p) => [p.id, p]));
  const rows = [['姓名', '工号', '题组', '开始时间', '完成时间', '得分', '是否通过', '已答题数']];
  for (const a of [...store.attempts].sort((x, y) => x.startedAt.localeCompare(y.startedAt))) {
    const p = names.get(a.profile);
    rows.push([
      p?.name ?? a.profile,
      p?.staffNo ?? '',
      Object.hasOwn(setTitles, a.set) ? setTitles[a.set]! : a.set,
      localTime(a.startedAt, offsetMinutes),
      a.finishedAt ? localTime(a.finishedAt, offsetMinutes) : '',
      a.score === null ? '' : String(Math.round(a.score * 100)),
      a.passed === null ? '未完成' : a.passed ? '通过' : '未通过',
      String(Object.keys(a.answers).length),
    ]);
  }
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

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
        status: setStatus(s.cadenceDays, results[s.id]?.lastPass, today),
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
