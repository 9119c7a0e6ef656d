// mergeStores: what two tabs or two devices wrote, merged without losing an answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, emptyStore, mergeStores, type Attempt, type Store } from '../../../src/rules/records';
import { arbStore, storeWith } from './records-arbitraries';

/** Every (attempt id, question id) answered in a store. */
const answered = (s: Store) => new Set(s.attempts.flatMap((a) => Object.keys(a.answers).map((q) => `${a.id}/${q}`)));

describe('mergeStores', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(arbStore, arbStore, (a, b) => {
        expect(mergeStores(a, b)).toEqual(mergeStores(b, a));
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(arbStore, (a) => {
        expect(mergeStores(a, a)).toEqual(canonical(a));
      }),
    );
  });

  it('is associative, so the order in which tabs and devices merge does not matter', () => {
    fc.assert(
      fc.property(arbStore, arbStore, arbStore, (a, b, c) => {
        expect(mergeStores(mergeStores(a, b), c)).toEqual(mergeStores(a, mergeStores(b, c)));
      }),
    );
  });

  it('never drops an answer that either side has (unless its attempt was removed)', () => {
    fc.assert(
      fc.property(arbStore, arbStore, (a, b) => {
        const merged = answered(mergeStores(a, b));
        const removed = new Set([...Object.keys(a.removed), ...Object.keys(b.removed)]);
        for (const s of [a, b]) {
          for (const x of s.attempts) {
            if (removed.has(x.id) || removed.has(x.profile)) continue;
            for (const q of Object.keys(x.answers)) expect(merged.has(`${x.id}/${q}`)).toBe(true);
          }
        }
      }),
    );
  });

  it('keeps both answers when two tabs answered different questions of the same attempt', () => {
    const a = storeWith();
    const b = storeWith();
    a.attempts[0]!.answers['q2'] = { response: ['b'], points: 0, correct: false, at: '2026-11-02T08:02:00.000Z' };
    b.attempts[0]!.answers['q3'] = { response: ['c'], points: 1, correct: true, at: '2026-11-02T08:02:00.500Z' };
    const merged = mergeStores(a, b);
    expect(Object.keys(merged.attempts[0]!.answers)).toEqual(['q1', 'q2', 'q3']);
  });

  it('keeps the earlier answer when two tabs answered the same question', () => {
    const a = storeWith();
    const b = storeWith();
    a.attempts[0]!.answers['q2'] = { response: ['b'], points: 0, correct: false, at: '2026-11-02T08:02:01.000Z' };
    b.attempts[0]!.answers['q2'] = { response: ['a'], points: 1, correct: true, at: '2026-11-02T08:02:00.000Z' };
    expect(mergeStores(a, b).attempts[0]!.answers['q2']!.response).toEqual(['a']);
    expect(mergeStores(b, a).attempts[0]!.answers['q2']!.response).toEqual(['a']);
  });

  it('keeps the first finish and its score when an attempt was finished twice', () => {
    const a = storeWith();
    const b = storeWith();
    b.attempts[0] = { ...b.attempts[0]!, finishedAt: '2026-11-02T09:00:00.000Z', score: 0.5, passed: false };
    expect(mergeStores(a, b).attempts[0]).toMatchObject({
      finishedAt: '2026-11-02T08:10:00.000Z',
      score: 0.9,
      passed: true,
    });
  });

  it('keeps fields a newer version added, at every level', () => {
    const a = { ...storeWith(), syncedAt: 'x' } as Store;
    (a.attempts[0] as Attempt & { device?: string }).device = 'pos-2';
    const merged = mergeStores(a, emptyStore()) as Store & { syncedAt?: string };
    expect(merged.syncedAt).toBe('x');
    expect((merged.attempts[0] as Attempt & { device?: string }).device).toBe('pos-2');
  });
});

