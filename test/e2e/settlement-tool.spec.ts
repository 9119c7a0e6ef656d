// An owner works out when money paid before the 2027 Spring Festival should arrive, with and without JavaScript.
import { waitForServiceWorker } from './offline';
import { expect, test } from '@playwright/test';

test('the tool gives the arrival day and each day of the reasoning, marked as an estimate for 2027', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/tools/settlement/');
  await page.getByLabel('付款日期').fill('2027-02-05');
  await page.getByLabel('付款时间（北京时间）').fill('20:00');
  await page.getByRole('radio', { name: /T\+1/ }).check();
  const result = page.getByRole('region', { name: /预计/ });
  await expect(result.getByRole('heading', { name: /2月12日（周五） 到账/ })).toBeVisible();
  await expect(result.getByRole('listitem')).toHaveCount(7);
  await expect(result.getByRole('listitem').first()).toContainText('春节放假');
  await expect(result.getByRole('listitem').nth(4)).toContainText('春节补假，不算工作日');
  await expect(result).toContainText('估算：调休以国务院通知为准');

  await page.getByRole('radio', { name: /D\+1/ }).check();
  await expect(result.getByRole('heading', { name: /2月6日（周六） 到账/ })).toBeVisible();
  expect(errors, 'no CSP or script errors').toEqual([]);
});

test('links to the tool from the settlement guide and the not-yet-due cause', async ({ page }) => {
  for (const path of ['/guides/settlement-timing/', '/causes/settlement_not_due/']) {
    await page.goto(path);
    await expect(page.locator('article a[href="/tools/settlement/"]').first()).toBeVisible();
  }
});

test('without JavaScript the page shows the rules and this year’s calendar', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tools/settlement/');
  await expect(page.getByRole('heading', { name: '怎么算' })).toBeVisible();
  const year = new Date().getUTCFullYear();
  await expect(page.getByRole('heading', { name: new RegExp(`^${year} 年放假和调休上班日`) })).toBeVisible();
  await expect(page.getByText('计算需要浏览器开启 JavaScript')).toBeVisible();
  await context.close();
});

test('after one visit the tool works offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/tools/settlement/');
  await page.getByLabel('付款日期').fill('2026-09-30');
  await page.getByLabel('付款时间（北京时间）').fill('18:00');
  // 国庆 2026: 10/1–10/7 off, 10/8 (Thursday) is the next working day; published, so no estimate note.
  const result = page.getByRole('region', { name: /预计/ });
  await expect(result.getByRole('heading', { name: /10月8日（周四） 到账/ })).toBeVisible();
  await expect(result).not.toContainText('估算');
});
