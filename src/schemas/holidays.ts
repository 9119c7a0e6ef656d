import { z } from 'astro/zod';
import { LineSchema } from './common';

/** True when `s` is a real calendar date written YYYY-MM-DD (rejects 2025-02-30). */
function isRealDate(s: string): boolean {
  const [y = 0, m = 0, d = 0] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A calendar date written YYYY-MM-DD (a string, never a Date: no time zone involved). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期要写成 YYYY-MM-DD，并加引号')
  .refine(isRealDate, '不是真实存在的日期');

/** One special day of the calendar. */
export const SpecialDaySchema = z.strictObject({
  /** The day (YYYY-MM-DD, Beijing calendar). */
  date: IsoDateSchema,
  /** Which holiday it belongs to, e.g. 春节 or 春节调休. */
  name: LineSchema,
});
export type SpecialDay = z.infer<typeof SpecialDaySchema>;

/** Mainland China public holidays and 调休 working days (`content/diagnosis/holidays.yaml`). */
export const HolidayCalendarSchema = z
  .strictObject({
    /** The State Council General Office notice(s) the dates are copied from. */
    source: LineSchema,
    /** The date range the lists are complete for; rules refuse to compute outside it. */
    covers: z.strictObject({
      /** First covered day (YYYY-MM-DD). */
      from: IsoDateSchema,
      /** Last covered day (YYYY-MM-DD), inclusive. */
      to: IsoDateSchema,
    }),
    /** Days off, including the weekend days inside a holiday block. */
    holidays: z.array(SpecialDaySchema),
    /** Saturdays/Sundays that are working days because of 调休. */
    workdays: z.array(SpecialDaySchema),
  })
  .superRefine((cal, ctx) => {
    const { from, to } = cal.covers;
    if (from > to)
      ctx.addIssue({ code: 'custom', path: ['covers'], message: `covers.from（${from}）不能晚于 covers.to（${to}）` });
    const holidayDates = new Set<string>();
    for (const list of ['holidays', 'workdays'] as const) {
      const seen = new Set<string>();
      cal[list].forEach(({ date }, i) => {
        const path = [list, i, 'date'];
        if (date < from || date > to)
          ctx.addIssue({ code: 'custom', path, message: `${date} 不在 covers（${from} 至 ${to}）范围内` });
        if (seen.has(date)) ctx.addIssue({ code: 'custom', path, message: `${date} 重复` });
        seen.add(date);
        if (list === 'holidays') holidayDates.add(date);
        else {
          if (holidayDates.has(date))
            ctx.addIssue({ code: 'custom', path, message: `${date} 同时是放假日和调休上班日` });
          const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
          const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
          if (weekday !== 0 && weekday !== 6)
            ctx.addIssue({ code: 'custom', path, message: `${date} 不是周六或周日，不需要写成调休上班日` });
        }
      });
    }
  });
export type HolidayCalendar = z.infer<typeof HolidayCalendarSchema>;
