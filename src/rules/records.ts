// Ships to the browser: the training records kept on the device, as pure data operations (merge, migration, clean-up).
// Validation is in src/schemas/records.ts, reading and writing in src/islands/training/record-store.ts.
//
// Stored in IndexedDB (database "saoma", object store "records", key "training"), version 3:
// {
//   "version": 3,
//   "profiles": [{ "id": "p-lq3x9", "name": "Wang", "staffNo": "017", "createdAt": "2026-11-26T09:00:00.000Z" }],
//   "attempts": [{ "id": "a-lq3xa", "profile": "p-lq3x9", "set": "onboarding", "startedAt": "…", "finishedAt": null,
//                  "questions": ["qa-001", …], "orders": { "qa-001": ["c", "a", "b"] },
//                  "answers": { "qa-001": { "response": ["a"], "points": 1, "correct": true, "at": "…" } },
//                  "score": null, "passed": null }],
//   "reviews": { "p-lq3x9": { "qa-001": { "box": 1, "due": "2026-11-27" } } },
//   "removed": { "a-old1": "2026-12-01T10:00:00.000Z" }
// }
// The person answering is not stored here: it belongs to the browser tab (sessionStorage), so two people can use two
// tabs of one shop phone. Fields this version does not know are kept on every write.
// Version 2 (localStorage key "saoma-training") had a device-wide "active" person and no "removed"; version 1 had
// { "staff": [{ "name", "no"? }], "results": [{ "staff", "set", "date", "score" }] }. Both are migrated on read.
import type { Attempt, AnswerRecord, Profile, Store, StoreV1, StoreV2 } from '../schemas/records';

export type { AnswerRecord, Attempt, Profile, Store } from '../schemas/records';

/** Where the records live: IndexedDB database, object store and key. */
export const RECORDS_DB = { name: 'saoma', store: 'records', key: 'training' } as const;
/** The version-2 localStorage key, read once for migration. */
export const LEGACY_KEY = 'saoma-training';
/** sessionStorage key of the person answering in this tab. */
export const ACTIVE_KEY = 'saoma-training-active';
/** BroadcastChannel on which a tab tells the others that it wrote the records. */
export const RECORDS_CHANNEL = 'saoma-training';

/** The store format this version of the site writes. */
export const STORE_VERSION = 3;

/** An empty store. */
export const emptyStore = (): Store => ({
  version: STORE_VERSION,
  profiles: [],
  attempts: [],
  reviews: {},
  removed: {},
});

/** Why a typed name is refused: empty, longer than 40 characters, or holding markup or control characters. */
export type NameProblem = 'name_empty' | 'name_too_long' | 'name_markup';

/** A person's name as typed: 1–40 characters, no markup, no control characters; the problem's code when not. */
export function checkName(name: string): NameProblem | null {
  const n = name.trim();
  if (!n) return 'name_empty';
  if (n.length > 40) return 'name_too_long';
  // eslint-disable-next-line no-control-regex
  if (/[<>\u0000-\u001f]/.test(n)) return 'name_markup';
  return null;
}

/** Migrates a version-2 store: the shared active person is dropped (returned so the tab can keep it). */
export function migrateV2(v2: StoreV2): { store: Store; active: string | null } {
  const { version: _v, active, ...rest } = v2;
  const store: Store = { ...rest, version: STORE_VERSION, removed: {} };
  // "" was written by "switch person" in version 2; it meant nobody.
  const known = active && store.profiles.some((p) => p.id === active) ? active : null;
  return { store: canonical(store), active: known };
}

/** Migrates a version-1 store (names instead of ids, summary results only); results of unknown names are kept. */
export function migrateV1(v1: StoreV1): Store {
  const store = emptyStore();
  const idOf = new Map<string, string>();
  const ensure = (name: string, staffNo = '') => {
    const key = name.trim();
    if (!idOf.has(key)) {
      const id = `p-v1-${idOf.size + 1}`;
      idOf.set(key, id);
      store.profiles.push({ id, name: key, staffNo, createdAt: '1970-01-01T00:00:00.000Z' });
    }
    return idOf.get(key)!;
  };
  for (const s of v1.staff) ensure(s.name, s.no ?? '');
  v1.results.forEach((r, i) => {
    const at = `${r.date}T12:00:00.000Z`;
    store.attempts.push({
      id: `a-v1-${i + 1}`,
      profile: ensure(r.staff),
      set: r.set,
      startedAt: at,
      finishedAt: at,
      questions: [],
      orders: {},
      answers: {},
      score: r.score,
      passed: r.score >= 0.8,
    });
  });
  return canonical(store);
}

/** Code-unit order of two strings (not locale order: it must be the same on every device). */
const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
/**
 * Chooses between two versions of a record: by `prefer`, then by a total order on their JSON, so the choice is the
 * same whichever tab or device makes it.
 */
const pick = <T>(a: T, b: T, prefer: (x: T, y: T) => number): T =>
  (prefer(a, b) || order(JSON.stringify(a), JSON.stringify(b))) <= 0 ? a : b;
/** Earlier times first; no time (not finished) after every time. */
const byTime = (x: string | null, y: string | null) => order(x ?? '~', y ?? '~');

/** Two answers to the same question: the earlier one stands (an answer is final once given). */
const mergeAnswer = (a: AnswerRecord, b: AnswerRecord) => pick(a, b, (x, y) => byTime(x.at, y.at));

