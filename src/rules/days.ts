// Ships to the browser: calendar-day arithmetic on plain 'YYYY-MM-DD' strings, the one home for it.
// Every date goes through a UTC day number (days since 1970-01-01), so the device's time zone never matters.

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** A calendar date as 'YYYY-MM-DD'. */
export type Day = string;

/** Year, month (1–12) and day of month. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** The day number of a year, month (1–12) and day of month; an overflowing day rolls into the next month. */
export function dayOf(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

/** Parses 'YYYY-MM-DD' into a day number; undefined unless it is a real calendar date. */
export function dayNumber(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = dayOf(y, m, d);
  const back = ymdOf(day);
  return back.y === y && back.m === m && back.d === d ? day : undefined;
}

/** Year, month and day of a day number. */
export function ymdOf(day: number): Ymd {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 'YYYY-MM-DD' of a day number. */
export function isoOf(day: number): Day {
  const { y, m, d } = ymdOf(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Whether a day number is a Saturday or Sunday. */
export function isWeekend(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

/** Adds days to a calendar date, across month ends and leap years. */
export function addDays(day: Day, days: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return isoOf(dayOf(y, m, d + days));
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: Day, b: Day): number {
  const t = (x: Day) => Date.parse(`${x}T00:00:00Z`);
  return Math.round((t(b) - t(a)) / DAY_MS);
}
