import { z } from 'astro/zod';
import { CauseIdSchema, LineSchema, LocaleSchema, ReviewedSchema, SlugSchema, SourcesSchema } from './common';

/** Frontmatter of a procedure guide (`content/guides/<id>.mdx`). */
export const GuideSchema = z.strictObject({
  /** Stable id; must equal the file name. */
  id: SlugSchema,
  /** Language of the guide. */
  locale: LocaleSchema,
  /** Page title. */
  title: LineSchema,
  /** One sentence: what the guide helps with. */
  summary: LineSchema,
  /** Who it is for. */
  audience: z.array(z.enum(['cashier', 'manager', 'owner'])).min(1),
  /** Position in the guide list (smaller first). */
  order: z.number().int().min(0),
  /** Causes this guide helps with. */
  causes: z.array(CauseIdSchema).default([]),
  /** Contacts this guide refers to (ids of contacts.yaml). */
  contacts: z.array(SlugSchema).default([]),
  /** Extra words people use for this topic (used by search). */
  phrasings: z.array(LineSchema).default([]),
  /** Public pages that back the numbers and rules on this page; listed as 依据 at the end (see SourceSchema). */
  sources: SourcesSchema,
  /** Date the facts were last checked. */
  reviewed: ReviewedSchema,
});
export type Guide = z.infer<typeof GuideSchema>;