/** Two copies of one attempt: every answer from both; the earlier finish with its score. */
export function mergeAttempt(a: Attempt, b: Attempt): Attempt {
  // The copy that finished first gives the attempt's own fields; between equal finishes, the order of those fields
  // alone (not the answers, which grow as copies merge), so that merging in any order gives the same attempt.
  const own = ({ answers: _a, orders: _o, ...fields }: Attempt) => JSON.stringify(fields);
  const base = pick(a, b, (x, y) => byTime(x.finishedAt, y.finishedAt) || order(own(x), own(y)));
  const other = base === a ? b : a;
  const answers: Record<string, AnswerRecord> = { ...base.answers };
  for (const [qid, ans] of Object.entries(other.answers)) {
    const mine = Object.hasOwn(answers, qid) ? answers[qid] : undefined;
    answers[qid] = mine ? mergeAnswer(mine, ans) : ans;
  }
  return { ...other, ...base, answers: sortKeys(answers), orders: { ...other.orders, ...base.orders } };
}

const sortKeys = <T>(o: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(o).sort(([x], [y]) => order(x, y)));

/**
 * Puts a store in its canonical form: what `removed` names left out, profiles in order of creation, attempts in order
 * of start, keys sorted. Equal contents then compare equal, whichever tab wrote them.
 */
export function canonical(s: Store): Store {
  const gone = (id: string) => Object.hasOwn(s.removed, id);
  return {
    ...s,
    profiles: s.profiles
      .filter((p) => !gone(p.id))
      .sort((x, y) => order(x.createdAt, y.createdAt) || order(x.id, y.id)),
    attempts: s.attempts
      .filter((a) => !gone(a.id) && !gone(a.profile))
      .sort((x, y) => order(x.startedAt, y.startedAt) || order(x.id, y.id))
      .map((a) => ({ ...a, answers: sortKeys(a.answers) })),
    reviews: sortKeys(
      Object.fromEntries(
        Object.entries(s.reviews)
          .filter(([p]) => !gone(p))
          .map(([p, cards]) => [p, sortKeys(cards)]),
      ),
    ),
    removed: sortKeys(s.removed),
  };
}

/**
 * Merges two stores, as two tabs or two devices wrote them: the union of everything by id. It is commutative,
 * idempotent and associative, and never drops an answer: for one attempt every answered question is kept (the earlier
 * answer when both tabs answered the same one); a review card keeps the earlier due day (a missed question returns
 * sooner, never later); anything in `removed` stays removed. Fields this version does not know are kept.
 */
export function mergeStores(a: Store, b: Store): Store {
  const removed: Record<string, string> = { ...a.removed };
  for (const [id, at] of Object.entries(b.removed))
    removed[id] = Object.hasOwn(removed, id) ? pick(removed[id]!, at, order) : at;

  const profiles = new Map<string, Profile>();
  for (const p of [...a.profiles, ...b.profiles]) {
    const mine = profiles.get(p.id);
    profiles.set(p.id, mine ? pick(mine, p, () => 0) : p);
  }
  const attempts = new Map<string, Attempt>();
  for (const x of [...a.attempts, ...b.attempts]) {
    const mine = attempts.get(x.id);
    attempts.set(x.id, mine ? mergeAttempt(mine, x) : x);
  }
  const reviews: Store['reviews'] = {};
  for (const [pid, cards] of [...Object.entries(a.reviews), ...Object.entries(b.reviews)]) {
    const into = (reviews[pid] = Object.hasOwn(reviews, pid) ? reviews[pid]! : {});
    for (const [qid, card] of Object.entries(cards)) {
      const mine = Object.hasOwn(into, qid) ? into[qid] : undefined;
      into[qid] = mine ? pick(mine, card, (x, y) => order(x.due, y.due) || x.box - y.box) : card;
    }
  }
  // Top-level fields a newer version added: the same deterministic choice.
  const extra: Record<string, unknown> = {};
  for (const [k, v] of [...Object.entries(a), ...Object.entries(b)]) {
    if (['version', 'profiles', 'attempts', 'reviews', 'removed'].includes(k)) continue;
    extra[k] = Object.hasOwn(extra, k) ? pick(extra[k], v, () => 0) : v;
  }
  return canonical({
    ...extra,
    version: STORE_VERSION,
    profiles: [...profiles.values()],
    attempts: [...attempts.values()],
    reviews,
    removed,
  });
}

/** Removes attempts (and with them nothing else); they stay removed when merged with an older copy. */
export function removeAttempts(s: Store, ids: string[], now: string): Store {
  const drop = new Set(ids);
  const removed = { ...s.removed };
  for (const id of drop) removed[id] = now;
  return canonical({ ...s, attempts: s.attempts.filter((a) => !drop.has(a.id)), removed });
}

/** Finished attempts older than `before` (an ISO time): what "clear old attempts" removes when storage is full. */
export function oldAttempts(s: Store, before: string): string[] {
  return s.attempts.filter((a) => a.finishedAt !== null && a.finishedAt < before).map((a) => a.id);
}

/** Question ids that records refer to but the bank does not have (e.g. removed since); a warning, not an error. */
export function unknownQuestions(s: Store, known: ReadonlySet<string>): string[] {
  const ids = new Set<string>();
  for (const a of s.attempts)
    for (const q of [...a.questions, ...Object.keys(a.answers)]) if (!known.has(q)) ids.add(q);
  return [...ids].sort();
}
