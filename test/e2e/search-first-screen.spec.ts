// The /search/ page on a 360×740 phone: results come first, a vague question gets the wizard and the first steps, and
// bad input gets a calm message.
import { expect, test } from '@playwright/test';

const SCREEN = { width: 360, height: 740 };
test.use({ viewport: SCREEN, deviceScaleFactor: 1, isMobile: true, hasTouch: true });

const COMMON = ['notice_missed_but_paid', 'settlement_not_due', 'txn_pending_unknown'];
const ALARMING = [
  'judicial_freeze',
  'qr_code_tampered',
  'second_clearing_agent',
  'wrong_receiving_account',
  'code_jumping',
  'risk_control_hold',
];

test('the first result of a shared search link is on the first screen, filters folded, no second search box', async ({
  page,
}) => {
  await page.goto(`/search/?q=${encodeURIComponent('收款码被人换了')}`);
  const first = page.locator('[data-search-results] li').first();
  await expect(first).toBeVisible();
  const box = await first.boundingBox();
  expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(SCREEN.height);
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: '原因' })).toBeHidden();
  await page.getByText('筛选：内容类型和环节').click();
  await expect(page.getByRole('checkbox', { name: '原因' })).toBeVisible();
});

test('a link that chose filters opens them, and an unknown filter is ignored', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('冻结')}&type=cause&stage=nowhere&type=evil`);
  await expect(page.getByRole('checkbox', { name: '原因' })).toBeChecked();
  await expect(page.locator('[data-search-results] li').first()).toContainText('[原因]');
  await expect(page).toHaveURL(/\?q=%E5%86%BB%E7%BB%93&type=cause$/);
});

for (const q of ['顾客说付了钱但是没到账', '付了没到账', '钱没进来', '收款有问题']) {
  test(`a vague question (${q}) offers 开始排查 and the first steps, and lists common causes first`, async ({
    page,
  }) => {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    const help = page.getByRole('region', { name: '顾客说付了、钱没到？先做这几步' });
    await expect(help).toBeVisible();
    const start = help.getByRole('link', { name: '开始排查：回答几个问题找原因' });
    await expect(start).toHaveAttribute('href', /^\/diagnose\/(\?pb=not_arrived)?$/);
    await expect(help.getByRole('listitem').first()).toContainText('以自己这边查到的为准');
    const startBox = await start.boundingBox();
    expect((startBox?.y ?? Infinity) + (startBox?.height ?? 0)).toBeLessThanOrEqual(SCREEN.height);
    const results = page.locator('[data-search-results]');
    await expect(results).toHaveAttribute('data-for', q);
    const firstHref = (await results.locator('li > a').first().getAttribute('href')) ?? '';
    expect(COMMON.map((c) => `/causes/${c}/`)).toContain(firstHref);
    const top3 = await results
      .locator('li > a')
      .evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    for (const cause of ALARMING) expect(top3).not.toContain(`/causes/${cause}/`);
  });
}

test('a specific question does not get the vague-question box', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('账户被冻结 只收不付')}`);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-for', '账户被冻结 只收不付');
  await expect(page.getByRole('region', { name: '顾客说付了、钱没到？先做这几步' })).toBeHidden();
});

test('the header box offers 开始排查 first for a vague question', async ({ page }) => {
  await page.goto('/guides/');
  const box = page.getByRole('searchbox', { name: '搜索问题' });
  await box.click();
  await box.fill('付了没到账');
  const panel = page.getByRole('region', { name: '搜索结果' });
  await expect(panel.getByRole('link').first()).toHaveText('开始排查：回答几个问题找原因');
  await expect(panel.getByRole('link').nth(1)).toBeVisible();
});

