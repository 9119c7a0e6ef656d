import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type Page } from '@playwright/test';
import { seedContext, test } from './seed';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { waitForServiceWorker } from './offline';
import { readRecords } from './records';
import { SITE_ROOT } from './site';

/** Adds a person on this page's picker. */
async function addPerson(page: Page, name: string) {
  await page.getByLabel('新增人员：姓名').fill(name);
  await page.getByRole('button', { name: '添加' }).click();
}

/** Starts a set for a new person on this page. */
async function startSet(page: Page, name: string, set = 'daily') {
  await page.goto(`/training/${set}/`);
  await addPerson(page, name);
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.locator('#quiz-prompt')).toBeFocused();
}

/** Answers the question on screen (first choice, or the order as shown). */
async function answer(page: Page) {
  await expect(page.locator('#quiz-prompt')).toBeFocused();
  const choice = page.locator('.choices input').first();
  if (await choice.count()) await choice.check();
  await page.getByRole('button', { name: '确定' }).click();
}

test('the network drops mid-quiz: the quiz page reopens offline from the cache, answers are kept, the result is saved', async ({
  page,
  context,
}) => {
  await page.goto('/training/');
  await waitForServiceWorker(page);
  await startSet(page, '断网员', 'stage-reversed');
  await answer(page);
  // The feedback shows once the answer is saved; only then is reopening the page sure to resume at question 2.
  await expect(page.getByRole('button', { name: /下一题|看结果/ })).toBeVisible();
  await context.setOffline(true);
  // Reopening the page offline needs the page, its island and the question bank from the service worker's cache.
  await page.reload();
  await expect(page.locator('.quiz-question .eyebrow')).toContainText('第 2 /');
  for (let i = 0; i < 20; i++) {
    await answer(page);
    const next = page.getByRole('button', { name: /下一题|看结果/ });
    await expect(next).toBeVisible();
    const done = (await next.textContent()) === '看结果';
    await next.click();
    if (done) break;
  }
  await expect(page.getByRole('heading', { level: 2, name: /通过了|这次没通过/ })).toBeVisible();
  const store = await readRecords(page);
  expect(store.attempts[0].finishedAt).not.toBeNull();
  await page.goto('/training/');
  await expect(page.getByRole('row', { name: /专项：付了又退了/ })).toContainText('分');
  await context.setOffline(false);
});

test('a really full storage says 存储空间已满 and keeps what was saved before, also after a reload', async ({
  baseURL,
}) => {
  // A profile on disk, opened twice like a phone used on two days: Chromium enforces a quota override there when it
  // is set before the browser session's first write (Playwright's default in-memory contexts ignore it).
  const profileDir = mkdtempSync(join(tmpdir(), 'saoma-quota-'));
  const launch = async () => {
    const context = await chromium.launchPersistentContext(profileDir, {
      ...(chromiumPath() ? { executablePath: chromiumPath()! } : {}),
      args: CHROMIUM_ARGS,
      baseURL: baseURL!,
    });
    await seedContext(context);
    return context;
  };
  const day1 = await launch();
  const first = await day1.newPage();
  await startSet(first, '满员', 'stage-short');
  await answer(first);
  await expect(first.getByRole('button', { name: '下一题' })).toBeVisible();
  const before = await readRecords(first);
  expect(Object.keys(before.attempts[0].answers)).toHaveLength(1);
  await day1.close();

  const day2 = await launch();
  try {
    const page = await day2.newPage();
    await page.goto('/training/stage-short/');
    // The real fault: the browser's quota for this origin is below what the site already uses, so the next write
    // fails inside IndexedDB with QuotaExceededError, as on a phone whose storage is full.
    const cdp = await day2.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 1000 });
    await page.getByRole('button', { name: '满员' }).click();
    await expect(page.locator('.quiz-question .eyebrow')).toContainText('第 2 /');
    await answer(page);
    await expect(page.getByRole('alert')).toContainText('存储空间已满');
    await expect(page.getByRole('alert').getByRole('button', { name: '导出全部人员 JSON' })).toBeVisible();
    // The answer stays on this page, and what was saved before is exactly as it was.
    await expect(page.getByRole('button', { name: /下一题|看结果/ })).toBeVisible();
    expect(await readRecords(page)).toEqual(before);
    // After a reload the saved records are still shown, not hidden as if storage were unavailable.
    await page.reload();
    await expect(page.locator('.quiz-question .eyebrow')).toContainText('第 2 /');
    await expect(page.getByText('无痕模式')).toHaveCount(0);
  } finally {
    await day2.close();
  }
});

