// Ships to the browser: pure settlement-date rules.
// When should money paid at a given Beijing time be on the settlement card? (facts.md §4.6 settlement_not_due)
// Dates are plain 'YYYY-MM-DD' strings; arithmetic goes through Date.UTC day numbers, so the device's time zone never matters.
import type { HolidayCalendar, SpecialDay } from '../schemas/holidays';
import { dayNumber, dayOf, isWeekend, isoOf, weekdayOf, ymdOf } from './days';
import { estimateHolidays } from './holiday-estimate';

/** Every way an acquirer pays out, the one list: the wizard's settlement_mode options are checked against it. */
export const SETTLEMENT_MODES = ['T1', 'D1', 'D0', 'instant_wallet'] as const;

/** How the acquirer pays out: T+1 (next working day), D+1 (next calendar day), D0 (same day in service hours), wallet (minutes). */
export type SettlementMode = (typeof SETTLEMENT_MODES)[number];

/** Whether an answer names a settlement mode these rules can work out (not 'unknown', not a new option). */
export function isSettlementMode(value: unknown): value is SettlementMode {
  return (SETTLEMENT_MODES as readonly unknown[]).includes(value);
}

/** Why a day is or is not a working day: a plain weekday or weekend, a day off, or a 调休 Saturday/Sunday at work. */
export type DayKind = 'working' | 'weekend' | 'holiday' | 'swap_workday';

/** One day the T+1 rule looked at, in order: the skipped days, then the day the money arrives. */
export interface DayCheck {
  /** The day (YYYY-MM-DD). */
  date: string;
  kind: DayKind;
  /** The holiday or 调休 name from the calendar (春节, 国庆节补假, 春节调休…). */
  name?: string;
  /** true when the day comes from the estimate for a year with no published notice. */
  estimated: boolean;
}

/** When the money should be on the card, or why that cannot be worked out. */
export type Arrival =
  | {
      kind: 'date';
      date: string;
      note: string;
      /** true when a day on the way was judged from the estimate, not a published notice (T1 only). */
      estimated?: boolean;
      /** The days T1 looked at (T1 only). */
      days?: DayCheck[];
    }
  | { kind: 'unknown'; reason: string };

/** The note added to anything worked out from an estimated year. */
export const ESTIMATE_NOTE = '估算：调休以国务院通知为准';

export type SettlementStatus =
  | { kind: 'not_due'; date: string; message: string }
  | { kind: 'overdue'; date: string; message: string }
  | { kind: 'unknown'; message: string };

export interface SettlementOptions {
  /** D0 service hours, Beijing time, `start` inclusive and `end` exclusive (default 7–22). Vendor-specific. */
  d0Hours?: { start: number; end: number };
  /** T1/D1: the acquirer's daily cut-off hour (0–24, Beijing time); a payment at or after it is booked on the next day. */
  cutoffHour?: number;
}

const DEFAULT_D0_HOURS = { start: 7, end: 22 } as const;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

// ---- plain-date helpers -------------------------------------------------------------------------------------------

/** '11月27日（周五）' (or '11月27日 周五' with `plain`); the year is prefixed when it differs from `currentYear`. Empty string for a malformed date. */
export function formatDay(date: string, currentYear?: number, style: 'paren' | 'plain' = 'paren'): string {
  const day = dayNumber(date);
  if (day === undefined) return '';
  const { y, m, d } = ymdOf(day);
  const year = currentYear !== undefined && currentYear !== y ? `${y}年` : '';
  const weekday = WEEKDAYS[weekdayOf(day)] ?? '';
  return style === 'paren' ? `${year}${m}月${d}日（${weekday}）` : `${year}${m}月${d}日 ${weekday}`;
}

interface Moment {
  day: number;
  minutes: number;
}

/** Parses 'YYYY-MM-DDTHH:mm' (seconds allowed and ignored), Beijing local time. */
function parseMoment(value: string): Moment | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const day = dayNumber(match[1] ?? '');
  const hh = Number(match[2]);
  const mm = Number(match[3]);
  if (day === undefined || hh > 23 || mm > 59) return undefined;
  return { day, minutes: hh * 60 + mm };
}

