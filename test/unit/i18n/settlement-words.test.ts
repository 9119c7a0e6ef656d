import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n';
import { dayReason, formatDay, holidayName, statusText } from '../../../src/i18n/settlement-words';

const t = translator('zh-CN');

describe('settlement words', () => {
  it('writes the month, day and weekday, and the year only when it is not the current one', () => {
    expect(formatDay(t, '2025-10-09')).toBe('10月9日（周四）');
    expect(formatDay(t, '2026-01-04', 2025)).toBe('2026年1月4日（周日）');
    expect(formatDay(t, '2025-10-09', 2025, 'plain')).toBe('10月9日 周四');
    expect(formatDay(t, '2025-02-30')).toBe('');
  });

  it.each([
    ['春节', false, '春节'],
    ['spring_festival', true, '春节'],
    ['mid_autumn+national_day', true, '中秋节、国庆节'],
    ['labour_day:makeup', true, '劳动节补假'],
  ])('names the holiday %s (estimated: %s) %s', (name, estimated, words) => {
    expect(holidayName(t, name, estimated)).toBe(words);
  });

  it.each([
    [{ date: '2025-10-04', kind: 'weekend', estimated: false }, '周末，不算工作日，往后顺延'],
    [{ date: '2025-10-01', kind: 'holiday', name: '国庆节', estimated: false }, '国庆节放假，不算工作日，往后顺延'],
    [
      { date: '2027-02-10', kind: 'holiday', name: 'spring_festival:makeup', estimated: true },
      '春节补假，不算工作日，往后顺延（估算）',
    ],
    [
      { date: '2027-02-06', kind: 'holiday', name: 'spring_festival', estimated: true },
      '春节放假，不算工作日，往后顺延（估算）',
    ],
    [
      { date: '2026-02-14', kind: 'swap_workday', name: '春节调休', estimated: false },
      '春节调休上班日，算工作日：很多收单机构这天照常结算，以收单机构规则为准',
    ],
    [{ date: '2027-02-12', kind: 'working', estimated: true }, '工作日，这天结算（估算）'],
  ] as const)('gives the reason for %o', (day, reason) => {
    expect(dayReason(t, day)).toBe(reason);
  });

  it('says what to check when the status cannot be worked out', () => {
    expect(statusText(t, { kind: 'unknown', reason: { code: 'paid_after_now' } })).toBe(
      '付款时间晚于现在，请检查付款时间',
    );
  });
});
