// fast-check generators of valid training stores (version 3), shared by the records, codec and export tests.
import fc from 'fast-check';
import { canonical, emptyStore, type Store } from '../../../src/rules/records';

/** A small store with one person and one finished attempt with one answer. */
export function storeWith(name = '小王'): Store {
  const s = emptyStore();
  s.profiles.push({ id: 'p1', name, staffNo: '017', createdAt: '2026-11-01T08:00:00.000Z' });
  s.attempts.push({
    id: 'a1',
    profile: 'p1',
    set: 'onboarding',
    startedAt: '2026-11-02T08:00:00.000Z',
    finishedAt: '2026-11-02T08:10:00.000Z',
    questions: ['q1', 'q2'],
    orders: {},
    answers: { q1: { response: ['a'], points: 1, correct: true, at: '2026-11-02T08:01:00.000Z' } },
    score: 0.9,
    passed: true,
  });
  return s;
}

// Few ids and times, so that generated stores overlap and conflict (the interesting cases for a merge).
const time = fc.integer({ min: 0, max: 40 }).map((m) => new Date(Date.UTC(2026, 10, 2, 8, m)).toISOString());
const id = (prefix: string) => fc.constantFrom(...['1', '2', '3'].map((n) => `${prefix}${n}`));
const answer = fc.record({
  response: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 3 }),
  points: fc.constantFrom(0, 0.5, 1),
  correct: fc.boolean(),
  at: time,
});
// What an attempt is (its person, set and start) never changes; only its answers and finish do.
const attempt = fc
  .record({
    id: id('a'),
    finishedAt: fc.option(time, { nil: null }),
    questions: fc.constant(['q1', 'q2', 'q3']),
    orders: fc.constant({ q1: ['b', 'a'] }),
    answers: fc.dictionary(id('q'), answer, { maxKeys: 3, noNullPrototype: true }),
    score: fc.option(fc.constantFrom(0, 0.6, 1), { nil: null }),
    passed: fc.option(fc.boolean(), { nil: null }),
  })
  .map((a) => {
    const n = Number(a.id.slice(1));
    return {
      ...a,
      profile: `p${n}`,
      set: n === 1 ? 'daily' : 'onboarding',
      startedAt: new Date(Date.UTC(2026, 10, 2, 7, n)).toISOString(),
    };
  });
const profile = fc.record({
  id: id('p'),
  name: fc.constantFrom('小王', '李姐', '阿强'),
  staffNo: fc.constantFrom('', '017'),
  createdAt: time,
});
const card = fc.record({
  box: fc.integer({ min: 1, max: 5 }),
  due: fc.constantFrom('2026-11-03', '2026-11-05', '2026-11-09'),
});

/** Any valid version-3 store (canonical order). */
export const arbStore: fc.Arbitrary<Store> = fc
  .record({
    profiles: fc.uniqueArray(profile, { selector: (p) => p.id, maxLength: 3 }),
    attempts: fc.uniqueArray(attempt, { selector: (a) => a.id, maxLength: 3 }),
    reviews: fc.dictionary(id('p'), fc.dictionary(id('q'), card, { maxKeys: 2, noNullPrototype: true }), {
      maxKeys: 2,
      noNullPrototype: true,
    }),
    removed: fc.dictionary(fc.oneof(id('a'), id('p')), time, { maxKeys: 1, noNullPrototype: true }),
  })
  .map((x) => canonical({ version: 3, ...x } as unknown as Store));
