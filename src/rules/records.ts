// Ships to the browser: the format of training records kept on the device, their validation and migration, and the
// exports and imports managers use. Pure: the browser adapter (src/islands/training/storage.ts) does the I/O.
//
// Stored under localStorage key "saoma-training" (version 2):
// {
//   "version": 2,
//   "profiles": [{ "id": "p-lq3x9", "name": "小王", "staffNo": "017", "createdAt": "2026-11-26T09:00:00.000Z" }],
//   "active": "p-lq3x9",
//   "attempts": [{ "id": "a-lq3xa", "profile": "p-lq3x9", "set": "onboarding", "startedAt": "…", "finishedAt": null,
//                  "questions": ["qa-001", …], "orders": { "qa-001": ["c", "a", "b"] },
//                  "answers": { "qa-001": { "response": ["a"], "points": 1, "correct": true, "at": "…" } },
//                  "score": null, "passed": null }],
//   "reviews": { "p-lq3x9": { "qa-001": { "box": 1, "due": "2026-11-27" } } }
// }
// Version 1 (before profiles had ids) was { "version": 1, "staff": [{ "name", "no"? }],
// "results": [{ "staff": name, "set", "date": "YYYY-MM-DD", "score": 0–1 }] }; it is migrated on read.
import type { ReviewCard } from './quiz';

export const STORE_VERSION = 2;

export interface Profile {
  id: string;
  name: string;
  staffNo: string;
  createdAt: string;
}
export interface AnswerRecord {
  response: string[];
  points: number;
  correct: boolean;
  at: string;
}
export interface Attempt {
  id: string;
  profile: string;
  set: string;
  startedAt: string;
  finishedAt: string | null;
  questions: string[];
  orders: Record<string, string[]>;
  answers: Record<string, AnswerRecord>;
  score: number | null;
  passed: boolean | null;
}
export interface Store {
  version: 2;
  profiles: Profile[];
  active: string | null;
  attempts: Attempt[];
  reviews: Record<string, Record<string, ReviewCard>>;
}

export const emptyStore = (): Store => ({ version: 2, profiles: [], active: null, attempts: [], reviews: {} });

type Json = unknown;
const isObj = (x: Json): x is Record<string, Json> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: Json, max = 200): x is string => typeof x === 'string' && x.length <= max;
const isDay = (x: Json): x is string => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);
const isId = (x: Json): x is string => typeof x === 'string' && /^[a-z0-9_-]{1,64}$/i.test(x);

/** A person's name as typed: 1–40 characters, no markup, no control characters. */
export function checkName(name: string): string | null {
  const n = name.trim();
  if (!n) return '请填写姓名';
  if (n.length > 40) return '姓名最多 40 个字';
  // eslint-disable-next-line no-control-regex
  if (/[<>\u0000-\u001f]/.test(n)) return '姓名里不能有 < > 或控制字符';
  return null;
}

function validProfile(p: Json): p is Profile {
  return isObj(p) && isId(p['id']) && isStr(p['name'], 40) && checkName(p['name']) === null && isStr(p['staffNo'], 20) && isStr(p['createdAt'], 40);
}

function validAnswer(a: Json): a is AnswerRecord {
  return isObj(a) && Array.isArray(a['response']) && a['response'].every((r) => isStr(r, 10)) && typeof a['points'] === 'number' && a['points'] >= 0 && a['points'] <= 1 && typeof a['correct'] === 'boolean' && isStr(a['at'], 40);
}

function validAttempt(a: Json): a is Attempt {
  if (!isObj(a)) return false;
  const { id, profile, set, startedAt, finishedAt, questions, orders, answers, score, passed } = a;
  return (
    isId(id) && isId(profile) && isId(set) && isStr(startedAt, 40) && (finishedAt === null || isStr(finishedAt, 40)) &&
    Array.isArray(questions) && questions.length <= 100 && questions.every(isId) &&
    isObj(orders) && Object.values(orders).every((o) => Array.isArray(o) && o.every((x) => isStr(x, 10))) &&
    isObj(answers) && Object.values(answers).every(validAnswer) &&
    (score === null || (typeof score === 'number' && score >= 0 && score <= 1)) && (passed === null || typeof passed === 'boolean')
  );
}

function validReviews(r: Json): r is Store['reviews'] {
  return isObj(r) && Object.values(r).every((cards) => isObj(cards) && Object.values(cards).every((c) => isObj(c) && typeof c['box'] === 'number' && isDay(c['due'])));
}