describe('merge details', () => {
  const card = (box: number, due: string) => ({ box, due });
  it.each([
    ['the earlier due day', card(3, '2026-11-05'), card(1, '2026-11-09'), card(3, '2026-11-05')],
    ['the lower box on the same day', card(3, '2026-11-05'), card(2, '2026-11-05'), card(2, '2026-11-05')],
  ])('keeps %s when two devices scheduled the same question', (_, x, y, kept) => {
    const a = { ...emptyStore(), reviews: { p1: { q1: x } } };
    const b = { ...emptyStore(), reviews: { p1: { q1: y } } };
    expect(mergeStores(a, b).reviews).toEqual({ p1: { q1: kept } });
    expect(mergeStores(b, a).reviews).toEqual({ p1: { q1: kept } });
  });

  it('keeps the earlier removal time and drops what was removed, with its reviews', () => {
    const a = { ...storeWith(), removed: { p1: '2026-12-02T00:00:00.000Z' } };
    const b = {
      ...storeWith(),
      removed: { p1: '2026-12-01T00:00:00.000Z' },
      reviews: { p1: { q1: { box: 1, due: '2026-11-03' } } },
    };
    const merged = mergeStores(a, b);
    expect(merged.removed).toEqual({ p1: '2026-12-01T00:00:00.000Z' });
    expect([merged.profiles, merged.attempts, merged.reviews]).toEqual([[], [], {}]);
  });

  it('puts people in order of creation and attempts in order of start, ids breaking ties', () => {
    const s = emptyStore();
    const p = (id: string, createdAt: string) => ({ id, name: id, staffNo: '', createdAt });
    s.profiles.push(
      p('pb', '2026-11-02T00:00:00.000Z'),
      p('pc', '2026-11-01T00:00:00.000Z'),
      p('pa', '2026-11-02T00:00:00.000Z'),
    );
    const at = (id: string, startedAt: string): Attempt => ({
      ...storeWith().attempts[0]!,
      id,
      startedAt,
      answers: { q2: storeWith().attempts[0]!.answers['q1']!, q1: storeWith().attempts[0]!.answers['q1']! },
    });
    s.attempts.push(
      at('ab', '2026-11-03T00:00:00.000Z'),
      at('ac', '2026-11-02T00:00:00.000Z'),
      at('aa', '2026-11-03T00:00:00.000Z'),
    );
    s.reviews = { pz: { q2: { box: 1, due: '2026-11-03' }, q1: { box: 1, due: '2026-11-03' } }, pa: {} };
    s.removed = { z2: '2026-11-01T00:00:00.000Z', z1: '2026-11-01T00:00:00.000Z' };
    const c = canonical(s);
    expect(c.profiles.map((x) => x.id)).toEqual(['pc', 'pa', 'pb']);
    expect(c.attempts.map((x) => x.id)).toEqual(['ac', 'aa', 'ab']);
    expect(Object.keys(c.attempts[0]!.answers)).toEqual(['q1', 'q2']);
    expect(Object.keys(c.reviews)).toEqual(['pa', 'pz']);
    expect(Object.keys(c.reviews['pz']!)).toEqual(['q1', 'q2']);
    expect(Object.keys(c.removed)).toEqual(['z1', 'z2']);
  });

  it('chooses between two versions of a field a newer version added the same way from both sides', () => {
    const a = { ...emptyStore(), device: 'b' } as Store;
    const b = { ...emptyStore(), device: 'a' } as Store;
    expect((mergeStores(a, b) as Store & { device: string }).device).toBe('a');
    expect((mergeStores(b, a) as Store & { device: string }).device).toBe('a');
    expect(mergeStores(a, b).version).toBe(3);
  });
});

describe('merge order (found by fast-check)', () => {
  it('gives the same attempt whatever the order, when two copies finished at the same moment', () => {
    const base = storeWith().attempts[0]!;
    const answer = base.answers['q1']!;
    const one = (x: Partial<Attempt>): Store => ({ ...emptyStore(), attempts: [{ ...base, ...x }] });
    const a = one({ finishedAt: null, answers: { q1: answer }, score: null, passed: null });
    const b = one({ finishedAt: '2026-11-02T08:05:00.000Z', answers: {}, score: null, passed: null });
    const c = one({ finishedAt: '2026-11-02T08:05:00.000Z', answers: { q1: answer }, score: null, passed: true });
    expect(mergeStores(mergeStores(a, b), c)).toEqual(mergeStores(a, mergeStores(b, c)));
  });
});
