import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

interface Option {
  value: string;
  label: string;
  hours?: number;
}
interface Model {
  questions: { id: string; text: string; kind: string; options: Option[] }[];
  causes: { id: string; name: string }[];
}
const scenarios = parse(readFileSync(join(import.meta.dirname, '../fixtures/diagnosis/scenarios.yaml'), 'utf8')) as {
  name: string;
  observations: Record<string, string | number>;
  top: string;
}[];

/** Answers each question the wizard asks from the scenario, using only the keyboard (Tab to the answer, Enter). */
async function answerWithKeyboard(page: Page, model: Model, observations: Record<string, string | number>) {
  const result = page.getByRole('heading', { level: 2, name: /很可能是|可能是|还不能确定/ });
  for (let asked = 0; asked < model.questions.length; asked++) {
    const heading = page.locator('#step-title');
    await expect(heading.or(result)).toBeVisible();
    if (await result.isVisible()) return;
    const text = (await heading.textContent())!.trim();
    const question = model.questions.find((q) => q.text === text)!;
    const wanted = observations[question.id];
    const option =
      question.options.find((o) => (question.kind === 'hours' ? o.hours === wanted : o.value === wanted)) ??
      question.options.find((o) => o.value === 'unknown')!;
    await expect(heading).toBeFocused();
    for (let presses = 0; presses < 20; presses++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === option.label) break;
    }
    await expect(page.locator(':focus')).toHaveText(option.label);
    await page.keyboard.press('Enter');
    await expect(heading.filter({ hasText: text })).toHaveCount(0);
  }
}

test('a cashier completes a diagnosis with the keyboard, and a manager opens the shared link', async ({ page, browser, request }) => {
  const model = (await (await request.get('/diagnose/model.json')).json()) as Model;
  const scenario = scenarios.find((s) => s.top === 'qr_code_tampered')!;
  await page.goto('/diagnose/');
  await answerWithKeyboard(page, model, scenario.observations);

  const title = page.getByRole('heading', { level: 2, name: /很可能是|可能是|还不能确定/ });
  await expect(title).toContainText('收款码');
  await expect(page.getByRole('link', { name: /收款码被人覆盖或调包/ }).first()).toBeVisible();

  const firstEvidence = page.getByRole('checkbox').first();
  await firstEvidence.focus();
  await page.keyboard.press('Space');
  await expect(firstEvidence).toBeChecked();

  await page.getByLabel('金额（元）').fill('12.345');
  await expect(page.getByText('金额只写数字，最多两位小数')).toBeVisible();
  await page.getByLabel('金额（元）').fill('128.50');
  await page.getByLabel('订单号（商户单号或交易单号）').fill('4200001234567890');
  await expect(page.getByLabel('可以直接复制发送的文字')).toHaveValue(/金额 128\.50 元，订单号 4200001234567890/);
  await expect(page.getByRole('img', { name: '本次排查结果的链接二维码' })).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: '复制文字' })).toBeHidden();
  await expect(page.getByLabel('可以直接复制发送的文字')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  const shared = page.url();
  expect(shared).toMatch(/\/diagnose\/\?[a-z]{2}=/);
  const manager = await browser.newContext();
  const other = await manager.newPage();
  await other.goto(shared);
  await expect(other.getByRole('heading', { level: 2, name: /很可能是|可能是|还不能确定/ })).toHaveText((await title.textContent())!);
  await manager.close();

  await page.getByRole('button', { name: '上一步' }).click();
  await expect(page.locator('#step-title')).toBeVisible();
  await page.goBack();
  await page.goForward();
  await expect(page.locator('#step-title')).toBeVisible();
});

test('a hostile or truncated link starts afresh with a message', async ({ page }) => {
  await page.goto('/diagnose/?cs=%3Cscript%3Ealert(1)%3C/script%3E&zz=1');
  await expect(page.getByRole('alert')).toContainText('已从第一题重新开始');
  await expect(page.locator('#step-title')).toBeVisible();
  await expect(page).toHaveURL(/\/diagnose\/$/);
});

test('without JavaScript the diagnosis page shows the decision table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/diagnose/');
  await expect(page.getByText('在线排查需要浏览器开启 JavaScript')).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.getByRole('rowheader').first()).toBeVisible();
  await page.goto('/diagnose/map/');
  await expect(page.getByRole('heading', { level: 1, name: '排查对照表' })).toBeVisible();
  await context.close();
});
