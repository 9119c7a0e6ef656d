import { z } from 'astro/zod';
import { CauseIdSchema, LineSchema, LocaleSchema, SlugSchema } from './common';

/** One answer a staff member can pick. */
export const OptionSchema = z.strictObject({
  /** Value stored in the observations (observations.yaml) and in the URL; `unknown` means 不知道. */
  value: z.string().regex(/^[A-Za-z0-9_]+$/, '只能用字母、数字和 _'),
  /** What the button says. */
  label: LineSchema,
  /**
   * For `hours` questions: the number of hours this choice stands for, which is where its range starts (the choice
   * covers from here up to the next choice's `hours`). Rules compare with `gte`/`lt` at these bounds.
   */
  hours: z.number().nonnegative().optional(),
});
export type Option = z.infer<typeof OptionSchema>;

/** One question of the wizard (an item of `content/diagnosis/questions.yaml`). */
export const QuestionSchema = z
  .strictObject({
    /** Observation name (observations.yaml, or one the site adds). */
    id: SlugSchema,
    /** Language of the entry. */
    locale: LocaleSchema,
    /** Two-letter code used in shared links (`?cs=yes`). Never reuse a code for another question. */
    code: z.string().regex(/^[a-z]{2}$/, '必须是两个小写字母'),
    /**
     * Where the answer comes from, which decides how early it is asked: `till` (at the counter or on the customer's
     * phone), `app` (the merchant app or backend), `bank` (the settlement card's statement or the bank), `history`
     * (recent events the manager knows). Cheaper questions go first when they tell about as much.
     */
    cost: z.enum(['till', 'app', 'bank', 'history']),
    /** `true` for the one question the wizard always asks first (what the person noticed first). */
    first: z.boolean().optional(),
    /** The question, in plain words. */
    text: LineSchema,
    /** Where to look to answer it (which screen, which app). */
    help: LineSchema,
    /** `choice`: the value is the option's value; `hours`: the value is a number of hours (options give buckets). */
    kind: z.enum(['choice', 'hours']).default('choice'),
    /** The answers, 不知道 (`unknown`) last. */
    options: z.array(OptionSchema).min(2),
  })
  .superRefine((q, ctx) => {
    const values = q.options.map((o) => o.value);
    if (new Set(values).size !== values.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: '选项的 value 重复' });
    if (values.at(-1) !== 'unknown')
      ctx.addIssue({ code: 'custom', path: ['options'], message: '最后一个选项必须是 value: unknown（不知道）' });
    if (q.kind === 'hours' && q.options.some((o) => o.value !== 'unknown' && o.hours === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'hours 类问题的每个选项（不知道除外）都要写 hours' });
    }
    const bounds = q.options.flatMap((o) => (o.hours === undefined ? [] : [o.hours]));
    if (bounds.some((h, i) => i > 0 && h <= bounds[i - 1]!)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'hours 类问题的选项要按 hours 从小到大排列' });
    }
  });
export type Question = z.infer<typeof QuestionSchema>;

/** A condition on one observation: one value, any of several values, or (for hours) a range. */
export const ConditionSchema = z.union([
  z.string(),
  z.array(z.string()).min(1),
  z.strictObject({ gte: z.number().optional(), lt: z.number().optional() }),
]);
export type Condition = z.infer<typeof ConditionSchema>;

/** A piece of evidence for or against a cause: when every condition holds, the weight is added to its score. */
export const EvidenceRuleSchema = z.strictObject({
  /** Observation → condition; all must hold. */
  when: z.record(z.string(), ConditionSchema).refine((w) => Object.keys(w).length > 0, '至少要有一个条件'),
  /** Added to the cause's score: positive points to the cause, negative points away. */
  weight: z.number().refine((w) => w !== 0, '权重不能为 0'),
});
export type EvidenceRule = z.infer<typeof EvidenceRuleSchema>;

/**
 * A cheap question that could reveal a harmful look-alike of a benign cause: while it is unanswered the wizard keeps
 * asking, and it never says 很可能是 this cause until the question has a real answer.
 */
export const RuleOutSchema = z.strictObject({
  /** The question to ask (an id of questions.yaml). */
  question: SlugSchema,
  /** The harmful cause it would reveal (a cause id), e.g. `judicial_freeze` behind “money arrived but no notice”. */
  look_alike: SlugSchema,
});
export type RuleOut = z.infer<typeof RuleOutSchema>;

/** The evidence rules for one cause (an item of `content/diagnosis/rules.yaml`). */
export const CauseRulesSchema = z.strictObject({
  /** The cause these rules score. */
  id: CauseIdSchema,
  /** Language of the entry. */
  locale: LocaleSchema,
  /** Starting score before any answer: how common the cause is at a shop counter. */
  prior: z.number(),
  /** Evidence rules. */
  evidence: z.array(EvidenceRuleSchema).min(1),
  /** For a benign cause: the questions that must be answered before the wizard may say 很可能是 (see RuleOutSchema). */
  rule_out: z.array(RuleOutSchema).default([]),
});
export type CauseRules = z.infer<typeof CauseRulesSchema>;
