// The pseudo-locale build (`npm run build:pseudo`) wraps every UI string in ［…］ and every piece of content text in
// ⟦…⟧ (MDX bodies are marked data-content). Any Chinese left outside those marks was typed into the code instead of
// the dictionary. One page of each type, and each island in its states, is read.
import { expect, test, type Page } from '@playwright/test';
import { PSEUDO_PORT } from './site';

test.use({ baseURL: `http://127.0.0.1:${PSEUDO_PORT}` });

/**
 * Pages of the training feature, reworded on its own branch (issue 12, training half). THIS LIST MUST BE EMPTIED
 * when that branch is merged, and the training pages added to PAGES.
 */
const PENDING_TRAINING = ['/training/', '/training/onboarding/', '/training/team/', '/training/certificate/'];

const PAGES = [
  '/',
  '/stages/',
  '/stages/not_paid/',
  '/causes/qr_code_tampered/',
  '/guides/',
  '/guides/settlement-timing/',
  '/cases/',
  '/cases/convenience-store-outage/',
  '/glossary/',
  '/search/',
  '/diagnose/map/',
  '/offline/',
  '/404.html',
];

/** The Chinese on the page outside ［…］ and ⟦…⟧: text, the attributes a reader hears or sees, and the title. */
async function unwrapped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    // Search excerpts are cut out of content by Pagefind, marks and all: content, like the MDX bodies.
    body.querySelectorAll('script, style, template, [data-content], .results li > p').forEach((e) => e.remove());
    const attributes = [...body.querySelectorAll('*')].flatMap((e) =>
      ['aria-label', 'title', 'placeholder', 'alt', 'data-label', 'data-title'].flatMap((a) => e.getAttribute(a) ?? []),
    );
    const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    return [document.title, description, body.textContent ?? '', ...attributes].flatMap((text) => {
      let rest = text;
      // Innermost marks first: a UI string may hold content (［链接里“⟦问题⟧”的答案无法识别。］) and the other way round.
      for (let before = ''; before !== rest;) {
        before = rest;
        rest = rest.replace(/［[^［］]*］|⟦[^⟦⟧]*⟧/g, ' ');
      }
      return rest.match(/[^\s]{0,12}[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+[^\s]{0,12}/g) ?? [];
    });
  });
}

test('no page type has Chinese UI text outside the dictionary', async ({ page }) => {
  const found: Record<string, string[]> = {};
  for (const path of PAGES) {
    await page.goto(path);
    const left = await unwrapped(page);
    if (left.length) found[path] = left;
  }
  expect(found).toEqual({});
});

test('lists on the pending training list only pages that still have Chinese UI text outside the dictionary', async ({
  page,
}) => {
  const clean: string[] = [];
  for (const path of PENDING_TRAINING) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    if ((await unwrapped(page)).length === 0) clean.push(path);
  }
  expect(clean, 'take these pages off PENDING_TRAINING and add them to PAGES').toEqual([]);
});

test('the diagnosis wizard, its result and a broken link are all worded through the dictionary', async ({ page }) => {
  await page.goto('/diagnose/?zz=1');
  await expect(page.getByRole('alert')).toContainText('zz');
  expect(await unwrapped(page)).toEqual([]);
  await page.goto('/diagnose/');
  for (let i = 0; i < 3; i++) {
    await page.locator('.answers button').first().click();
    expect(await unwrapped(page)).toEqual([]);
  }
  await page.locator('.skip-question').click();
  await expect(page.locator('#result-title')).toBeVisible();
  await page.locator('#detail-time').fill('2026-11-26T20:00');
  expect(await unwrapped(page)).toEqual([]);
});

test('the settlement calculator is worded through the dictionary, estimate and overdue included', async ({ page }) => {
  await page.goto('/tools/settlement/');
  for (const [date, mode] of [
    ['2027-02-05', 0],
    ['2025-11-27', 0],
    ['2025-11-27', 2],
    ['2024-12-30', 0],
  ] as const) {
    await page.locator('input[type="date"]').fill(date);
    await page.locator('input[type="radio"]').nth(mode).check();
    await expect(page.locator('#settle-answer')).toBeVisible();
    expect(await unwrapped(page), `${date}, mode ${mode}`).toEqual([]);
  }
});

test('search results and their messages are worded through the dictionary', async ({ page }) => {
  await page.goto('/search/?q=%E4%BB%98%E4%BA%86%E6%B2%A1%E5%88%B0%E8%B4%A6');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  expect(await unwrapped(page)).toEqual([]);
  await page.goto('/search/?q=%F0%9F%98%80');
  await expect(page.locator('[data-search-status]')).not.toBeEmpty();
  expect(await unwrapped(page)).toEqual([]);
  await page.goto('/');
  await page.locator('#site-search').fill('退款');
  await expect(page.locator('[data-search-panel] a').first()).toBeVisible();
  expect(await unwrapped(page)).toEqual([]);
});