// ---- calendar -----------------------------------------------------------------------------------------------------

interface Lookup {
  from: number;
  to: number;
  holidays: Map<number, string>;
  workdays: Map<number, string>;
  coverage: string;
  /** Estimated days off per year after `to` (filled on demand). */
  estimates: Map<number, Map<number, string>>;
}

const lookups = new WeakMap<HolidayCalendar, Lookup>();

function lookupOf(calendar: HolidayCalendar): Lookup {
  const cached = lookups.get(calendar);
  if (cached) return cached;
  const holidays = new Map<number, string>();
  for (const h of calendar.holidays) {
    const day = dayNumber(h.date);
    if (day !== undefined) holidays.set(day, h.name);
  }
  const workdays = new Map<number, string>();
  for (const w of calendar.workdays) {
    const day = dayNumber(w.date);
    if (day !== undefined) workdays.set(day, w.name);
  }
  const from = dayNumber(calendar.covers.from) ?? Number.POSITIVE_INFINITY;
  const to = dayNumber(calendar.covers.to) ?? Number.NEGATIVE_INFINITY;
  const long = (day: number) => {
    const { y, m, d } = ymdOf(day);
    return `${y}年${m}月${d}日`;
  };
  const coverage = from <= to ? `${long(from)}至${long(to)}` : '（无有效范围）';
  const lookup = { from, to, holidays, workdays, coverage, estimates: new Map() };
  lookups.set(calendar, lookup);
  return lookup;
}

function estimatedOff(lookup: Lookup, year: number): Map<number, string> {
  let days = lookup.estimates.get(year);
  if (!days) {
    days = new Map(
      estimateHolidays(year).flatMap((h) =>
        dayNumber(h.date) === undefined ? [] : [[dayNumber(h.date)!, h.name] as const],
      ),
    );
    lookup.estimates.set(year, days);
  }
  return days;
}

