// Ships to the browser: pure settlement-date rules.
// When should money paid at a given Beijing time be on the settlement card? (facts.md §4.6 settlement_not_due)
// Dates are plain 'YYYY-MM-DD' strings (see days.ts). The rules return codes and values; src/i18n/settlement-words.ts
// words them for the reader.
import type { HolidayCalendar } from '../schemas/holidays';
import { dayNumber, isoOf, ymdOf } from './days';
import { checkDay, isWorking, lookupOf, type DayCheck } from './holiday-calendar';
import { MAKE_UP } from './holiday-estimate';

/** Every way an acquirer pays out, the one list: the wizard's settlement_mode options are checked against it. */
export const SETTLEMENT_MODES = ['T1', 'D1', 'D0', 'instant_wallet'] as const;

/** How the acquirer pays out: T+1 (next working day), D+1 (next calendar day), D0 (same day in service hours), wallet (minutes). */
export type SettlementMode = (typeof SETTLEMENT_MODES)[number];

/** Whether an answer names a settlement mode these rules can work out (not 'unknown', not a new option). */
export function isSettlementMode(value: unknown): value is SettlementMode {
  return (SETTLEMENT_MODES as readonly unknown[]).includes(value);
}

/** Which rule set the arrival day: D0 splits by whether the payment was inside the service hours. */
export type ArrivalRule = 'T1' | 'D1' | 'D0_inside' | 'D0_outside' | 'instant_wallet';

/** How the arrival day was worked out, as values for the UI to word. */
export interface ArrivalNote {
  rule: ArrivalRule;
  /** T1/D1: the cut-off ('22:00') when the payment came at or after it and counts as the next day's business. */
  afterCutoff?: string;
  /** D0: the service hours ('7:00–22:00'). */
  hours?: string;
  /** T1: the holidays it skipped, each once, without 补假 (published names, or holiday codes when estimated). */
  holidays?: { name: string; estimated: boolean }[];
  /** T1: whether any day was skipped (a weekend or a holiday). */
  skipped?: boolean;
  /** T1: the arrival day is a 调休 working day. */
  swap?: boolean;
}

/** Why a date cannot be worked out. */
export type SettlementProblem =
  | { code: 'bad_paid_at' }
  | { code: 'bad_cutoff' }
  | { code: 'bad_d0_hours' }
  | { code: 'bad_now' }
  | { code: 'paid_after_now' }
  /** A day the rule needs is before the calendar's `covers.from` (given). */
  | { code: 'before_coverage'; from: string };

/** When the money should be on the card, or why that cannot be worked out. */
export type Arrival =
  | {
      kind: 'date';
      date: string;
      note: ArrivalNote;
      /** true when a day on the way was judged from the estimate, not a published notice (T1 only). */
      estimated?: boolean;
      /** The days T1 looked at (T1 only). */
      days?: DayCheck[];
    }
  | { kind: 'unknown'; reason: SettlementProblem };

/** Whether money is due yet: `year` is the current year, so the UI names a year only when it differs. */
export type SettlementStatus =
  | { kind: 'not_due'; date: string; today: boolean; estimated: boolean; year: number }
  | { kind: 'overdue'; date: string; estimated: boolean; year: number }
  | { kind: 'unknown'; reason: SettlementProblem };

/** Acquirer-specific settings of the rules. */
export interface SettlementOptions {
  /** D0 service hours, Beijing time, `start` inclusive and `end` exclusive (default 7–22). Vendor-specific. */
  d0Hours?: { start: number; end: number };
  /** T1/D1: the acquirer's daily cut-off hour (0–24, Beijing time); a payment at or after it is booked on the next day. */
  cutoffHour?: number;
}

const DEFAULT_D0_HOURS = { start: 7, end: 22 } as const;

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

function hourLabel(h: number): string {
  const whole = Math.floor(h);
  const minutes = Math.round((h - whole) * 60);
  return `${whole}:${String(minutes).padStart(2, '0')}`;
}

/** T+1: the next working day after `booked`, with every day it looked at. */
function t1Arrival(calendar: HolidayCalendar, booked: number, afterCutoff: ArrivalNote): Arrival {
  const lookup = lookupOf(calendar);
  const days: DayCheck[] = [];
  for (let day = booked + 1; ; day += 1) {
    const check = checkDay(lookup, day);
    if (check === undefined) return { kind: 'unknown', reason: { code: 'before_coverage', from: isoOf(lookup.from) } };
    days.push(check);
    if (!isWorking(check)) continue;
    const skipped = days.slice(0, -1);
    const holidays = new Map<string, boolean>();
    for (const d of skipped) if (d.kind === 'holiday' && d.name) holidays.set(d.name.replace(MAKE_UP, ''), d.estimated);
    const estimated = days.some((d) => d.estimated);
    const note: ArrivalNote = {
      ...afterCutoff,
      rule: 'T1',
      holidays: [...holidays].map(([name, est]) => ({ name, estimated: est })),
      skipped: skipped.length > 0,
      swap: check.kind === 'swap_workday',
    };
    return { kind: 'date', date: check.date, note, estimated, days };
  }
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
  if (!paid) return { kind: 'unknown', reason: { code: 'bad_paid_at' } };

  const { cutoffHour } = options;
  if (cutoffHour !== undefined && !(cutoffHour >= 0 && cutoffHour <= 24))
    return { kind: 'unknown', reason: { code: 'bad_cutoff' } };
  // A payment after the acquirer's cut-off counts as the next day's business (T1 and D1 only).
  const booked = cutoffHour !== undefined && paid.minutes >= cutoffHour * 60 ? paid.day + 1 : paid.day;
  const afterCutoff = booked > paid.day ? { afterCutoff: hourLabel(cutoffHour ?? 0) } : {};

  switch (mode) {
    case 'T1':
      return t1Arrival(calendar, booked, { rule: 'T1', ...afterCutoff });
    case 'D1':
      return { kind: 'date', date: isoOf(booked + 1), note: { rule: 'D1', ...afterCutoff } };
    case 'D0': {
      const { start, end } = options.d0Hours ?? DEFAULT_D0_HOURS;
      if (!(start >= 0 && end <= 24 && start < end)) return { kind: 'unknown', reason: { code: 'bad_d0_hours' } };
      const hours = `${hourLabel(start)}–${hourLabel(end)}`;
      const inside = paid.minutes >= start * 60 && paid.minutes < end * 60;
      return inside
        ? { kind: 'date', date: isoOf(paid.day), note: { rule: 'D0_inside', hours } }
        : { kind: 'date', date: isoOf(paid.day + 1), note: { rule: 'D0_outside', hours } };
    }
    case 'instant_wallet':
      return { kind: 'date', date: isoOf(paid.day), note: { rule: 'instant_wallet' } };
  }
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
  if (arrival.kind === 'unknown') return { kind: 'unknown', reason: arrival.reason };
  const current = parseMoment(now);
  const paid = parseMoment(paidAt);
  if (!current || !paid) return { kind: 'unknown', reason: { code: 'bad_now' } };
  if (current.day * 1440 + current.minutes < paid.day * 1440 + paid.minutes)
    return { kind: 'unknown', reason: { code: 'paid_after_now' } };
  const due = dayNumber(arrival.date) ?? paid.day;
  const facts = { date: arrival.date, estimated: arrival.estimated === true, year: ymdOf(current.day).y };
  if (current.day > due) return { kind: 'overdue', ...facts };
  return { kind: 'not_due', today: current.day === due, ...facts };
}
