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
  questions: { id: string; code: string; text: string; kind: string; options: Option[] }[];
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

test('a cashier completes a diagnosis with the keyboard, and a manager opens the shared link', async ({
  page,
  browser,
  request,
}) => {
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
  await expect(other.getByRole('heading', { level: 2, name: /很可能是|可能是|还不能确定/ })).toHaveText(
    (await title.textContent())!,
  );
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

const devCases = (
  parse(readFileSync(join(import.meta.dirname, '../fixtures/diagnosis/cases-dev.yaml'), 'utf8')) as {
    cases: { id: string; facts: Record<string, string | number> }[];
  }
).cases;

/** The option a cashier taps for this case: its value, the hour range it falls in, or 不知道. */
function pick(question: Model['questions'][number], facts: Record<string, string | number>): Option {
  const fact = facts[question.id];
  const unknown = question.options.find((o) => o.value === 'unknown')!;
  if (question.kind === 'hours')
    return typeof fact === 'number'
      ? (question.options.filter((o) => o.hours !== undefined && o.hours <= fact).at(-1) ?? unknown)
      : unknown;
  return question.options.find((o) => o.value === fact && o.value !== 'unknown') ?? unknown;
}

test('on a 360×740 phone 不知道 and 跳过 fit on every question, the verdict comes to the top, and Back does not redo an undone answer', async ({
  browser,
  request,
}) => {
  const model = (await (await request.get('/diagnose/model.json')).json()) as Model;
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true });
  const page = await context.newPage();
  const facts = devCases.find((c) => c.id === 'D15')!.facts; // 公安冻结的结算卡：钱在卡上却取不出
  await page.goto('/diagnose/');
  const result = page.getByRole('heading', { level: 2, name: /很可能是|可能是|还不能确定|并列/ });
  const heading = page.locator('#step-title');
  for (let number = 1; ; number++) {
    await expect(heading.or(result)).toBeVisible();
    if (await result.isVisible()) break;
    await expect(page.getByRole('button', { name: '不知道', exact: true })).toBeInViewport({ ratio: 1 });
    if (number > 1) await expect(page.getByRole('button', { name: /跳过/ })).toBeInViewport({ ratio: 1 });
    const text = (await heading.textContent())!.trim();
    const question = model.questions.find((q) => q.text === text)!;
    await page.getByRole('button', { name: pick(question, facts).label, exact: true }).click();
    await expect(heading.filter({ hasText: text })).toHaveCount(0);
  }
  await expect(result).toBeFocused();
  await expect(result).toContainText('冻结');
  const box = (await result.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(-1); // sub-pixel scrolling
  expect(box.y).toBeLessThan(60);
  await expect(page.locator('.certainty')).toBeInViewport({ ratio: 1 });
  await expect(page.locator('.first-action')).toBeInViewport();

  // 上一步 replaces the history entry: the phone's Back button then goes further back, not to the undone answer.
  const finished = new URL(page.url()).search;
  const lastCode = finished.split('&').at(-1)!.replace(/^\?/, '').split('=')[0]!;
  await page.getByRole('button', { name: '上一步' }).click();
  await expect(heading).toBeVisible();
  expect(page.url()).not.toContain(`${lastCode}=`);
  await page.goBack();
  expect(page.url()).not.toContain(`${lastCode}=`);
  await expect(heading).toBeVisible();

  // Entering with the first question pre-answered (from a cause page) starts at question 2.
  const problem = model.questions.find((q) => q.id === 'problem')!;
  await page.goto(`/diagnose/?${problem.code}=cannot_withdraw`);
  await expect(page.getByText('第 2 题')).toBeVisible();

  // When unsure, the result names the one question that would settle it.
  await page.getByRole('button', { name: /跳过/ }).click();
  await expect(result).toContainText(/可能是|还不能确定|并列/);
  await expect(page.getByText('最能帮你确定的一个问题')).toBeVisible();
  await context.close();
});

test('a cause page opens the wizard with what the person noticed already answered', async ({ page }) => {
  await page.goto('/causes/judicial_freeze/');
  await page.locator('.diagnose-entry a').click();
  await expect(page).toHaveURL(/\/diagnose\/\?pb=cannot_withdraw$/);
  await expect(page.getByText('第 2 题')).toBeVisible();
});

test('a cashier without the merchant app skips its questions in one tap and reaches a result within 8 taps', async ({
  page,
}) => {
  await page.goto('/diagnose/');
  const result = page.getByRole('heading', { level: 2, name: /很可能是|可能是|还不能确定|并列/ });
  const heading = page.locator('#step-title');
  let tapped = 0;
  let skippedApp = false;
  for (; tapped < 20; tapped++) {
    await expect(heading.or(result)).toBeVisible();
    if (await result.isVisible()) break;
    const text = (await heading.textContent())!.trim();
    const noApp = page.getByRole('button', { name: '手边没有商户 App' });
    if (!skippedApp && (await noApp.isVisible())) {
      await noApp.click();
      skippedApp = true;
      await expect(heading.filter({ hasText: text })).toHaveCount(0);
      // 上一步 takes the whole tap back, and it can be tapped again.
      await page.getByRole('button', { name: '上一步' }).click();
      await expect(heading).toHaveText(text);
      await noApp.click();
    } else {
      await page.getByRole('button', { name: '不知道', exact: true }).click();
    }
    await expect(heading.filter({ hasText: text })).toHaveCount(0);
  }
  expect(skippedApp).toBe(true);
  expect(tapped).toBeLessThanOrEqual(8);
  await expect(result).toBeFocused();
});
