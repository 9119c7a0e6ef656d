// One shop phone, several staff, tabs left open: the records are never lost or hidden.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { test } from './seed';
import { LEGACY_KEY } from '../../src/rules/records';
import { EXPORT_KIND } from '../../src/schemas/records';
import { readRecords, writeRecords } from './records';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/training', name), 'utf8');

async function addPerson(page: Page, name: string) {
  await page.getByLabel('新增人员：姓名').fill(name);
  await page.getByRole('button', { name: '添加' }).click();
}

const A_STORE = {
  version: 3,
  profiles: [{ id: 'p-jia', name: '甲', staffNo: '', createdAt: '2026-11-20T02:00:00.000Z' }],
  attempts: [
    {
      id: 'a-good',
      profile: 'p-jia',
      set: 'daily',
      startedAt: '2026-11-20T02:01:00.000Z',
      finishedAt: '2026-11-20T02:03:00.000Z',
      questions: ['qa-pending-rescan'],
      orders: {},
      answers: {},
      score: 1,
      passed: true,
    },
  ],
  reviews: {},
  removed: {},
};

test('换人 keeps every record: after a reload all people are listed and nothing is set aside', async ({ page }) => {
  await page.goto('/training/daily/');
  await addPerson(page, '甲');
  await page.getByRole('button', { name: '换人' }).click();
  await addPerson(page, '乙');
  await page.getByRole('button', { name: '换人' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: '甲' })).toBeVisible();
  await expect(page.getByRole('button', { name: '乙' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await readRecords(page)).profiles).toHaveLength(2);
});

test('the person answering belongs to the tab: adding 乙 in one tab leaves 甲’s quiz in the other', async ({
  context,
}) => {
  const one = await context.newPage();
  await one.goto('/training/daily/');
  await addPerson(one, '甲');
  await one.getByRole('button', { name: '开始答题' }).click();
  await expect(one.locator('#quiz-prompt')).toBeFocused();
  const two = await context.newPage();
  await two.goto('/training/');
  await addPerson(two, '乙');
  await expect(two.getByRole('heading', { name: '乙的培训' })).toBeVisible();
  // The first tab learns of 乙 but keeps 甲 and the question on screen.
  await one.bringToFront();
  await expect(one.locator('.quiz-question .eyebrow')).toContainText('第 1 /');
  await one.reload();
  await expect(one.locator('.quiz-question .eyebrow')).toContainText('第 1 /');
  const store = await readRecords(one);
  expect(store.attempts.map((a: { profile: string }) => a.profile)).toEqual([
    store.profiles.find((p: { name: string }) => p.name === '甲').id,
  ]);
});

/** Opens the training hub and waits until it has read the records, so a value written next is read on reload. */
async function openHub(page: Page) {
  await page.goto('/training/');
  await expect(page.getByRole('heading', { name: '谁在答题？' })).toBeVisible();
}

test('records written by a newer version are left untouched, read-only, with a message to update', async ({ page }) => {
  await openHub(page);
  const newer = { ...A_STORE, version: 4, devices: ['pos-1'] };
  await writeRecords(page, newer);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('更新后的版本');
  await expect(page.getByRole('button', { name: '添加' })).toBeDisabled();
  await page.getByRole('button', { name: '甲' }).click();
  await expect(page.getByRole('heading', { name: '甲的培训' })).toBeVisible();
  expect(await readRecords(page)).toEqual(newer);
});

test('a damaged record keeps everything readable, names the problem and offers the original for download', async ({
  page,
}) => {
  await openHub(page);
  const damaged = structuredClone(A_STORE) as typeof A_STORE & { attempts: Record<string, unknown>[] };
  damaged.attempts.push({ ...A_STORE.attempts[0]!, id: 'a-bad', finishedAt: 'yesterday' });
  await writeRecords(page, damaged);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('finishedAt');
  await page.getByRole('button', { name: '甲' }).click();
  await expect(page.getByRole('heading', { name: '甲的培训' })).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载原记录' }).click(),
  ]);
  expect(readFileSync((await file.path())!, 'utf8')).toContain('a-bad');
  expect((await readRecords(page)).attempts.map((a: { id: string }) => a.id)).toEqual(['a-good']);
  // The certificate page says so too instead of setting the records aside silently.
  await writeRecords(page, damaged);
  await page.goto('/training/certificate/?attempt=a-good');
  await expect(page.getByRole('alert').first()).toContainText('无法读取');
});

test('records of the previous version (localStorage, after 换人) are moved over with every person', async ({
  page,
}) => {
  await openHub(page);
  await page.evaluate(([key, v2]) => localStorage.setItem(key!, v2!), [LEGACY_KEY, fixture('store-v2-switched.json')]);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('升级');
  await expect(page.getByRole('button', { name: '甲' })).toBeVisible();
  await expect(page.getByRole('button', { name: '乙' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_KEY)).toBeNull();
  expect((await readRecords(page)).attempts).toHaveLength(2);
});

test('a question removed from the bank while its attempt is open is skipped, and the quiz goes on', async ({
  page,
}) => {
  await page.goto('/training/stage-short/');
  await addPerson(page, '丙');
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.locator('#quiz-prompt')).toBeFocused();
  const store = await readRecords(page);
  const total = store.attempts[0].questions.length;
  store.attempts[0].questions[0] = 'qx-removed-since';
  await writeRecords(page, store);
  await page.reload();
  await expect(page.locator('.quiz-question .eyebrow')).toContainText(`第 1 / ${total - 1} 题`);
  // Answering goes on as usual, and each choice is marked right or wrong in words.
  await expect(page.locator('#quiz-prompt')).toBeFocused();
  const choice = page.locator('.choices input').first();
  if (await choice.count()) await choice.check();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText(/✓ (选对了|正确答案)/).first()).toBeVisible();
});

test('the team report names what is wrong in a bad file and keeps what it already merged', async ({
  page,
}, testInfo) => {
  await page.goto('/training/team/');
  const good = { kind: EXPORT_KIND, version: 3, exportedAt: '2026-11-26T10:00:00.000Z', store: A_STORE };
  const bad = structuredClone(good) as { store: { attempts: Record<string, unknown>[] } };
  bad.store.attempts[0]!['finishedAt'] = 'not a date';
  const keyed = structuredClone(good) as { store: { attempts: Record<string, unknown>[] } };
  keyed.store.attempts[0]!['answers'] = {
    constructor: { response: ['a'], points: 1, correct: true, at: '2026-11-20T02:02:00.000Z' },
  };
  const files = { 'good.json': good, 'bad.json': bad, 'keyed.json': keyed };
  for (const [name, content] of Object.entries(files))
    (await import('node:fs')).writeFileSync(testInfo.outputPath(name), JSON.stringify(content));
  const input = page.getByLabel('选择员工导出的 JSON 文件（可多选）');
  await input.setInputFiles([testInfo.outputPath('good.json')]);
  await expect(page.getByRole('rowheader', { name: '甲' })).toBeVisible();
  await input.setInputFiles([testInfo.outputPath('bad.json'), testInfo.outputPath('keyed.json')]);
  await expect(page.getByRole('status')).toContainText('没有导入“bad.json”');
  await expect(page.getByRole('status')).toContainText('finishedAt');
  await expect(page.getByRole('status')).toContainText('没有导入“keyed.json”');
  await expect(page.getByRole('rowheader', { name: '甲' })).toBeVisible();
  // On a phone each person is a card, with every set named next to its status.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByRole('rowheader', { name: '甲' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(
    await page
      .locator('table.stack td')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content),
  ).toContain('每日一题');
});
