// On a 360×740 phone the first thing to do is on the first screen: the home page's emergency steps (in the authored
// order) and the first step of every cause page, found by their lists' names as a reader's screen reader announces them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './pages';

const SCREEN = { width: 360, height: 740 };
test.use({ viewport: SCREEN, deviceScaleFactor: 1, isMobile: true, hasTouch: true });

const emergency = (
  parse(readFileSync(join(import.meta.dirname, '../../content/data/emergency.yaml'), 'utf8')) as {
    step: number;
    text: string;
  }[]
)
  .sort((a, b) => a.step - b.step)
  .map((s) => s.text);
const causePages = builtPages().filter((p) => /^\/causes\/[^/]+\/$/.test(p));

/** The first item of the list named `name`, and how far its bottom edge is from the top of the page. */
async function firstItem(page: Page, name: string) {
  const item = page.getByRole('list', { name, exact: true }).getByRole('listitem').first();
  const box = await item.boundingBox();
  return { item, bottom: box ? box.y + box.height : Number.POSITIVE_INFINITY };
}

test('the home page lists the emergency steps in the authored order, the first one on the first screen', async ({
  page,
}) => {
  await page.goto('/');
  const steps = page.getByRole('list', { name: '顾客说付了，钱没到？先做这几步' }).getByRole('listitem');
  await expect(steps).toHaveCount(emergency.length);
  for (const [i, text] of emergency.entries()) await expect(steps.nth(i)).toContainText(text);
  const { bottom } = await firstItem(page, '顾客说付了，钱没到？先做这几步');
  expect(bottom).toBeLessThanOrEqual(SCREEN.height);
});

test('there is a cause page for every cause', () => {
  expect(causePages.length).toBe(21);
});

for (const path of causePages) {
  test(`the first step is on the first screen of ${path}`, async ({ page }) => {
    await page.goto(path);
    const { item, bottom } = await firstItem(page, '先做这几步');
    await expect(item).toBeVisible();
    expect(bottom, `${path}: first step ends ${Math.round(bottom)} px from the top`).toBeLessThanOrEqual(SCREEN.height);
    // The 速查 box comes after the steps, not before.
    const quick = await page.getByRole('heading', { name: '收银台速查' }).boundingBox();
    expect(quick?.y ?? 0).toBeGreaterThan(bottom);
  });
}

test('the printable decision table is one card per cause on a phone, each field named', async ({ page }) => {
  await page.goto('/diagnose/map/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SCREEN.width);
  const firstStep = page.locator('.decision-table tbody td[data-label="第一步"]').first();
  await expect(firstStep).toBeVisible();
  expect(await firstStep.evaluate((td) => getComputedStyle(td).display)).toBe('block');
  expect(await firstStep.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('第一步');
});
