import { waitForServiceWorker } from './offline';
import { expect, test, type Page } from '@playwright/test';

/** Collects console errors and CSP violations for the rest of the test. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return errors;
}

test('every page type runs under the strict CSP with no violation or console error', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const home = (await page.goto('/'))!;
  const meta = await home.text();
  expect(meta).toMatch(
    /http-equiv="content-security-policy" content="default-src 'self';[^"]*script-src 'self' 'sha256-/,
  );
  expect(meta).not.toContain('unsafe-inline');
  // The same policy arrives as an HTTP header, with what only a header can carry; WebAssembly only for Pagefind.
  const header = home.headers()['content-security-policy'] ?? '';
  for (const d of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "script-src 'self' 'sha256-",
  ])
    expect(header).toContain(d);
  expect(header).not.toMatch(/unsafe-inline|unsafe-eval/);
  const worker = await page.request.get('/pagefind/pagefind-worker.js');
  expect(worker.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");

  for (const path of [
    '/',
    '/stages/',
    '/stages/not_paid/',
    '/causes/fee_deduction/',
    '/guides/',
    '/guides/emergency-steps/',
    '/cases/',
    '/cases/convenience-store-outage/',
    '/glossary/',
    '/diagnose/map/',
    '/offline/',
    '/no-such-page/',
  ]) {
    await page.goto(path);
  }
  await page.goto('/search/?q=冻结');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  // /search/ has its own box and no header box; the header box's results panel is checked on another page.
  await page.goto('/guides/');
  await page.locator('#site-search').fill('重复扣款');
  await expect(page.locator('[data-search-panel] a').first()).toBeVisible();

  await page.goto('/diagnose/');
  await page.locator('.answer').first().click();
  await expect(page.getByRole('heading', { name: '可能原因' })).toBeVisible();

  await page.goto('/training/daily/');
  await page.getByLabel('新增人员：姓名').fill('测试员');
  await page.getByRole('button', { name: '添加' }).click();
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.locator('#quiz-prompt')).toBeVisible();
  await page.goto('/training/');
  await page.goto('/training/team/');
  await expect(page.getByLabel('选择员工导出的 JSON 文件（可多选）')).toBeVisible();

  // The 404 page is expected to log its own status; anything else is a fault.
  expect(errors.filter((e) => !/no-such-page.*404/.test(e))).toEqual([]);
});

test('after one visit the site works offline: pages, a search link, a diagnosis and a quiz question', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);

  for (const id of ['txn_pending_unknown', 'judicial_freeze', 'qr_code_tampered']) {
    await page.goto(`/causes/${id}/`);
    await expect(page.locator(`article[data-cause-id="${id}"]`)).toBeVisible();
  }

  await page.goto('/search/?q=%E5%8F%AA%E6%94%B6%E4%B8%8D%E4%BB%98');
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-for', '只收不付');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();

  const model = (await page.evaluate(async () => (await fetch('/diagnose/model.json')).json())) as {
    questions: { id: string; code: string }[];
  };
  const code = (id: string) => model.questions.find((q) => q.id === id)!.code;
  await page.goto(
    `/diagnose/?${code('customer_shown_success')}=yes&${code('backend_txn_status')}=not_found&${code('payee_name_on_customer_bill')}=other`,
  );
  await page.getByRole('button', { name: '直接看结果' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /很可能是|可能是|还不能确定/ })).toBeVisible();

  await page.goto('/training/daily/');
  await page.getByLabel('新增人员：姓名').fill('离线员');
  await page.getByRole('button', { name: '添加' }).click();
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.locator('#quiz-prompt')).toBeFocused();
  const choice = page.locator('.choices input').first();
  if (await choice.count()) await choice.check();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('button', { name: /下一题|看结果/ })).toBeVisible();

  await page.goto('/never-built/');
  await expect(page.getByRole('heading', { level: 1, name: '现在没有网络' })).toBeVisible();
  await context.setOffline(false);
});
