// Ships to the browser: an estimate of mainland China's public holidays for a year with no State Council notice yet.
// Statutory days (全国年节及纪念日放假办法, as amended in 2024): 元旦 1 day, 春节 4 days from 除夕, 清明 1, 劳动节 2,
// 端午 1, 中秋 1, 国庆 3. A statutory day on a Saturday or Sunday is made up on the next working day (补假, article 6).
// 调休 working days cannot be predicted, so an estimate has none; the published notice always wins.
import type { SpecialDay } from '../schemas/holidays';
import { DAY_MS, dayNumber, dayOf, isWeekend, isoOf } from './days';

// The device's time zone must not matter: every date is formatted as a UTC calendar day.
const lunarFormat = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });

/** Lunar month and day of a Gregorian day; a leap month (闰月, e.g. "2bis") never matches a festival and gives month 0. */
function lunarOf(day: number): { month: number; day: number } {
  const parts = lunarFormat.formatToParts(new Date(day * DAY_MS));
  const month = parts.find((p) => p.type === 'month')?.value ?? '';
  const date = parts.find((p) => p.type === 'day')?.value ?? '';
  return { month: /^\d+$/.test(month) ? Number(month) : 0, day: Number(date) };
}

/** The Gregorian day of lunar month/day in `year`, searching from `from` (a month/day window where it always falls). */
function findLunar(
  year: number,
  month: number,
  date: number,
  from: [number, number],
  span: number,
): number | undefined {
  const start = dayOf(year, from[0], from[1]);
  for (let day = start; day < start + span; day += 1) {
    const lunar = lunarOf(day);
    if (lunar.month === month && lunar.day === date) return day;
  }
  return undefined;
}

/**
 * 清明 (the solar term Pure Brightness), 4 or 5 April in 2001–2099: the usual formula [Y×0.2422 + 4.81] − [Y/4] with
 * Y = the year's last two digits. Checked against the State Council notices for 2023–2026.
 */
export function qingmingDay(year: number): string {
  const y = year % 100;
  const date = Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4);
  return isoOf(dayOf(year, 4, date));
}

/** The statutory holidays, by the code an estimated day carries as its name (the UI words them). */
export const HOLIDAY_CODES = [
  'new_year',
  'spring_festival',
  'qingming',
  'labour_day',
  'dragon_boat',
  'mid_autumn',
  'national_day',
] as const;

/** One of HOLIDAY_CODES. */
export type HolidayCode = (typeof HOLIDAY_CODES)[number];

/** The suffix of a 补假 day's name: 'spring_festival:makeup'. */
export const MAKE_UP = ':makeup';

/**
 * The statutory days of `year` named by holiday code, in date order, without 补假. Empty when the lunar dates are not
 * found.
 */
export function statutoryHolidays(year: number): SpecialDay[] {
  const newYear = findLunar(year, 1, 1, [1, 15], 45);
  const duanwu = findLunar(year, 5, 5, [5, 25], 40);
  const midAutumn = findLunar(year, 8, 15, [9, 5], 40);
  if (newYear === undefined || duanwu === undefined || midAutumn === undefined) return [];
  const days: SpecialDay[] = [
    { date: isoOf(dayOf(year, 1, 1)), name: 'new_year' },
    ...[-1, 0, 1, 2].map((offset) => ({ date: isoOf(newYear + offset), name: 'spring_festival' })),
    { date: qingmingDay(year), name: 'qingming' },
    { date: isoOf(dayOf(year, 5, 1)), name: 'labour_day' },
    { date: isoOf(dayOf(year, 5, 2)), name: 'labour_day' },
    { date: isoOf(duanwu), name: 'dragon_boat' },
    { date: isoOf(midAutumn), name: 'mid_autumn' },
    ...[1, 2, 3].map((d) => ({ date: isoOf(dayOf(year, 10, d)), name: 'national_day' })),
  ];
  // 中秋 can fall inside 国庆: one day off, both codes ('mid_autumn+national_day').
  const merged = new Map<string, string>();
  for (const { date, name } of days) merged.set(date, merged.has(date) ? `${merged.get(date)}+${name}` : name);
  return [...merged].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The estimated days off of `year`: the statutory days, plus one 补假 weekday for each statutory day that falls on a
 * Saturday or Sunday (the first weekday after it that is not already off). No 调休 working days.
 */
export function estimateHolidays(year: number): SpecialDay[] {
  const statutory = statutoryHolidays(year);
  const off = new Map(statutory.map((h) => [h.date, h.name]));
  for (const { date, name } of statutory) {
    const day = dayNumber(date)!;
    if (!isWeekend(day)) continue;
    let makeUp = day + 1;
    while (isWeekend(makeUp) || off.has(isoOf(makeUp))) makeUp += 1;
    off.set(isoOf(makeUp), `${name.split('+')[0]}${MAKE_UP}`);
  }
  return [...off].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}