test('with storage unavailable (private mode) the quiz still works and warns that records are not kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await startSet(page, '无痕');
  await expect(page.getByRole('alert')).toContainText('不会保留');
  await answer(page);
  await expect(page.getByRole('button', { name: /下一题|看结果/ })).toBeVisible();
});

/** Opens the open attempt of `name` on the stage-short set in a second tab, on the question to answer. */
async function joinTab(page: Page, name: string) {
  await page.goto('/training/stage-short/');
  await page.getByRole('button', { name }).click();
  await expect(page.locator('#quiz-prompt')).toBeFocused();
}

/** Picks the first choice (if the question has choices) once the question has taken focus. */
async function choose(page: Page) {
  await expect(page.locator('#quiz-prompt')).toBeFocused();
  const choice = page.locator('.choices input').first();
  if (await choice.count()) await choice.check();
}

test('two tabs answering the same attempt at the same moment lose no answer', async ({ context }) => {
  const a = await context.newPage();
  await startSet(a, '双开', 'stage-short');
  const b = await context.newPage();
  await joinTab(b, '双开');
  for (let round = 1; round <= 3; round++) {
    for (const p of [a, b]) await expect(p.locator('.quiz-question .eyebrow')).toContainText(`第 ${round} /`);
    for (const p of [a, b]) await choose(p);
    // Both tabs press 确定 at once: two writes of the same attempt race in IndexedDB. (In a tab whose question the
    // other tab has already answered, 确定 is gone by then and the press does nothing, as for a person.)
    const press = (p: Page) =>
      p.evaluate(() => document.querySelector<HTMLButtonElement>('.quiz-question button[type=submit]')?.click());
    await Promise.all([press(a), press(b)]);
    // Both show the answer that counts (the first one) with its explanation, and go on.
    for (const p of [a, b]) await p.getByRole('button', { name: '下一题' }).click();
  }
  const store = await readRecords(a);
  expect(store.attempts).toHaveLength(1);
  expect(Object.keys(store.attempts[0].answers)).toHaveLength(3);
});

test('a tab the phone froze in the background catches up when it wakes, without writing over the other tab’s answers', async ({
  context,
}) => {
  const a = await context.newPage();
  await startSet(a, '后台', 'stage-short');
  const b = await context.newPage();
  await joinTab(b, '后台');
  await choose(b);
  // Phones freeze background tabs: B hears nothing while A answers two questions.
  const frozen = await context.newCDPSession(b);
  await frozen.send('Page.setWebLifecycleState', { state: 'frozen' });
  await a.bringToFront();
  for (let i = 0; i < 2; i++) {
    await answer(a);
    await a.getByRole('button', { name: '下一题' }).click();
  }
  await expect(a.locator('.quiz-question .eyebrow')).toContainText('第 3 /');
  const before = (await readRecords(a)).attempts[0].answers;
  // B wakes up: the question it showed was answered in A, so it shows that answer, then goes on to question 3.
  // A's two answers stay exactly as they were.
  await b.bringToFront();
  await frozen.send('Page.setWebLifecycleState', { state: 'active' });
  await expect(b.getByRole('status')).toContainText('另一个窗口答过');
  await b.getByRole('button', { name: '下一题' }).click();
  await expect(b.locator('.quiz-question .eyebrow')).toContainText('第 3 /');
  await answer(b);
  await expect(b.getByRole('button', { name: '下一题' })).toBeVisible();
  const after = (await readRecords(b)).attempts[0].answers;
  expect(Object.keys(after)).toHaveLength(3);
  expect(after).toMatchObject(before);
});

test('a new version is offered without interrupting the quiz in progress', async ({ page }) => {
  await page.goto('/training/');
  await waitForServiceWorker(page);
  await startSet(page, '更新员', 'stage-payout-blocked');
  await answer(page);
  // A new deployment: the served copy of the site changes (dist/ itself is never touched).
  appendFileSync(join(SITE_ROOT, 'sw.js'), `\n// new deployment ${Date.now()}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await expect(page.getByRole('button', { name: '点此更新' })).toBeVisible();
  // Still on the same question, feedback shown, nothing reloaded.
  await expect(page.getByRole('button', { name: /下一题|看结果/ })).toBeVisible();
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '点此更新' }).click()]);
  await expect(page.locator('.quiz-question .eyebrow')).toContainText('第 2 /');
  const store = await readRecords(page);
  expect(Object.keys(store.attempts[0].answers)).toHaveLength(1);
});
