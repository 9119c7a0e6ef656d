import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HolidayCalendarSchema } from '../../../src/schemas/holidays';
import { translator } from '../../../src/i18n';
import { arrivalNoteText, problemText, statusText } from '../../../src/i18n/settlement-words';
import { isWorkingDay } from '../../../src/rules/holiday-calendar';
import { expectedArrival, settlementStatus, type Arrival, type SettlementMode } from '../../../src/rules/settlement';

const raw: unknown = parse(readFileSync(new URL('../../../content/diagnosis/holidays.yaml', import.meta.url), 'utf8'));
const calendar = HolidayCalendarSchema.parse(raw);
const t = translator('zh-CN');
/** The note as the reader sees it (src/i18n/settlement-words.ts words the rules' codes). */
const noteOf = (arrival: Arrival) => (arrival.kind === 'date' ? arrivalNoteText(t, arrival) : '');

describe('holidays.yaml', () => {
  it('covers 2025 and 2026', () => {
    expect(calendar.covers).toEqual({ from: '2025-01-01', to: '2026-12-31' });
  });

  it('puts every 调休 workday on a Saturday or Sunday', () => {
    for (const { date } of calendar.workdays) expect([0, 6]).toContain(new Date(`${date}T00:00Z`).getUTCDay());
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2025-10-08', false], // 国庆中秋 last day
    ['2025-10-11', true], // 调休 Saturday
    ['2025-10-12', false], // plain Sunday
    ['2025-10-13', true], // plain Monday
    ['2026-01-04', true], // 元旦调休 Sunday
    ['2024-12-31', undefined], // before covers
    ['2027-01-01', false], // after covers: estimated 元旦
    ['2027-02-10', false], // estimated 春节补假 (除夕 falls on a Saturday)
    ['2027-02-12', true], // estimated plain Friday
    ['2025-02-30', undefined], // not a date
  ] as const)('says %s is a working day: %s', (date, expected) => {
    expect(isWorkingDay(calendar, date)).toBe(expected);
  });
});

