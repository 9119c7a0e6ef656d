// The one place the training islands read the clock and randomness; every transition gets them through `ctx`.
import { DAY_MS, type Day } from '../../rules/days';
import { randomId } from '../../rules/random';
import type { ActionContext } from '../../rules/training-state';

/**
 * sessionStorage key of a fixed draw seed. End-to-end tests set it (and print it when they fail) so a failing quiz
 * can be replayed exactly; nobody else does, and then every attempt draws with the time as its seed.
 */
export const SEED_KEY = 'saoma-quiz-seed';

/** Today on this device as 'YYYY-MM-DD'. */
export function today(): Day {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The moment now, ISO 8601. */
export const nowIso = (): string => new Date().toISOString();

/** The moment `days` whole days ago, ISO 8601. */
export const isoDaysAgo = (days: number): string => new Date(Date.now() - days * DAY_MS).toISOString();

/** Minutes this device's clock is east of UTC (what CSV times are shown in). */
export const utcOffsetMinutes = (): number => -new Date().getTimezoneOffset();

/** The fixed seed a test set for this tab, if any. */
function fixedSeed(): number | null {
  try {
    const v = sessionStorage.getItem(SEED_KEY);
    return v !== null && /^-?\d+$/.test(v) ? Number(v) : null;
  } catch {
    return null;
  }
}

/** The clock, ids and seed for one user action. Ids are time plus randomness, unique across devices for merging. */
export function actionContext(): ActionContext {
  const now = Date.now();
  return {
    now: new Date(now).toISOString(),
    today: today(),
    newId: (prefix) => randomId(prefix, now, Math.random),
    seed: fixedSeed() ?? now,
  };
}
