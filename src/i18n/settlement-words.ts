// Words for what src/rules/settlement.ts and holiday-calendar.ts return (codes and values), in the page's locale.
import { dayNumber, weekdayOf, ymdOf } from '../rules/days';
import type { DayCheck } from '../rules/holiday-calendar';
import { HOLIDAY_CODES, MAKE_UP, type HolidayCode } from '../rules/holiday-estimate';
import type { Arrival, ArrivalNote, SettlementProblem, SettlementStatus } from '../rules/settlement';
import type { Translate, UiKey } from './index';

const WEEKDAY_KEYS = ['weekday0', 'weekday1', 'weekday2', 'weekday3', 'weekday4', 'weekday5', 'weekday6'] as const;

/** '11月27日（周五）' (or '11月27日 周五' with `plain`); the year is prefixed when it differs from `currentYear`. Empty string for a malformed date. */
export function formatDay(
  t: Translate,
  date: string,
  currentYear?: number,
  style: 'paren' | 'plain' = 'paren',
): string {
  const day = dayNumber(date);
  if (day === undefined) return '';
  const { y, m, d } = ymdOf(day);
  const weekday = t(WEEKDAY_KEYS[weekdayOf(day)]!);
  const text = t(style === 'paren' ? 'dayParen' : 'dayPlain', { m, d, weekday });
  return currentYear !== undefined && currentYear !== y ? t('dayWithYear', { y, day: text }) : text;
}

/** The name of a holiday: as published, or worded from the estimate's codes ('mid_autumn+national_day'). */
export function holidayName(t: Translate, name: string, estimated: boolean): string {
  if (!estimated) return name;
  const makeUp = name.endsWith(MAKE_UP);
  const codes = name.replace(MAKE_UP, '').split('+');
  const words = codes.map((c) =>
    (HOLIDAY_CODES as readonly string[]).includes(c) ? t(`holiday_${c as HolidayCode}`) : c,
  );
  const joined = words.join(t('listSeparator'));
  return makeUp ? t('holidayMakeUp', { name: joined }) : joined;
}

/** How the arrival day was worked out, in one sentence. */
export function arrivalNoteText(t: Translate, arrival: Extract<Arrival, { kind: 'date' }>): string {
  const note: ArrivalNote = arrival.note;
  const cutoff = note.afterCutoff ? t('settleAfterCutoff', { cutoff: note.afterCutoff }) : '';
  const hours = note.hours ?? '';
  switch (note.rule) {
    case 'T1': {
      const swap = note.swap ? t('settleT1Swap') : '';
      const names = (note.holidays ?? []).map((h) => holidayName(t, h.name, h.estimated));
      const why =
        names.length > 0 ? t('settleT1Holiday', { names: names.join(t('listSeparator')) }) : t('settleT1Weekend');
      const rule = note.skipped ? t('settleT1Skipped', { why, swap }) : t('settleT1Next', { swap });
      return cutoff + rule + (arrival.estimated ? t('inParens', { text: t('estimateNote') }) : '');
    }
    case 'D1':
      return cutoff + t('settleD1');
    case 'D0_inside':
      return t('settleD0Inside', { hours });
    case 'D0_outside':
      return t('settleD0Outside', { hours });
    case 'instant_wallet':
      return t('settleWallet');
  }
}

const PROBLEM_KEYS: Record<Exclude<SettlementProblem['code'], 'before_coverage'>, UiKey> = {
  bad_paid_at: 'settleBadPaidAt',
  bad_cutoff: 'settleBadCutoff',
  bad_d0_hours: 'settleBadD0Hours',
  bad_now: 'settleBadNow',
  paid_after_now: 'settlePaidAfterNow',
};

/** Why a date cannot be worked out, and what to do. */
export function problemText(t: Translate, problem: SettlementProblem): string {
  if (problem.code !== 'before_coverage') return t(PROBLEM_KEYS[problem.code]);
  const day = dayNumber(problem.from) ?? 0;
  const { y, m, d } = ymdOf(day);
  return t('settleBeforeCoverage', { from: t('dateLong', { y, m, d }) });
}

/** Whether the money is due yet, in one sentence. */
export function statusText(t: Translate, status: SettlementStatus): string {
  if (status.kind === 'unknown') return problemText(t, status.reason);
  const hedge = status.estimated ? t('inParens', { text: t('estimateNote') }) : '';
  if (status.kind === 'overdue')
    return t('settleOverdue', { day: formatDay(t, status.date, status.year, 'plain'), hedge });
  const day = formatDay(t, status.date, status.year);
  return t(status.today ? 'settleDueToday' : 'settleNotDue', { day, hedge });
}

/** One line of the reasoning for a day T+1 looked at. */
export function dayReason(t: Translate, d: DayCheck): string {
  const source = d.estimated ? t('settleEstimatedTag') : '';
  switch (d.kind) {
    case 'weekend':
      return t('settleDayWeekend', { source });
    case 'holiday': {
      const makeUp = d.estimated ? (d.name ?? '').endsWith(MAKE_UP) : false;
      const name = d.name ? holidayName(t, d.name, d.estimated) : t('settleHolidayFallback');
      const off = makeUp ? name : t('settleHolidayOff', { name });
      return t('settleDayHoliday', { off, source });
    }
    case 'swap_workday':
      return t('settleDaySwap', { name: d.name ?? t('settleSwapFallback') });
    case 'working':
      return t('settleDayWorking', { source });
  }
}
