import { expect, test } from '@playwright/test';

test('a cashier goes from the home page to a stage, a cause and a related cause', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('顾客说付了，钱没到账？');
  await expect(page.getByRole('heading', { name: '顾客说付了，钱没到？先做这几步' })).toBeVisible();

  await page.getByRole('link', { name: '没付成' }).click();
  await expect(page).toHaveURL(/\/stages\/not_paid\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没付成');

  await page.locator('.cards a[href="/causes/txn_pending_unknown/"]').click();
  await expect(page.locator('article[data-cause-id="txn_pending_unknown"]')).toBeVisible();
  for (const heading of [
    '收银台速查',
    '怎么认出来',
    '现在就做',
    '找谁',
    '留什么证据',
    '以后怎么防',
    '常见说法',
    '相关原因',
  ]) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText('没付成');

  await page.locator('#related ~ .cards a[href="/causes/duplicate_charge/"]').click();
  await expect(page.locator('article[data-cause-id="duplicate_charge"]')).toBeVisible();
});

test('pages read fine with JavaScript turned off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/causes/qr_code_tampered/');
  await expect(page.locator('article[data-cause-id="qr_code_tampered"] h1')).toBeVisible();
  await expect(page.getByRole('heading', { name: '现在就做' })).toBeVisible();
  await page.getByRole('link', { name: '术语', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '术语表' })).toBeVisible();

  await page.goto('/search/?q=冻结');
  await expect(page.getByText('搜索需要浏览器开启 JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: '收银台应急步骤' })).toBeVisible();
  await context.close();
});
