import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { estimateHolidays, qingmingDay, statutoryHolidays } from '../../../src/rules/holiday-estimate';
import { HolidayCalendarSchema } from '../../../src/schemas/holidays';

const published = HolidayCalendarSchema.parse(
  parse(readFileSync(new URL('../../../content/diagnosis/holidays.yaml', import.meta.url), 'utf8')),
);

describe('statutoryHolidays', () => {
  it('finds 2027’s eleven statutory days from the Chinese calendar and the solar term', () => {
    expect(statutoryHolidays(2027)).toEqual([
      { date: '2027-01-01', name: 'new_year' },
      { date: '2027-02-06', name: 'spring_festival' }, // 除夕, a Saturday
      { date: '2027-02-07', name: 'spring_festival' }, // 正月初一
      { date: '2027-02-08', name: 'spring_festival' },
      { date: '2027-02-09', name: 'spring_festival' },
      { date: '2027-04-05', name: 'qingming' },
      { date: '2027-05-01', name: 'labour_day' },
      { date: '2027-05-02', name: 'labour_day' },
      { date: '2027-06-09', name: 'dragon_boat' },
      { date: '2027-09-15', name: 'mid_autumn' },
      { date: '2027-10-01', name: 'national_day' },
      { date: '2027-10-02', name: 'national_day' },
      { date: '2027-10-03', name: 'national_day' },
    ]);
  });

  it('keeps 中秋 2025 as its own day just after the three 国庆 days', () => {
    expect(statutoryHolidays(2025).filter((h) => h.date.startsWith('2025-10'))).toHaveLength(3 + 1);
    expect(statutoryHolidays(2025).find((h) => h.date === '2025-10-06')?.name).toBe('mid_autumn');
  });

  it.each([2025, 2026])('puts every %i statutory day on a day off of the published notice', (year) => {
    const off = new Set(published.holidays.map((h) => h.date));
    expect(statutoryHolidays(year).filter((h) => !off.has(h.date))).toEqual([]);
  });
});

describe('qingmingDay', () => {
  it.each([
    [2023, '2023-04-05'],
    [2024, '2024-04-04'],
    [2025, '2025-04-04'],
    [2026, '2026-04-05'],
    [2027, '2027-04-05'],
  ])('puts 清明 %i on %s', (year, date) => {
    expect(qingmingDay(year)).toBe(date);
  });
});

describe('estimateHolidays', () => {
  it('adds a 补假 weekday for each statutory day on a weekend in 2027', () => {
    const makeUps = estimateHolidays(2027).filter((h) => h.name.endsWith(':makeup'));
    expect(makeUps).toEqual([
      { date: '2027-02-10', name: 'spring_festival:makeup' },
      { date: '2027-02-11', name: 'spring_festival:makeup' },
      { date: '2027-05-03', name: 'labour_day:makeup' },
      { date: '2027-05-04', name: 'labour_day:makeup' },
      { date: '2027-10-04', name: 'national_day:makeup' },
      { date: '2027-10-05', name: 'national_day:makeup' },
    ]);
  });

  it.each([2025, 2026])('never gives a day off that the published %i notice has as a working day', (year) => {
    const off = new Set(published.holidays.map((h) => h.date));
    const estimated = estimateHolidays(year).map((h) => h.date);
    expect(estimated.filter((d) => !off.has(d))).toEqual([]);
  });

  it('does not depend on the device time zone', () => {
    const before = process.env['TZ'];
    process.env['TZ'] = 'America/Los_Angeles';
    try {
      expect(estimateHolidays(2027)[1]).toEqual({ date: '2027-02-06', name: 'spring_festival' });
    } finally {
      process.env['TZ'] = before;
    }
  });
});
