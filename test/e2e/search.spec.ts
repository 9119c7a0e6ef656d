import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test, type Page } from '@playwright/test';

test('a cashier types a colloquial question in the header and opens the first result', async ({ page }) => {
  await page.goto('/guides/');
  const box = page.getByRole('searchbox', { name: '搜索问题' }).first();
  await box.click();
  await box.fill('收款码被人换了');
  const panel = page.getByRole('region', { name: '搜索结果' });
  await expect(panel.getByRole('link').first()).toBeVisible();
  await panel.getByRole('link').first().click();
  await expect(page.locator('article[data-cause-id="qr_code_tampered"]')).toBeVisible();
});

test('a shared /search/ link shows filtered results, and an empty search offers a way on', async ({ page }) => {
  await page.goto('/search/?q=%E5%86%BB%E7%BB%93&type=cause');
  const results = page.locator('[data-search-results]');
  await expect(results).toHaveAttribute('data-for', '冻结');
  await expect(page.getByRole('checkbox', { name: '原因' })).toBeChecked();
  await expect(results.locator('li').first()).toContainText('[原因]');
  await expect(results.locator('mark').first()).toBeVisible();

  await page.getByRole('searchbox', { name: '搜索问题' }).last().fill('恐龙蛋糕配方');
  await expect(results).toHaveAttribute('data-for', '恐龙蛋糕配方');
  await expect(page.getByRole('status')).toContainText('没有找到');
  await expect(page.getByRole('link', { name: '收银台应急步骤' })).toBeVisible();
  await expect(page).toHaveURL(/q=%E6%81%90%E9%BE%99/);
});

/** A query and the cause article that should come first for it. */
interface Labelled {
  q: string;
  cause: string;
}

const ownQueries: Labelled[] = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/search/queries.json'), 'utf8')) as {
    q: string;
    expect: string;
  }[]
).map(({ q, expect: cause }) => ({ q, cause }));
const devQueries: Labelled[] = (
  parse(readFileSync(join(import.meta.dirname, '../fixtures/search/cases-dev.yaml'), 'utf8')) as {
    cases: { queries: { q: string; first: string }[] }[];
  }
).cases.flatMap((c) => c.queries.map(({ q, first }) => ({ q, cause: first })));

/** Types every query into the real /search/ page and counts where the expected cause article lands; writes a report. */
async function measureRecall(page: Page, queries: Labelled[], name: string) {
  await page.goto('/search/');
  const input = page.locator('#search-q');
  const results = page.locator('[data-search-results]');
  const misses: string[] = [];
  // Which cause came first instead, per expected cause ("risk_control_hold ← judicial_freeze": 2): the look-alikes left.
  const confusions: Record<string, number> = {};
  let top1 = 0;
  let top3 = 0;
  for (const { q, cause } of queries) {
    await input.fill(q);
    await input.press('Enter');
    await expect(results).toHaveAttribute('data-for', q);
    const hrefs = await results
      .locator('li > a')
      .evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    const rank = hrefs.indexOf(`/causes/${cause}/`);
    if (rank === 0) top1++;
    if (rank >= 0) top3++;
    if (rank !== 0) {
      misses.push(`${rank < 0 ? 'MISS' : `#${rank + 1}`} ${q} → ${cause} (got ${hrefs.join(', ') || 'nothing'})`);
      const pair = `${cause} ← ${hrefs[0]?.replace(/^\/causes\/|\/$/g, '') ?? 'nothing'}`;
      confusions[pair] = (confusions[pair] ?? 0) + 1;
    }
  }
  const report = {
    queries: queries.length,
    top1: top1 / queries.length,
    top3: top3 / queries.length,
    confusions: Object.fromEntries(Object.entries(confusions).sort((a, b) => b[1] - a[1])),
    misses,
  };
  mkdirSync(join(import.meta.dirname, '../results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, `../results/search-recall-${name}.json`), JSON.stringify(report, null, 2));
  console.log(
    `search recall (${name}): top1 ${(report.top1 * 100).toFixed(1)}%, top3 ${(report.top3 * 100).toFixed(1)}% over ${queries.length} queries`,
  );
  return report;
}

// Floors, not goals: the issue's target on the development set is first >= 85 %, top 3 >= 97 %. These are the figures
// this ranking reaches (measured through this page), so a change that makes search worse fails here; raise them as
// search improves, never lower them to pass.
const FLOOR = {
  own: { top1: 0.98, top3: 0.98 },
  dev: { top1: 0.91, top3: 0.97 },
};

test("the project's own 84 colloquial queries find the right cause first and in the top 3, above the floor", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const report = await measureRecall(page, ownQueries, 'own');
  expect(report.queries).toBe(84);
  expect(report.top1, report.misses.join('\n')).toBeGreaterThanOrEqual(FLOOR.own.top1);
  expect(report.top3, report.misses.join('\n')).toBeGreaterThanOrEqual(FLOOR.own.top3);
});

test("the public development set's 214 queries find the right cause first and in the top 3, above the floor", async ({
  page,
}) => {
  test.setTimeout(480_000);
  const report = await measureRecall(page, devQueries, 'dev');
  expect(report.queries).toBe(214);
  expect(report.top1, report.misses.join('\n')).toBeGreaterThanOrEqual(FLOOR.dev.top1);
  expect(report.top3, report.misses.join('\n')).toBeGreaterThanOrEqual(FLOOR.dev.top3);
});
