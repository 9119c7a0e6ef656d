import { z } from 'astro/zod';
import { CauseIdSchema, LineSchema, LocaleSchema, SlugSchema, StageIdSchema } from './common';

/** One choice of a choice question. */
export const ChoiceSchema = z.strictObject({
  /** Short id, unique within the question (a, b, c…). */
  id: z.string().regex(/^[a-z]$/, '用一个小写字母'),
  /** The choice as shown. */
  text: LineSchema,
  /** true for a correct choice. */
  correct: z.boolean().default(false),
});

/** Topics for questions about the procedure guides rather than one cause. */
export const TOPICS = [
  'emergency',
  'query',
  'evidence',
  'contacts',
  'settlement',
  'licensed_pos',
  'reconciliation',
  'refund',
  'internal_control',
] as const;

const base = {
  /** Stable id, unique across the bank; records refer to it, so never reuse one. */
  id: SlugSchema,
  /** Language of the question. */
  locale: LocaleSchema,
  /** The question. */
  prompt: LineSchema,
  /** Why the answer is right, shown after answering. */
  explanation: LineSchema,
  /** The article section it tests: a site path with an anchor, e.g. /causes/txn_pending_unknown/#现在就做. */
  link: z.string().regex(/^\/[a-z0-9_/-]*\/(#.+)?$/, '写站内路径，例如 /causes/txn_pending_unknown/#现在就做'),
  /** Causes the question covers (may be empty for a pure procedure question, then give a topic). */
  causes: z.array(CauseIdSchema).default([]),
  /** Procedure topics the question covers. */
  topics: z.array(z.enum(TOPICS)).default([]),
  /** 1 easy, 2 medium, 3 hard. */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
};

/** A question of the training bank (an item of a file in `content/training/questions/`). */
export const TrainingQuestionSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ ...base, type: z.literal('single'), choices: z.array(ChoiceSchema).min(2).max(6) }),
    z.strictObject({ ...base, type: z.literal('multiple'), choices: z.array(ChoiceSchema).min(3).max(7) }),
    z.strictObject({ ...base, type: z.literal('true_false'), answer: z.boolean() }),
    z.strictObject({
      ...base,
      type: z.literal('scenario'),
      /** The situation at the till, told in 1–3 sentences. */
      situation: LineSchema,
      choices: z.array(ChoiceSchema).min(2).max(6),
    }),
    z.strictObject({
      ...base,
      type: z.literal('ordering'),
      /** The steps in the right order (shown shuffled). */
      items: z.array(LineSchema).min(3).max(7),
    }),
  ])
  .superRefine((q, ctx) => {
    if (q.causes.length === 0 && q.topics.length === 0)
      ctx.addIssue({ code: 'custom', path: ['causes'], message: '至少写一个 causes 或 topics' });
    if (q.type === 'single' || q.type === 'scenario' || q.type === 'multiple') {
      const correct = q.choices.filter((c) => c.correct).length;
      if ((q.type === 'multiple' && correct < 2) || (q.type !== 'multiple' && correct !== 1)) {
        ctx.addIssue({
          code: 'custom',
          path: ['choices'],
          message: q.type === 'multiple' ? '多选题至少要有两个正确选项' : '单选题必须正好有一个正确选项',
        });
      }
      if (q.type === 'multiple' && correct === q.choices.length)
        ctx.addIssue({ code: 'custom', path: ['choices'], message: '多选题不能所有选项都正确' });
      const ids = q.choices.map((c) => c.id);
      if (new Set(ids).size !== ids.length)
        ctx.addIssue({ code: 'custom', path: ['choices'], message: '选项 id 重复' });
    }
    if (q.type === 'ordering' && new Set(q.items).size !== q.items.length)
      ctx.addIssue({ code: 'custom', path: ['items'], message: '排序题的步骤不能重复' });
  });
export type TrainingQuestion = z.infer<typeof TrainingQuestionSchema>;

/** A quiz set (an item of `content/training/sets.yaml`). */
export const QuizSetSchema = z.strictObject({
  /** Stable id, used in URLs and records. */
  id: SlugSchema,
  /** Language of the set. */
  locale: LocaleSchema,
  /** Name shown to staff. */
  title: LineSchema,
  /** Who it is for and what it covers. */
  description: LineSchema,
  /** How often it is due, in days after the last pass (1 = daily). */
  cadenceDays: z.number().int().min(1).max(366),
  /** Questions per attempt. */
  count: z.number().int().min(1).max(50),
  /** Share of points needed to pass (0–1). */
  passMark: z.number().min(0).max(1),
  /** Show the explanation after each answer, or all at the end. */
  feedback: z.enum(['immediate', 'end']),
  /** Which questions it draws from: every stage (onboarding), one stage, or the whole bank weighted to the person's weak causes. */
  draw: z.discriminatedUnion('from', [
    z.strictObject({ from: z.literal('all_stages') }),
    z.strictObject({ from: z.literal('stage'), stage: StageIdSchema }),
    z.strictObject({ from: z.literal('weak_and_due') }),
  ]),
});
export type QuizSet = z.infer<typeof QuizSetSchema>;
