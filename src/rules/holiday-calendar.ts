// Ships to the browser: which days are working days in mainland China, from the published calendar
// (content/diagnosis/holidays.yaml) inside its `covers`, from the estimate (holiday-estimate.ts) after it.
import type { HolidayCalendar, SpecialDay } from '../schemas/holidays';
import { dayNumber, dayOf, isWeekend, isoOf, ymdOf } from './days';
import { estimateHolidays } from './holiday-estimate';

/** Why a day is or is not a working day: a plain weekday or weekend, a day off, or a 调休 Saturday/Sunday at work. */
export type DayKind = 'working' | 'weekend' | 'holiday' | 'swap_workday';

/** One day the T+1 rule looked at, in order: the skipped days, then the day the money arrives. */
export interface DayCheck {
  /** The day (YYYY-MM-DD). */
  date: string;
  kind: DayKind;
  /**
   * The holiday or 调休 name: as the calendar writes it when published, a holiday code of holiday-estimate.ts
   * ('spring_festival', 'mid_autumn+national_day', 'labour_day:makeup') when estimated.
   */
  name?: string;
  /** true when the day comes from the estimate for a year with no published notice. */
  estimated: boolean;
}

/** The calendar as day numbers, built once per calendar. */
export interface Lookup {
  /** First and last day of `covers`. */
  from: number;
  to: number;
  holidays: Map<number, string>;
  workdays: Map<number, string>;
  /** Estimated days off per year after `to` (filled on demand). */
  estimates: Map<number, Map<number, string>>;
}

const lookups = new WeakMap<HolidayCalendar, Lookup>();

const byDay = (days: SpecialDay[]) =>
  new Map(days.flatMap((h) => (dayNumber(h.date) === undefined ? [] : [[dayNumber(h.date)!, h.name] as const])));

/** The calendar's lookup tables (cached per calendar object). */
export function lookupOf(calendar: HolidayCalendar): Lookup {
  const cached = lookups.get(calendar);
  if (cached) return cached;
  const lookup = {
    from: dayNumber(calendar.covers.from) ?? Number.POSITIVE_INFINITY,
    to: dayNumber(calendar.covers.to) ?? Number.NEGATIVE_INFINITY,
    holidays: byDay(calendar.holidays),
    workdays: byDay(calendar.workdays),
    estimates: new Map(),
  };
  lookups.set(calendar, lookup);
  return lookup;
}

function estimatedOff(lookup: Lookup, year: number): Map<number, string> {
  let days = lookup.estimates.get(year);
  if (!days) {
    days = byDay(estimateHolidays(year));
    lookup.estimates.set(year, days);
  }
  return days;
}

/** What kind of day `day` is: from the published calendar inside `covers`, from the estimate after it, unknown before it. */
export function checkDay(lookup: Lookup, day: number): DayCheck | undefined {
  if (day < lookup.from) return undefined;
  const date = isoOf(day);
  const weekend = isWeekend(day);
  if (day > lookup.to) {
    const name = estimatedOff(lookup, ymdOf(day).y).get(day);
    if (name) return { date, kind: 'holiday', name, estimated: true };
    return { date, kind: weekend ? 'weekend' : 'working', estimated: true };
  }
  const swap = lookup.workdays.get(day);
  if (swap) return { date, kind: 'swap_workday', name: swap, estimated: false };
  const holiday = lookup.holidays.get(day);
  if (holiday) return { date, kind: 'holiday', name: holiday, estimated: false };
  return { date, kind: weekend ? 'weekend' : 'working', estimated: false };
}

/** Whether a checked day is one the bank works (a weekday or a 调休 working day). */
export const isWorking = (check: DayCheck) => check.kind === 'working' || check.kind === 'swap_workday';

/**
 * Whether `date` (YYYY-MM-DD) is a working day in mainland China: published days inside the calendar's `covers`,
 * estimated days after it (see holiday-estimate.ts); undefined before `covers` or for a malformed date.
 */
export function isWorkingDay(calendar: HolidayCalendar, date: string): boolean | undefined {
  const day = dayNumber(date);
  const check = day === undefined ? undefined : checkDay(lookupOf(calendar), day);
  return check && isWorking(check);
}

/** Every day off and 调休 working day of `year`: published when the calendar covers the whole year, else estimated. */
export function yearCalendar(
  calendar: HolidayCalendar,
  year: number,
): { year: number; estimated: boolean; holidays: SpecialDay[]; workdays: SpecialDay[] } | undefined {
  const lookup = lookupOf(calendar);
  const first = dayOf(year, 1, 1);
  const last = dayOf(year, 12, 31);
  if (first < lookup.from) return undefined;
  if (last <= lookup.to) {
    const inYear = (d: SpecialDay) => d.date.startsWith(`${year}-`);
    return {
      year,
      estimated: false,
      holidays: calendar.holidays.filter(inYear),
      workdays: calendar.workdays.filter(inYear),
    };
  }
  if (first <= lookup.to) return undefined; // half published, half not: no such calendar is written
  return { year, estimated: true, holidays: estimateHolidays(year), workdays: [] };
}
