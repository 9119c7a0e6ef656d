import { describe, expect, it } from 'vitest';
import { reportNumbers, type ClaimText } from '../../../src/lib/number-claims';

const text = (t: string, supports: string[] = []): ClaimText => ({
  file: 'content/x.mdx',
  field: '正文',
  text: t,
  supports,
});
const unbacked = (t: string, supports: string[] = []) =>
  reportNumbers([text(t, supports)]).unbacked.map((u) => u.number);

describe('reportNumbers', () => {
  it.each([
    ['a rate', '扫码费率是 0.38%。', ['0.38%']],
    ['a number of days', '退款要在 365 天内申请。', ['365 天']],
    ['a phone number', '打 95017 问。', ['95017']],
    ['a limit in yuan', '静态码每天限额 500 元。', ['500 元']],
    ['a count', '最多部分退款 50 次。', ['50 次']],
  ])('flags %s with no source or hedge', (_, sentence, expected) => {
    expect(unbacked(sentence)).toEqual(expected);
  });

  it.each([
    ['以…为准', '扫码费率是 0.38%，以签约合同为准。'],
    ['an approximation', '普通到账大约晚 2 小时。'],
    ['a reported figure', '常见说法是第 8 到 11 位。'],
    ['an unverified note', '凌晨 3 点前后出款，这一条未经官方确认。'],
  ])('accepts a number hedged by %s in the same sentence', (_, sentence) => {
    expect(unbacked(sentence)).toEqual([]);
  });

  it('needs the hedge in the same sentence, not the next one', () => {
    expect(unbacked('退款要在 365 天内申请。以平台规则为准。')).toEqual(['365 天']);
  });

  it('counts a number as sourced when a source of the page names it, and not a mere part of it', () => {
    expect(unbacked('一笔订单最多部分退款 50 次。', ['最多部分退款 50 次'])).toEqual([]);
    expect(unbacked('最多退 5 次。', ['最多部分退款 50 次'])).toEqual(['5 次']);
  });

  it('ignores dates, years, settlement-mode names, link targets and sale amounts', () => {
    expect(unbacked('2026 年 10 月 10 日是调休上班日，T+1 和 D0 见 [这里](/guides/x-2/)。顾客付了 36 元。')).toEqual(
      [],
    );
  });

  it('counts sourced and hedged numbers', () => {
    const report = reportNumbers([text('最多退 50 次。', ['50 次']), text('一般等 30 秒。')]);
    expect([report.sourced, report.hedged, report.unbacked.length]).toEqual([1, 1, 0]);
  });
});
