// Quizzes in end-to-end tests draw with one fixed seed, so a failing run can be replayed exactly:
// the seed is printed when a test fails, and QUIZ_SEED=<seed> runs the same draws again.
import { test as base, type BrowserContext } from '@playwright/test';
import { SEED_KEY } from '../../src/islands/training/clock';

/** The seed of this run's quiz draws. */
export const QUIZ_SEED = Number(process.env['QUIZ_SEED'] ?? 20261202);

/** Makes every page of a context draw quizzes with the run's seed (a context the `context` fixture did not make). */
export async function seedContext(context: BrowserContext): Promise<void> {
  await context.addInitScript(([key, seed]) => sessionStorage.setItem(key!, seed!), [SEED_KEY, String(QUIZ_SEED)]);
}

/** Playwright's `test`, with the seed set in the test's context and printed when the test fails. */
export const test = base.extend({
  context: async ({ context }, use, testInfo) => {
    await seedContext(context);
    await use(context);
    if (testInfo.status !== testInfo.expectedStatus)
      console.log(`${testInfo.title}: quizzes drew with seed ${QUIZ_SEED}; replay with QUIZ_SEED=${QUIZ_SEED}`);
  },
});