describe('expectedArrival', () => {
  it.each<[string, string, SettlementMode, string]>([
    ['T1 on a weekday arrives the next day', '2025-11-25T10:00', 'T1', '2025-11-26'],
    ['T1 on Friday evening arrives on Monday', '2025-11-28T20:30', 'T1', '2025-12-01'],
    ['T1 on Saturday arrives on Monday', '2025-11-29T12:00', 'T1', '2025-12-01'],
    ['T1 the day before 国庆 2025 arrives on 10/9', '2025-09-30T18:00', 'T1', '2025-10-09'],
    ['T1 during 春节 2026 arrives on 2/24', '2026-02-17T11:00', 'T1', '2026-02-24'],
    ['T1 before the 春节 2026 调休 Saturday arrives on that Saturday', '2026-02-13T15:00', 'T1', '2026-02-14'],
    ['T1 before the 春节 2025 调休 Saturday arrives on that Saturday', '2025-02-07T09:00', 'T1', '2025-02-08'],
    ['T1 on a Saturday before a 调休 Sunday arrives on Sunday', '2025-09-27T10:00', 'T1', '2025-09-28'],
    ['T1 on New Year’s Eve 2025 arrives on the 元旦 调休 Sunday', '2025-12-31T21:00', 'T1', '2026-01-04'],
    ['T1 before 劳动节 2026 arrives after the holiday', '2026-04-30T16:00', 'T1', '2026-05-06'],
    ['T1 before 端午 2026 arrives on Monday', '2026-06-18T19:00', 'T1', '2026-06-22'],
    ['T1 just before the coverage ends still arrives', '2026-12-30T10:00', 'T1', '2026-12-31'],
    ['T1 paid the day before coverage starts only needs covered days', '2024-12-31T10:00', 'T1', '2025-01-02'],
    ['D1 ignores 国庆', '2025-09-30T18:00', 'D1', '2025-10-01'],
    ['D1 ignores weekends', '2025-11-29T12:00', 'D1', '2025-11-30'],
    ['D0 inside service hours arrives the same day', '2025-10-01T10:00', 'D0', '2025-10-01'],
    ['D0 after service hours arrives the next day', '2025-10-01T22:30', 'D0', '2025-10-02'],
    ['D0 before service hours arrives the next day', '2025-10-01T06:59', 'D0', '2025-10-02'],
    ['D0 at the last minute before closing arrives the same day', '2025-10-01T21:59', 'D0', '2025-10-01'],
    ['the wallet arrives the same day, even on a holiday', '2026-02-17T23:59', 'instant_wallet', '2026-02-17'],
  ])('%s', (_name, paidAt, mode, date) => {
    expect(expectedArrival(calendar, paidAt, mode)).toMatchObject({ kind: 'date', date });
  });

  it('uses custom D0 service hours', () => {
    expect(expectedArrival(calendar, '2025-10-01T22:30', 'D0', { d0Hours: { start: 8, end: 23 } })).toMatchObject({
      kind: 'date',
      date: '2025-10-01',
    });
  });

  it('tells the reader D0 hours depend on the acquirer', () => {
    for (const paidAt of ['2025-10-01T10:00', '2025-10-01T23:00']) {
      const arrival = expectedArrival(calendar, paidAt, 'D0');
      expect(noteOf(arrival)).toContain('以收单机构规则为准');
    }
  });

  it.each([
    ['2025-11-28T20:30', '遇到周末'],
    ['2025-09-30T18:00', '遇到国庆节、中秋节假期'],
    ['2026-02-13T15:00', '调休上班日'],
  ])('explains why T1 paid at %s rolls forward', (paidAt, fragment) => {
    const arrival = expectedArrival(calendar, paidAt, 'T1');
    expect(noteOf(arrival)).toContain(fragment);
  });

  it('refuses to guess before the coverage, where the older holiday rules applied', () => {
    const arrival = expectedArrival(calendar, '2024-12-30T10:00', 'T1');
    expect(arrival).toEqual({ kind: 'unknown', reason: { code: 'before_coverage', from: '2025-01-01' } });
    expect(arrival.kind === 'unknown' && problemText(t, arrival.reason)).toBe(
      '节假日数据从 2025年1月1日 开始，更早的日子无法推算',
    );
  });

  it.each<[string, string, string, string]>([
    ['T1 on the last covered day runs into the estimated 元旦 2027', '2026-12-31T10:00', '2027-01-04', '元旦'],
    ['T1 before the estimated 春节 2027 waits for the 补假 days', '2027-02-05T20:00', '2027-02-12', '春节'],
    ['T1 before the estimated 国庆 2027 waits for the 补假 days', '2027-09-30T20:00', '2027-10-06', '国庆节'],
    ['T1 in a later year uses that year’s estimate', '2030-06-03T10:00', '2030-06-04', ''],
  ])('estimates %s', (_name, paidAt, date, holiday) => {
    const arrival = expectedArrival(calendar, paidAt, 'T1');
    expect(arrival).toMatchObject({ kind: 'date', date, estimated: true });
    expect(noteOf(arrival)).toContain('估算：调休以国务院通知为准');
    if (holiday) expect(noteOf(arrival)).toContain(holiday);
  });

  it('lists each day it looked at, with the reason it was skipped', () => {
    const arrival = expectedArrival(calendar, '2026-02-13T15:00', 'T1');
    expect(arrival.kind === 'date' && arrival.days).toEqual([
      { date: '2026-02-14', kind: 'swap_workday', name: '春节调休', estimated: false },
    ]);
    const long = expectedArrival(calendar, '2025-09-30T18:00', 'T1');
    expect(long.kind === 'date' && long.days?.map((d) => d.kind)).toEqual([...Array(8).fill('holiday'), 'working']);
  });

  it.each(['2025-11-25', '2025-11-25T25:00', '2025-13-01T10:00', 'yesterday'])(
    'rejects the malformed time %s',
    (paidAt) => {
      expect(expectedArrival(calendar, paidAt, 'D1').kind).toBe('unknown');
    },
  );

  it.each<[string, string, SettlementMode, string]>([
    [
      'T1 after a 22:00 cut-off on Thursday counts as Friday’s and arrives on Monday',
      '2025-11-27T22:10',
      'T1',
      '2025-12-01',
    ],
    ['T1 before the cut-off on Thursday arrives on Friday', '2025-11-27T21:59', 'T1', '2025-11-28'],
    ['D1 after the cut-off arrives two days later', '2025-11-27T22:00', 'D1', '2025-11-29'],
  ])('%s', (_name, paidAt, mode, date) => {
    const arrival = expectedArrival(calendar, paidAt, mode, { cutoffHour: 22 });
    expect(arrival).toMatchObject({ kind: 'date', date });
  });

  it('says when the cut-off moved the payment to the next day', () => {
    const arrival = expectedArrival(calendar, '2025-11-27T22:10', 'T1', { cutoffHour: 22 });
    expect(noteOf(arrival)).toContain('晚于日切时间 22:00');
  });

  it('rejects D0 hours that end before they start', () => {
    expect(expectedArrival(calendar, '2025-10-01T10:00', 'D0', { d0Hours: { start: 22, end: 7 } }).kind).toBe(
      'unknown',
    );
  });
});

