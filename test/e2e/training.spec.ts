import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { test } from './seed';

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

/** Answers the question on screen with the keyboard: first choice (or the given order), then 确定, then 下一题. */
async function answerOne(page: Page) {
  // The new question takes focus when it appears; wait for that before choosing, as a keyboard user would.
  await expect(page.locator('#quiz-prompt')).toBeFocused();
  const choice = page.locator('.choices input').first();
  if (await choice.count()) {
    await choice.focus();
    await page.keyboard.press('Space');
  }
  await page.getByRole('button', { name: '确定' }).focus();
  await page.keyboard.press('Enter');
  const next = page.getByRole('button', { name: /下一题|看结果/ });
  await expect(next).toBeVisible();
  await next.focus();
  await page.keyboard.press('Enter');
}

test('a cashier takes the onboarding set with the keyboard, resumes after a reload, and the manager sees the team report', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/training/onboarding/');
  await page.getByLabel('新增人员：姓名').focus();
  await page.keyboard.type('小王');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '开始答题' }).focus();
  await page.keyboard.press('Enter');

  const progress = page.locator('.quiz-question .eyebrow');
  await expect(progress).toContainText('第 1 / 12 题');
  expect(await axeViolations(page)).toEqual([]);
  for (let i = 0; i < 3; i++) await answerOne(page);
  await expect(progress).toContainText('第 4 / 12 题');

  await page.reload();
  await expect(progress).toContainText('第 4 / 12 题');
  for (let i = 3; i < 12; i++) await answerOne(page);

  await expect(page.getByRole('heading', { level: 2, name: /通过了|这次没通过/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '原因' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/training/');
  await expect(page.getByRole('heading', { name: '小王的培训' })).toBeVisible();
  const row = page.getByRole('row', { name: /新员工入职/ });
  await expect(row).toContainText('分');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出全部人员 JSON' }).click(),
  ]);
  const exported = testInfo.outputPath('export.json');
  await download.saveAs(exported);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出全部人员 CSV' }).click(),
  ]);
  const csvPath = testInfo.outputPath('export.csv');
  await csv.saveAs(csvPath);
  expect(readFileSync(csvPath, 'utf8').startsWith('\uFEFF姓名,工号')).toBe(true);

  const hostile = testInfo.outputPath('hostile.json');
  writeFileSync(hostile, readFileSync(exported, 'utf8').replace('小王', '<img src=x onerror=alert(1)>'));
  const manager = await browser.newContext();
  const team = await manager.newPage();
  await team.goto('/training/team/');
  await team.getByLabel('选择员工导出的 JSON 文件（可多选）').setInputFiles([hostile]);
  await expect(team.getByRole('status')).toContainText('没有导入');
  await expect(team.locator('img')).toHaveCount(0);
  await team.getByLabel('选择员工导出的 JSON 文件（可多选）').setInputFiles([exported, exported]);
  await expect(team.getByRole('status')).toContainText('已导入');
  await expect(team.getByRole('rowheader', { name: '小王' })).toHaveCount(1);
  await expect(team.getByRole('img', { name: '各原因的出错率条形图' })).toBeVisible();
  expect(await axeViolations(team)).toEqual([]);
  await manager.close();
});

test('the header shows how many training sets are due', async ({ page }) => {
  await page.goto('/training/');
  await page.getByLabel('新增人员：姓名').fill('李姐');
  await page.getByRole('button', { name: '添加' }).click();
  await expect(page.getByRole('heading', { name: '李姐的培训' })).toBeVisible();
  await page.goto('/causes/duplicate_charge/');
  await expect(page.locator('[data-due-badge]')).toHaveText('1');
});

test('without JavaScript a quiz page shows questions to read', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/training/monthly/');
  await expect(page.getByText('答题和计分需要浏览器开启 JavaScript')).toBeVisible();
  await expect(page.locator('details').first()).toBeVisible();
  await context.close();
});
