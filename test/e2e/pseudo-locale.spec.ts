// The pseudo-locale build (`npm run build:pseudo`) wraps every UI string in ［…］ and every piece of content text in
// ⟦…⟧ (MDX bodies are marked data-content). Any Chinese left outside those marks was typed into the code instead of
// the dictionary. One page of each type, and each island in its states (training included), is read.
import { expect, type Page } from '@playwright/test';
import { test } from './seed';
import { PSEUDO_PORT } from './site';

test.use({ baseURL: `http://127.0.0.1:${PSEUDO_PORT}` });

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
  '/training/',
  '/training/onboarding/',
  '/training/team/',
  '/training/certificate/',
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
    // The training islands render after load (client:only); wait for them so their text is read too.
    await page.waitForLoadState('networkidle');
    const left = await unwrapped(page);
    if (left.length) found[path] = left;
  }
  expect(found).toEqual({});
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

test('the training islands are worded through the dictionary: people, hub, quiz, result, certificate, team report', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/training/onboarding/');
  // A name in Latin letters: what a person types is theirs, not UI text, and must not count as unwrapped Chinese.
  await page.locator('#new-name').fill('Wang');
  await page.locator('#new-name').press('Enter');
  const start = page.getByRole('button', { name: /开始答题/ });
  await expect(start).toBeVisible();
  expect(await unwrapped(page), 'quiz start').toEqual([]);
  await start.click();
  for (let i = 0; ; i++) {
    await expect(page.locator('#quiz-prompt')).toBeVisible();
    const choice = page.locator('.choices input').first();
    if (await choice.count()) await choice.check();
    await page.getByRole('button', { name: /确定/ }).click();
    const next = page.getByRole('button', { name: /下一题|看结果/ });
    await expect(next).toBeVisible();
    if (i === 0) expect(await unwrapped(page), 'a question answered').toEqual([]);
    const last = /看结果/.test((await next.textContent()) ?? '');
    await next.click();
    if (last) break;
  }
  await expect(page.locator('.quiz-result, h2').first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /原因/ })).toBeVisible();
  expect(await unwrapped(page), 'quiz result').toEqual([]);

  await page.goto('/training/');
  await expect(page.getByRole('row', { name: /新员工入职/ })).toBeVisible();
  expect(await unwrapped(page), 'training hub').toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /导出全部人员 JSON/ }).click(),
  ]);
  const exported = testInfo.outputPath('export.json');
  await download.saveAs(exported);

  await page.goto('/training/certificate/?attempt=nowhere');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await unwrapped(page), 'certificate').toEqual([]);

  await page.goto('/training/team/');
  await page.locator('#import-files').setInputFiles([exported]);
  await expect(page.getByRole('rowheader', { name: 'Wang' })).toBeVisible();
  expect(await unwrapped(page), 'team report').toEqual([]);
});
