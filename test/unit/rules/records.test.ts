import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, checkName, emptyStore, mergeStores, migrateV2, oldAttempts, removeAttempts, unknownQuestions, type Attempt, type Store } from '../../../src/rules/records';
import { arbStore, storeWith } from './records-arbitraries';

/** Every (attempt id, question id) answered in a store. */
const answered = (s: Store) => new Set(s.attempts.flatMap((a) => Object.keys(a.answers).map((q) => `${a.id}/${q}`)));

describe('mergeStores', () => {
  it('is commutative', () => {
    fc.assert(fc.property(arbStore, arbStore, (a, b) => { expect(mergeStores(a, b)).toEqual(mergeStores(b, a)); }));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(arbStore, (a) => { expect(mergeStores(a, a)).toEqual(canonical(a)); }));
  });

  it('is associative, so the order in which tabs and devices merge does not matter', () => {
    fc.assert(fc.property(arbStore, arbStore, arbStore, (a, b, c) => { expect(mergeStores(mergeStores(a, b), c)).toEqual(mergeStores(a, mergeStores(b, c))); }));
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
    expect(mergeStores(a, b).attempts[0]).toMatchObject({ finishedAt: '2026-11-02T08:10:00.000Z', score: 0.9, passed: true });
  });

  it('keeps fields a newer version added, at every level', () => {
    const a = { ...storeWith(), syncedAt: 'x' } as Store;
    (a.attempts[0] as Attempt & { device?: string }).device = 'pos-2';
    const merged = mergeStores(a, emptyStore()) as Store & { syncedAt?: string };
    expect(merged.syncedAt).toBe('x');
    expect((merged.attempts[0] as Attempt & { device?: string }).device).toBe('pos-2');
  });
});

describe('removing old attempts', () => {
  it('stays removed when merged with a copy that still has them', () => {
    const s = storeWith();
    const cleared = removeAttempts(s, oldAttempts(s, '2026-12-01T00:00:00.000Z'), '2026-12-02T00:00:00.000Z');
    expect(cleared.attempts).toEqual([]);
    expect(mergeStores(cleared, s).attempts).toEqual([]);
    expect(mergeStores(s, cleared).attempts).toEqual([]);
  });

  it('only picks finished attempts older than the cut-off', () => {
    const s = storeWith();
    expect(oldAttempts(s, '2026-11-02T08:00:00.000Z')).toEqual([]);
    s.attempts[0]!.finishedAt = null;
    expect(oldAttempts(s, '2027-01-01T00:00:00.000Z')).toEqual([]);
  });
});

describe('migrateV2', () => {
  it('reads the empty active person written by 换人 as nobody, keeping every record', () => {
    const { version: _v, removed: _r, ...rest } = storeWith();
    const { store, active } = migrateV2({ ...rest, version: 2, active: '' });
    expect(active).toBeNull();
    expect(store.profiles).toHaveLength(1);
    expect(store.attempts).toHaveLength(1);
  });

  it('hands the tab the active person when it still exists', () => {
    const { version: _v, removed: _r, ...rest } = storeWith();
    expect(migrateV2({ ...rest, version: 2, active: 'p1' }).active).toBe('p1');
    expect(migrateV2({ ...rest, version: 2, active: 'p9' }).active).toBeNull();
  });
});

describe('unknownQuestions', () => {
  it('lists question ids the bank no longer has', () => {
    expect(unknownQuestions(storeWith(), new Set(['q1']))).toEqual(['q2']);
  });
});

describe('names', () => {
  it.each([
    ['小王', null],
    ['', '请填写姓名'],
    ['<img src=x onerror=alert(1)>', '姓名里不能有 < > 或控制字符'],
    ['王'.repeat(41), '姓名最多 40 个字'],
  ])('checks %j', (name, message) => {
    expect(checkName(name)).toBe(message);
  });
});
