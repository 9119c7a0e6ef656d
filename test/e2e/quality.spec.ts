import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './pages';

const pages = builtPages();
const CHUNKS = 6;

test('there are pages to check', () => {
  expect(pages.length).toBeGreaterThan(40);
});

// One browser page per chunk keeps the sweep fast on two cores; each built page is still checked on its own.
for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const mine = pages.filter((_, i) => i % CHUNKS === chunk);
  test(`pages ${chunk + 1}/${CHUNKS} pass axe and fit a 360 px phone`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of mine) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) problems.push(`${path}: sideways scroll of ${overflow}px at 360 px`);
      const axe = await new AxeBuilder({ page }).analyze();
      for (const v of axe.violations)
        problems.push(`${path}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
}
