// A trainer finds a term by its pinyin initial and follows a 另见 link.
import { expect, test } from '@playwright/test';

test('the glossary has a pinyin index and separated 另见 links', async ({ page }) => {
  await page.goto('/glossary/');
  const index = page.getByRole('navigation', { name: '按拼音首字母查' });
  await index.getByRole('link', { name: 'J', exact: true }).click();
  await expect(page).toHaveURL(/#letter-J$/);
  const j = page.getByRole('region', { name: 'J', exact: true });
  await expect(j.getByRole('term').filter({ hasText: '结算卡' })).toBeVisible();

  // Each 另见 target is its own list item, so the names never run together.
  const see = page.locator('#t-plus-1 + dd .see').first().getByRole('listitem');
  expect(await see.count()).toBeGreaterThan(1);
  await see.getByRole('link', { name: 'D+1' }).click();
  await expect(page).toHaveURL(/#d-plus-1$/);
});