/** Validates a version-2 store object; returns null when any part is malformed. */
export function validateStore(x: Json): Store | null {
  if (!isObj(x) || x['version'] !== 2) return null;
  const { profiles, active, attempts, reviews } = x;
  if (!Array.isArray(profiles) || !profiles.every(validProfile)) return null;
  if (!(active === null || isId(active))) return null;
  if (!Array.isArray(attempts) || !attempts.every(validAttempt)) return null;
  if (!validReviews(reviews)) return null;
  return { version: 2, profiles, active: active as string | null, attempts, reviews };
}

/** Migrates a version-1 store (names instead of ids, summary results only). */
export function migrateV1(x: Json): Store | null {
  if (!isObj(x) || x['version'] !== 1 || !Array.isArray(x['staff']) || !Array.isArray(x['results'])) return null;
  const store = emptyStore();
  const idOf = new Map<string, string>();
  for (const [i, s] of x['staff'].entries()) {
    if (!isObj(s) || !isStr(s['name'], 40) || checkName(s['name']) !== null) return null;
    const id = `p-v1-${i + 1}`;
    idOf.set(s['name'], id);
    store.profiles.push({ id, name: s['name'].trim(), staffNo: isStr(s['no'], 20) ? s['no'] : '', createdAt: '1970-01-01T00:00:00.000Z' });
  }
  for (const [i, r] of x['results'].entries()) {
    if (!isObj(r) || !isStr(r['staff'], 40) || !isId(r['set']) || !isDay(r['date']) || typeof r['score'] !== 'number') return null;
    const profile = idOf.get(r['staff']);
    if (!profile) return null;
    const at = `${r['date']}T12:00:00.000Z`;
    store.attempts.push({ id: `a-v1-${i + 1}`, profile, set: r['set'], startedAt: at, finishedAt: at, questions: [], orders: {}, answers: {}, score: r['score'], passed: r['score'] >= 0.8 });
  }
  store.active = store.profiles[0]?.id ?? null;
  return store;
}

/** Outcome of reading the stored text. */
export type ReadResult = { kind: 'ok'; store: Store; migratedFrom?: number } | { kind: 'empty' } | { kind: 'corrupt'; reason: string };

/** Reads the stored text: validates, migrates older versions, and reports corrupt data instead of dropping it. */
export function readStore(raw: string | null): ReadResult {
  if (raw === null || raw === '') return { kind: 'empty' };
  let parsed: Json;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', reason: '记录不是有效的 JSON' };
  }
  const version = isObj(parsed) ? parsed['version'] : undefined;
  if (version === 1) {
    const store = migrateV1(parsed);
    return store ? { kind: 'ok', store, migratedFrom: 1 } : { kind: 'corrupt', reason: '旧版本（1）的记录格式不完整' };
  }
  if (typeof version === 'number' && version > STORE_VERSION) return { kind: 'corrupt', reason: `记录来自更新的版本（${version}），请刷新页面更新本站` };
  const store = validateStore(parsed);
  return store ? { kind: 'ok', store } : { kind: 'corrupt', reason: '记录的格式不对' };
}

/**
 * Merges two stores: the union of profiles, attempts and reviews by id; for the same attempt the one with more answers
 * (then the finished one) wins. Used when two tabs write at once and when importing exports from several devices.
 */
export function mergeStores(a: Store, b: Store): Store {
  const profiles = new Map(a.profiles.map((p) => [p.id, p]));
  for (const p of b.profiles) if (!profiles.has(p.id)) profiles.set(p.id, p);
  const attempts = new Map(a.attempts.map((x) => [x.id, x]));
  for (const x of b.attempts) {
    const mine = attempts.get(x.id);
    const size = (t: Attempt) => Object.keys(t.answers).length + (t.finishedAt ? 1000 : 0);
    if (!mine || size(x) > size(mine)) attempts.set(x.id, x);
  }
  const reviews: Store['reviews'] = Object.fromEntries(Object.entries(a.reviews).map(([pid, cards]) => [pid, { ...cards }]));
  for (const [pid, cards] of Object.entries(b.reviews)) reviews[pid] = { ...cards, ...(reviews[pid] ?? {}) };
  return { version: 2, profiles: [...profiles.values()], active: a.active ?? b.active, attempts: [...attempts.values()], reviews };
}
