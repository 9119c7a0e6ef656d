import { z } from 'astro/zod';
import {
  CauseIdSchema,
  LineSchema,
  LocaleSchema,
  ReviewedSchema,
  SlugSchema,
  SourcesSchema,
  StageIdSchema,
} from './common';

/** Frontmatter of one cause article (`content/causes/<id>.mdx`). */
export const CauseSchema = z.strictObject({
  /** The cause id from the taxonomy; must equal the file name. */
  id: CauseIdSchema,
  /** Language of the article. */
  locale: LocaleSchema,
  /** Page title in plain words, as a cashier would say it. */
  title: LineSchema,
  /** Short name used in lists, breadcrumbs and the wizard (<= 16 characters). */
  short: LineSchema.max(16),
  /** The stage where the money is stuck. */
  stage: StageIdSchema,
  /** Other stages where this cause also shows up. */
  alsoIn: z.array(StageIdSchema).default([]),
  /** One sentence: what is going on. */
  summary: LineSchema,
  /** What staff see: at the till and in the merchant app. */
  signals: z.strictObject({
    /** Signs at the till (POS screen, customer's phone, speaker). */
    till: z.array(LineSchema).min(1),
    /** Signs in the merchant app, backend or bank account. */
    app: z.array(LineSchema).min(1),
  }),
  /** The first things to do, in order, with a customer waiting (3–6 short steps). */
  firstSteps: z.array(LineSchema).min(2).max(6),
  /** Who to contact, in order: ids of `content/data/contacts.yaml`. */
  contacts: z.array(SlugSchema).min(1),
  /** What to keep: ids of `content/data/evidence.yaml`. */
  evidence: z.array(SlugSchema).min(1),
  /** How to stop it happening again. */
  prevention: z.array(LineSchema).min(1),
  /** How staff and owners describe this problem in their own words (used by search). */
  phrasings: z.array(LineSchema).min(4),
  /** Causes that are easy to confuse with this one, or often come with it. */
  related: z.array(CauseIdSchema).min(1),
  /** Public pages that back the numbers and rules on this page; listed as 依据 at the end (see SourceSchema). */
  sources: SourcesSchema,
  /** Date the facts were last checked. */
  reviewed: ReviewedSchema,
});
export type Cause = z.infer<typeof CauseSchema>;
