// Ships to the browser: pure settlement-date rules.
// When should money paid at a given Beijing time be on the settlement card? (facts.md §4.6 settlement_not_due)
// Dates are plain 'YYYY-MM-DD' strings; arithmetic goes through Date.UTC day numbers, so the device's time zone never matters.
import type { HolidayCalendar } from '../schemas/holidays';

/** How the acquirer pays out: T+1 (next working day), D+1 (next calendar day), D0 (same day in service hours), wallet (minutes). */
export type SettlementMode = 'T1' | 'D1' | 'D0' | 'instant_wallet';

export const SETTLEMENT_MODES: readonly SettlementMode[] = ['T1', 'D1', 'D0', 'instant_wallet'];

/** When the money should be on the card, or why that cannot be worked out. */
export type Arrival =
  | { kind: 'date'; date: string; note: string }
  | { kind: 'unknown'; reason: string };

export type SettlementStatus =
  | { kind: 'not_due'; date: string; message: string }
  | { kind: 'overdue'; date: string; message: string }
  | { kind: 'unknown'; message: string };

export interface SettlementOptions {
  /** D0 service hours, Beijing time, `start` inclusive and `end` exclusive (default 7–22). Vendor-specific. */
  d0Hours?: { start: number; end: number };
}

const DEFAULT_D0_HOURS = { start: 7, end: 22 } as const;
const DAY_MS = 86_400_000;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

// ---- plain-date helpers -------------------------------------------------------------------------------------------

interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Parses 'YYYY-MM-DD' into a day number (days since 1970-01-01); undefined unless it is a real calendar date. */
function dayNumber(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const ymd = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  const ms = Date.UTC(ymd.y, ymd.m - 1, ymd.d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== ymd.y || back.getUTCMonth() !== ymd.m - 1 || back.getUTCDate() !== ymd.d) return undefined;
  return ms / DAY_MS;
}

function ymdOf(day: number): Ymd {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function isoOf(day: number): string {
  const { y, m, d } = ymdOf(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

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
  workdays: Set<number>;
  coverage: string;
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
  const workdays = new Set<number>();
  for (const w of calendar.workdays) {
    const day = dayNumber(w.date);
    if (day !== undefined) workdays.add(day);
  }
  const from = dayNumber(calendar.covers.from) ?? Number.POSITIVE_INFINITY;
  const to = dayNumber(calendar.covers.to) ?? Number.NEGATIVE_INFINITY;
  const long = (day: number) => {
    const { y, m, d } = ymdOf(day);
    return `${y}年${m}月${d}日`;
  };
  const coverage = from <= to ? `${long(from)}至${long(to)}` : '（无有效范围）';
  const lookup = { from, to, holidays, workdays, coverage };
  lookups.set(calendar, lookup);
  return lookup;
}

function workingDay(lookup: Lookup, day: number): boolean | undefined {
  if (day < lookup.from || day > lookup.to) return undefined;
  if (lookup.workdays.has(day)) return true;
  if (lookup.holidays.has(day)) return false;
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
}

function outOfCoverage(lookup: Lookup): Arrival {
  return { kind: 'unknown', reason: `节假日数据只覆盖 ${lookup.coverage}，无法推算` };
}

/** Whether `date` (YYYY-MM-DD) is a working day in mainland China; undefined outside the calendar's `covers` or for a malformed date. */
export function isWorkingDay(calendar: HolidayCalendar, date: string): boolean | undefined {
  const day = dayNumber(date);
  return day === undefined ? undefined : workingDay(lookupOf(calendar), day);
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

  switch (mode) {
    case 'T1': {
      const lookup = lookupOf(calendar);
      const skipped: number[] = [];
      for (let day = paid.day + 1; ; day += 1) {
        const working = workingDay(lookup, day);
        if (working === undefined) return outOfCoverage(lookup);
        if (working) return { kind: 'date', date: isoOf(day), note: t1Note(lookup, skipped, day) };
        skipped.push(day);
      }
    }
    case 'D1':
      return { kind: 'date', date: isoOf(paid.day + 1), note: 'D+1：付款后的第二天到账，周末和节假日也照常到账' };
    case 'D0': {
      const { start, end } = options.d0Hours ?? DEFAULT_D0_HOURS;
      if (!(start >= 0 && end <= 24 && start < end)) return { kind: 'unknown', reason: 'D0 服务时间设置不对，开始时间要早于结束时间（0–24 点）' };
      const hours = `${hourLabel(start)}–${hourLabel(end)}`;
      const inside = paid.minutes >= start * 60 && paid.minutes < end * 60;
      return inside
        ? { kind: 'date', date: isoOf(paid.day), note: `D0：在服务时间（${hours}）内付款，当天到账；服务时间以收单机构规则为准` }
        : { kind: 'date', date: isoOf(paid.day + 1), note: `D0：不在服务时间（${hours}）内，顺延到第二天到账；服务时间以收单机构规则为准` };
    }
    case 'instant_wallet':
      return { kind: 'date', date: isoOf(paid.day), note: '秒到/钱包：一般几分钟内到账，当天就应该看到' };
  }
}

function t1Note(lookup: Lookup, skipped: number[], arrival: number): string {
  const swap = lookup.workdays.has(arrival) ? '（这天是调休上班日，照常算工作日）' : '';
  if (skipped.length === 0) return `T+1：付款后的下一个工作日到账${swap}`;
  const holidayNames = [...new Set(skipped.flatMap((day) => lookup.holidays.get(day) ?? []))];
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
  if (current.day > due) {
    return { kind: 'overdue', date: arrival.date, message: `已超过正常到账时间（应在 ${formatDay(arrival.date, year, 'plain')} 到账）` };
  }
  if (current.day === due) return { kind: 'not_due', date: arrival.date, message: `预计今天 ${label} 到账，今天之内到账都算正常` };
  return { kind: 'not_due', date: arrival.date, message: `预计 ${label}到账，还没到期` };
}
