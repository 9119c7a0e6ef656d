// Ships to the browser: the one home for random helpers. Randomness is always a parameter (`rng`), so a seed replays a
// draw exactly and tests are deterministic.

/** A source of random numbers in [0, 1). */
export type Rng = () => number;

/** A seeded random source (mulberry32): the same seed draws the same quiz. */
export function seededRng(seed: number): Rng {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Weighted sampling without replacement (Efraimidis–Spirakis keys). */
export function weightedSample<T>(items: readonly T[], weight: (item: T) => number, count: number, rng: Rng): T[] {
  return items
    .map((item) => ({ item, key: Math.pow(rng(), 1 / Math.max(weight(item), 1e-6)) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, count)
    .map((x) => x.item);
}

/** A short random id with a prefix ('p-lq3x9k2ab'): time in base 36, then five random characters. */
export function randomId(prefix: string, now: number, rng: Rng): string {
  return `${prefix}-${now.toString(36)}${rng().toString(36).slice(2, 7)}`;
}
