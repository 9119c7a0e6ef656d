import { z } from 'astro/zod';
import { CauseIdSchema, LineSchema, LocaleSchema, ReviewedSchema, SlugSchema } from './common';

/** Frontmatter of a case study (`content/cases/<id>.mdx`). */
export const CaseSchema = z.strictObject({
  /** Stable id; must equal the file name. */
  id: SlugSchema,
  /** Language of the case. */
  locale: LocaleSchema,
  /** Page title. */
  title: LineSchema,
  /** One sentence: what happened. */
  summary: LineSchema,
  /** Kind of shop (便利店、早餐摊…). */
  shop: LineSchema,
  /** The cause(s) the case turned out to be, main cause first. */
  causes: z.array(CauseIdSchema).min(1),
  /** One sentence: how it ended. */
  outcome: LineSchema,
  /** Date the facts were last checked. */
  reviewed: ReviewedSchema,
});
export type Case = z.infer<typeof CaseSchema>;