/** What kind of day `day` is: from the published calendar inside `covers`, from the estimate after it, unknown before it. */
function checkDay(lookup: Lookup, day: number): DayCheck | undefined {
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

const isWorking = (check: DayCheck) => check.kind === 'working' || check.kind === 'swap_workday';

function outOfCoverage(lookup: Lookup): Arrival {
  return { kind: 'unknown', reason: `节假日数据从 ${lookup.coverage.split('至')[0]} 开始，更早的日子无法推算` };
}

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

// ---- rules --------------------------------------------------------------------------------------------------------

function hourLabel(h: number): string {
  const whole = Math.floor(h);
  const minutes = Math.round((h - whole) * 60);
  return `${whole}:${String(minutes).padStart(2, '0')}`;
}

/**
 * The day money paid at `paidAt` ('YYYY-MM-DDTHH:mm', Beijing time) should be on the settlement card.
 * T1 needs the holiday calendar and answers `unknown` as soon as a day it has to look at is outside `covers`;
 * D1, D0 and wallet payouts ignore holidays, so they never consult the calendar.
 */
export function expectedArrival(
  calendar: HolidayCalendar,
  paidAt: string,
  mode: SettlementMode,
  options: SettlementOptions = {},
): Arrival {
  const paid = parseMoment(paidAt);
  if (!paid) return { kind: 'unknown', reason: '付款时间格式不对，应为“年-月-日T时:分”，例如 2025-11-26T20:15' };

  const { cutoffHour } = options;
  if (cutoffHour !== undefined && !(cutoffHour >= 0 && cutoffHour <= 24))
    return { kind: 'unknown', reason: '日切时间要在 0–24 点之间' };
  // A payment after the acquirer's cut-off counts as the next day's business (T1 and D1 only).
  const booked = cutoffHour !== undefined && paid.minutes >= cutoffHour * 60 ? paid.day + 1 : paid.day;
  const bookedNote = booked > paid.day ? `付款时间晚于日切时间 ${hourLabel(cutoffHour ?? 0)}，算作第二天的交易；` : '';

  switch (mode) {
    case 'T1': {
      const lookup = lookupOf(calendar);
      const days: DayCheck[] = [];
      for (let day = booked + 1; ; day += 1) {
        const check = checkDay(lookup, day);
        if (check === undefined) return outOfCoverage(lookup);
        days.push(check);
        if (isWorking(check)) {
          const estimated = days.some((d) => d.estimated);
          const note = bookedNote + t1Note(days) + (estimated ? `（${ESTIMATE_NOTE}）` : '');
          return { kind: 'date', date: check.date, note, estimated, days };
        }
      }
    }
    case 'D1':
      return {
        kind: 'date',
        date: isoOf(booked + 1),
        note: `${bookedNote}D+1：付款后的第二天到账，周末和节假日也照常到账`,
      };
    case 'D0': {
      const { start, end } = options.d0Hours ?? DEFAULT_D0_HOURS;
      if (!(start >= 0 && end <= 24 && start < end))
        return { kind: 'unknown', reason: 'D0 服务时间设置不对，开始时间要早于结束时间（0–24 点）' };
      const hours = `${hourLabel(start)}–${hourLabel(end)}`;
      const inside = paid.minutes >= start * 60 && paid.minutes < end * 60;
      return inside
        ? {
            kind: 'date',
            date: isoOf(paid.day),
            note: `D0：在服务时间（${hours}）内付款，当天到账；服务时间以收单机构规则为准`,
          }
        : {
            kind: 'date',
            date: isoOf(paid.day + 1),
            note: `D0：不在服务时间（${hours}）内，顺延到第二天到账；服务时间以收单机构规则为准`,
          };
    }
    case 'instant_wallet':
      return { kind: 'date', date: isoOf(paid.day), note: '秒到/钱包：一般几分钟内到账，当天就应该看到' };
  }
}

function t1Note(days: DayCheck[]): string {
  const arrival = days[days.length - 1];
  const skipped = days.slice(0, -1);
  const swap = arrival?.kind === 'swap_workday' ? '（这天是调休上班日，照常算工作日）' : '';
  if (skipped.length === 0) return `T+1：付款后的下一个工作日到账${swap}`;
  const holidayNames = [
    ...new Set(skipped.flatMap((d) => (d.kind === 'holiday' && d.name ? [d.name.replace(/补假$/, '')] : []))),
  ];
  const why = holidayNames.length > 0 ? `遇到${holidayNames.join('、')}假期` : '遇到周末';
  return `T+1：${why}，顺延到下一个工作日到账${swap}`;
}

/**
 * Whether money paid at `paidAt` should already be on the card at `now` (both 'YYYY-MM-DDTHH:mm', Beijing time).
 * Money due on day D counts as on time until the end of D: banks post during the day, often in the afternoon.
 */
export function settlementStatus(
  calendar: HolidayCalendar,
  paidAt: string,
  mode: SettlementMode,
  now: string,
  options: SettlementOptions = {},
): SettlementStatus {
  const arrival = expectedArrival(calendar, paidAt, mode, options);
  if (arrival.kind === 'unknown') return { kind: 'unknown', message: arrival.reason };
  const current = parseMoment(now);
  const paid = parseMoment(paidAt);
  if (!current || !paid) return { kind: 'unknown', message: '现在的时间格式不对，应为“年-月-日T时:分”' };
  if (current.day * 1440 + current.minutes < paid.day * 1440 + paid.minutes) {
    return { kind: 'unknown', message: '付款时间晚于现在，请检查付款时间' };
  }
  const due = dayNumber(arrival.date) ?? paid.day;
  const year = ymdOf(current.day).y;
  const label = formatDay(arrival.date, year);
  const hedge = arrival.estimated ? `（${ESTIMATE_NOTE}）` : '';
  if (current.day > due) {
    return {
      kind: 'overdue',
      date: arrival.date,
      message: `已超过正常到账时间（应在 ${formatDay(arrival.date, year, 'plain')} 到账）${hedge}`,
    };
  }
  if (current.day === due)
    return { kind: 'not_due', date: arrival.date, message: `预计今天 ${label} 到账，今天之内到账都算正常${hedge}` };
  return { kind: 'not_due', date: arrival.date, message: `预计 ${label}到账，还没到期${hedge}` };
}