describe('settlementStatus', () => {
  it.each<[string, string, SettlementMode, string, { kind: string; date: string; message: string }]>([
    [
      'is not due the evening before',
      '2026-11-26T20:00',
      'T1',
      '2026-11-26T21:00',
      { kind: 'not_due', date: '2026-11-27', message: '预计 11月27日（周五）到账，还没到期' },
    ],
    [
      'is not due during the due day',
      '2026-11-26T20:00',
      'T1',
      '2026-11-27T10:00',
      { kind: 'not_due', date: '2026-11-27', message: '预计今天 11月27日（周五） 到账，今天之内到账都算正常' },
    ],
    [
      'is overdue the day after',
      '2026-11-26T20:00',
      'T1',
      '2026-11-28T09:00',
      { kind: 'overdue', date: '2026-11-27', message: '已超过正常到账时间（应在 11月27日 周五 到账）' },
    ],
    [
      'is not due during 国庆 for T1',
      '2025-09-30T18:00',
      'T1',
      '2025-10-05T10:00',
      { kind: 'not_due', date: '2025-10-09', message: '预计 10月9日（周四）到账，还没到期' },
    ],
    [
      'is overdue during 国庆 for D1',
      '2025-09-30T18:00',
      'D1',
      '2025-10-05T10:00',
      { kind: 'overdue', date: '2025-10-01', message: '已超过正常到账时间（应在 10月1日 周三 到账）' },
    ],
    [
      'names the year when the money arrives next year',
      '2025-12-31T20:00',
      'T1',
      '2025-12-31T21:00',
      { kind: 'not_due', date: '2026-01-04', message: '预计 2026年1月4日（周日）到账，还没到期' },
    ],
    [
      'says a date after the coverage is an estimate',
      '2026-12-31T20:00',
      'T1',
      '2027-01-02T10:00',
      {
        kind: 'not_due',
        date: '2027-01-04',
        message: '预计 1月4日（周一）到账，还没到期（估算：调休以国务院通知为准）',
      },
    ],
  ])('%s', (_name, paidAt, mode, now, expected) => {
    const status = settlementStatus(calendar, paidAt, mode, now);
    expect({
      kind: status.kind,
      date: status.kind === 'unknown' ? '' : status.date,
      message: statusText(t, status),
    }).toEqual(expected);
  });

  it('is unknown when now is before the payment', () => {
    expect(settlementStatus(calendar, '2025-11-25T10:00', 'T1', '2025-11-24T10:00').kind).toBe('unknown');
  });

  it('is unknown when now is malformed', () => {
    expect(settlementStatus(calendar, '2025-11-25T10:00', 'T1', 'now').kind).toBe('unknown');
  });
});

describe('HolidayCalendarSchema', () => {
  const base = {
    source: 'test',
    covers: { from: '2025-01-01', to: '2025-12-31' },
    holidays: [{ date: '2025-10-01', name: '国庆节' }],
    workdays: [{ date: '2025-10-11', name: '国庆节调休' }],
  };

  it('accepts a small valid calendar', () => {
    expect(HolidayCalendarSchema.safeParse(base).success).toBe(true);
  });

  it.each([
    ['a workday outside covers', { workdays: [{ date: '2026-01-04', name: '元旦调休' }] }],
    ['a holiday outside covers', { holidays: [{ date: '2024-12-31', name: '元旦' }] }],
    [
      'a date that is both a holiday and a workday',
      { holidays: [{ date: '2025-10-11', name: '国庆节' }], workdays: [{ date: '2025-10-11', name: '国庆节调休' }] },
    ],
    ['covers that end before they start', { covers: { from: '2025-12-31', to: '2025-01-01' } }],
    ['a date not written YYYY-MM-DD', { holidays: [{ date: '2025-10-1', name: '国庆节' }] }],
    ['a date that does not exist', { holidays: [{ date: '2025-02-30', name: '春节' }] }],
    ['a workday on a weekday', { workdays: [{ date: '2025-10-10', name: '国庆节调休' }] }],
    [
      'a repeated date',
      {
        holidays: [
          { date: '2025-10-01', name: '国庆节' },
          { date: '2025-10-01', name: '国庆节' },
        ],
      },
    ],
    ['an unquoted YAML date that became a Date', { holidays: [{ date: new Date('2025-10-01'), name: '国庆节' }] }],
  ])('rejects %s', (_name, patch) => {
    expect(HolidayCalendarSchema.safeParse({ ...base, ...patch }).success).toBe(false);
  });
});
