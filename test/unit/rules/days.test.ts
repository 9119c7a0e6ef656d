import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, dayOf, daysBetween, isWeekend, isoOf, weekdayOf } from '../../../src/rules/days';

describe('days', () => {
  it.each([
    ['2024-02-29', 19782],
    ['1970-01-01', 0],
    ['2023-02-29', undefined],
    ['2025-13-01', undefined],
    ['2025-1-01', undefined],
  ])('reads %s as day %s', (date, day) => {
    expect(dayNumber(date)).toBe(day);
  });

  it('round-trips every day between 1900 and 2200 through its number', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(1900, 1, 1), max: dayOf(2200, 12, 31) }), (day) => {
        expect(dayNumber(isoOf(day))).toBe(day);
      }),
    );
  });

  it('knows 1970-01-01 was a Thursday and 2026-11-28 a Saturday', () => {
    expect(weekdayOf(0)).toBe(4);
    expect(isWeekend(dayNumber('2026-11-28')!)).toBe(true);
    expect(isWeekend(dayNumber('2026-11-30')!)).toBe(false);
  });

  it('adds days across month ends and leap years, and counts them back', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (n) => {
        expect(daysBetween('2025-03-30', addDays('2025-03-30', n))).toBe(n);
      }),
    );
  });

  it.each([
    ['2026-01-31', 30, '2026-03-02'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-29', 365, '2025-02-28'],
  ])('adds days across month ends and leap years: %s + %i = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });
});
