import { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES } from './locales';

/** The six stages where money can get stuck, in the order money flows (facts.md §2). */
export const STAGE_IDS = [
  'not_paid',
  'wrong_payee',
  'reversed',
  'not_settled',
  'payout_blocked',
  'short_or_unnoticed',
] as const;

/** Every cause id of the taxonomy (observations.yaml `causes`). A rename is a migration. */
export const CAUSE_IDS = [
  'txn_pending_unknown',
  'txn_failed_or_reversed',
  'duplicate_charge',
  'refund_issued',
  'cashier_entry_error',
  'settlement_not_due',
  'fee_deduction',
  'settlement_account_issue',
  'merchant_status_suspended',
  'risk_control_hold',
  'complaint_dispute_hold',
  'judicial_freeze',
  'second_clearing_agent',
  'code_jumping',
  'wrong_receiving_account',
  'qr_code_tampered',
  'fake_payment_proof',
  'limit_exceeded',
  'notice_missed_but_paid',
  'platform_or_bank_outage',
  'customer_payment_error',
] as const;

export const StageIdSchema = z.enum(STAGE_IDS);
export type StageId = z.infer<typeof StageIdSchema>;
export const CauseIdSchema = z.enum(CAUSE_IDS);
export type CauseId = z.infer<typeof CauseIdSchema>;

/** Locale of an entry: one of LOCALES (src/schemas/locales.ts); zh-CN is the primary edition. */
export const LocaleSchema = z.enum(LOCALES).default(DEFAULT_LOCALE);

/** A lowercase id made of letters, digits, `_` and `-`: stable, used in links. */
export const SlugSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, '只能用小写字母、数字、_ 和 -');

/** A non-empty line of text (trimmed). */
export const LineSchema = z.string().trim().min(1, '不能为空');

/** The date a person last checked the entry against current rules (YYYY-MM-DD). */
export const ReviewedSchema = z.coerce.date();

/**
 * One public page that backs a claim on the page (`sources:` in a cause or guide, `source:` of a contact).
 * Shown at the end of the page as 依据; the numbers test counts a number as sourced when `supports` contains it.
 */
export const SourceSchema = z.strictObject({
  /** Address of the public page as it was read, starting with https:// (or http:// when the site has no https). */
  url: z.url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: 'url 要写完整的网址，以 https:// 开头，例如 https://pay.weixin.qq.com/…',
  }),
  /** What on this page the source backs, in the page's own words, with every number it backs (e.g. 付款成功后 365 天内可退款). */
  supports: LineSchema.max(120, 'supports 写一句话就够（120 字以内）'),
  /** The day someone last read the source and saw it still says so (YYYY-MM-DD). */
  checked: z.coerce.date({ error: 'checked 要写成 YYYY-MM-DD，是最后一次打开这个网址核对的日期' }),
});
export type Source = z.infer<typeof SourceSchema>;

/** The sources of one page, with no address listed twice. */
export const SourcesSchema = z
  .array(SourceSchema)
  .default([])
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((s, i) => {
      if (seen.has(s.url)) ctx.addIssue({ code: 'custom', path: [i, 'url'], message: `${s.url} 列了两次，合并成一条` });
      seen.add(s.url);
    });
  });