for (const q of ['收款码被人换了', '付了没到账']) {
  test(`the header box shows its first result on the first screen (${q})`, async ({ page }) => {
    await page.goto('/causes/txn_pending_unknown/');
    const box = page.getByRole('searchbox', { name: '搜索问题' });
    await box.click();
    await box.fill(q);
    const panel = page.getByRole('region', { name: '搜索结果' });
    const first = panel.getByRole('listitem').first();
    await expect(first).toBeVisible();
    const shown = await first.boundingBox();
    expect(shown?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((shown?.y ?? Infinity) + (shown?.height ?? 0)).toBeLessThanOrEqual(SCREEN.height);
    // Nothing of the page lies over it: the result's link is what a tap on it reaches.
    const link = first.getByRole('link');
    await link.click({ trial: true });
  });
}

test('bad input gets a calm Chinese message and no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const status = page.getByRole('status').first();
  for (const [q, message] of [
    ['', '请输入要搜索的问题'],
    ['    ', '请输入要搜索的问题'],
    ['😀🙏💰', '没有认出要搜索的文字'],
  ] as const) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(status).toContainText(message);
    await expect(page.getByRole('link', { name: '收银台应急步骤' })).toBeVisible();
  }
  const markup = '<img src=x onerror=alert(1)><b>冻结</b>';
  await page.goto(`/search/?q=${encodeURIComponent(markup)}`);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-for', markup);
  await expect(page.locator('main img, main b')).toHaveCount(0);
  await page.goto(`/search/?q=${encodeURIComponent('收款码'.repeat(170))}`);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-for', '收款码'.repeat(170).slice(0, 100));
  expect(errors).toEqual([]);
});

test('a search while the index is still loading says so, then shows the results of the latest query only', async ({
  page,
}) => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  // The search waits for its synonym data as for the index: holding it back keeps the search loading.
  await page.route('**/search/data.json', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(`/search/?q=${encodeURIComponent('冻结')}`);
  await expect(page.getByRole('status').first()).toHaveText('正在搜索…');
  const input = page.locator('#search-q');
  await input.fill('重复扣款');
  await input.press('Enter');
  release();
  const results = page.locator('[data-search-results]');
  await expect(results).toHaveAttribute('data-for', '重复扣款');
  await expect(results.locator('li > a').first()).toHaveAttribute('href', '/causes/duplicate_charge/');
  await expect(results).not.toHaveAttribute('aria-busy', 'true');
});

test('the header box searches for the word an input method commits, never for the pinyin still being composed', async ({
  page,
}) => {
  await page.goto('/causes/judicial_freeze/');
  const box = page.locator('#site-search');
  await box.focus();
  // Record every question sent to Pagefind's worker (it lives on a global: src/scripts/pagefind-worker.ts).
  await page.waitForFunction(() => (globalThis as Record<symbol, unknown>)[Symbol.for('saoma.pagefind-worker')]);
  await page.evaluate(() => {
    const worker = (globalThis as Record<symbol, Worker>)[Symbol.for('saoma.pagefind-worker')]!;
    const asked: string[] = [];
    (window as unknown as { asked: string[] }).asked = asked;
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message: { method?: string; args?: unknown[] }) => {
      if (message.method === 'search' && typeof message.args?.[0] === 'string') asked.push(message.args[0]);
      post(message);
    };
  });
  const ime = await page.context().newCDPSession(page);
  await ime.send('Input.imeSetComposition', { text: 'dongjie', selectionStart: 7, selectionEnd: 7 });
  await expect(box).toHaveValue('dongjie');
  // The reader looks for the word among the candidates for longer than the box's typing pause. This wait does not
  // decide the outcome (a composing box never searches); it gives a box that searches pinyin the time to do so.
  await page.waitForTimeout(600);
  await ime.send('Input.insertText', { text: '冻结' });
  await expect(page.locator('[data-search-panel][data-for="冻结"] a').first()).toBeVisible();
  const asked = await page.evaluate(() => (window as unknown as { asked: string[] }).asked);
  expect(asked.length).toBeGreaterThan(0);
  expect(asked.filter((q) => /[a-z]/.test(q))).toEqual([]);
});
