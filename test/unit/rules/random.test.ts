import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomId, seededRng, shuffle, weightedSample } from '../../../src/rules/random';

describe('random', () => {
  it('draws the same numbers from the same seed, in [0, 1)', () => {
    const a = seededRng(42);
    const b = seededRng(42);
    const drawn = Array.from({ length: 50 }, () => a());
    expect(drawn).toEqual(Array.from({ length: 50 }, () => b()));
    expect(drawn.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('shuffles into a permutation and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const before = [...items];
        const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
        expect(sorted(shuffle(items, seededRng(seed)))).toEqual(sorted(before));
        expect(items).toEqual(before);
      }),
    );
  });

  it('samples without replacement and prefers heavy items', () => {
    const items = ['heavy', 'a', 'b', 'c', 'd', 'e'];
    const rng = seededRng(7);
    let heavyFirst = 0;
    for (let i = 0; i < 200; i++) {
      const picked = weightedSample(items, (x) => (x === 'heavy' ? 50 : 1), 3, rng);
      expect(new Set(picked).size).toBe(3);
      if (picked[0] === 'heavy') heavyFirst += 1;
    }
    expect(heavyFirst).toBeGreaterThan(150);
  });

  it('makes an id from the prefix, the time and the random source', () => {
    expect(randomId('p', 36 ** 3, () => 0.5)).toBe('p-1000i');
  });
});
