import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/** Starts the daily quiz for a new person on this page. */
async function startDaily(page: Page, name: string, set = 'daily') {
  await page.goto(`/training/${set}/`);
  await page.getByLabel('新增人员：姓名').fill(name);
  await page.getByRole('button', { name: '添加' }).click();
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

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('saoma-training') ?? 'null'));

test('the network drops mid-quiz: answers are kept and the result is saved', async ({ page, context }) => {
  await page.goto('/training/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  await startDaily(page, '断网员', 'stage-reversed');
  await answer(page);
  await context.setOffline(true);
  for (let i = 0; i < 20; i++) {
    const next = page.getByRole('button', { name: /下一题|看结果/ });
    await expect(next).toBeVisible();
    const done = (await next.textContent()) === '看结果';
    await next.click();
    if (done) break;
    await answer(page);
  }
  await expect(page.getByRole('heading', { level: 2, name: /通过了|这次没通过/ })).toBeVisible();
  const store = await stored(page);
  expect(store.attempts[0].finishedAt).not.toBeNull();
  await page.goto('/training/');
  await expect(page.getByRole('row', { name: /专项：付了又退了/ })).toContainText('分');
  await context.setOffline(false);
});

test('a full storage says so in Chinese and keeps what was saved before', async ({ page }) => {
  await startDaily(page, '满员');
  const before = JSON.stringify(await stored(page));
  await page.evaluate(() => {
    Storage.prototype.setItem = function (key: string) {
      if (key.endsWith('-probe')) return;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await answer(page);
  await expect(page.getByRole('alert')).toContainText('存储空间已满');
  expect(JSON.stringify(await stored(page))).toBe(before);
});

test('with storage unavailable (private mode) the quiz still works and warns that records are not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); } });
  });
  await startDaily(page, '无痕');
  await expect(page.getByRole('alert')).toContainText('不会保留');
  await answer(page);
  await expect(page.getByRole('button', { name: /下一题|看结果/ })).toBeVisible();
});

test('two tabs answering at once lose no answer', async ({ context }) => {
  const a = await context.newPage();
  await startDaily(a, '双开', 'stage-short');
  const b = await context.newPage();
  await b.goto('/training/stage-not-paid/');
  await b.getByRole('button', { name: '开始答题' }).click();
  await answer(a);
  await answer(b);
  await a.getByRole('button', { name: /下一题|看结果/ }).click();
  await answer(a);
  const store = await stored(b);
  const counts = store.attempts.map((x: { set: string; answers: object }) => [x.set, Object.keys(x.answers).length]).sort();
  expect(counts).toEqual([['stage-not-paid', 1], ['stage-short', 2]]);
});

test('a new version is offered without interrupting the quiz in progress', async ({ page }) => {
  const sw = join(import.meta.dirname, '../../dist/sw.js');
  const original = readFileSync(sw, 'utf8');
  try {
    await page.goto('/training/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await startDaily(page, '更新员', 'stage-payout-blocked');
    await answer(page);
    appendFileSync(sw, `\n// new deployment ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(page.getByRole('button', { name: '点此更新' })).toBeVisible();
    // Still on the same question, feedback shown, nothing reloaded.
    await expect(page.getByRole('button', { name: /下一题|看结果/ })).toBeVisible();
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '点此更新' }).click()]);
    await expect(page.locator('.quiz-question .eyebrow')).toContainText('第 2 /');
    const store = await stored(page);
    expect(Object.keys(store.attempts[0].answers)).toHaveLength(1);
  } finally {
    writeFileSync(sw, original);
  }
});
