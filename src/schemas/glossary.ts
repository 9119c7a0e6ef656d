import { z } from 'astro/zod';
import { CauseIdSchema, LineSchema, LocaleSchema, SlugSchema } from './common';

/** One glossary term (an item of `content/glossary/terms.yaml`). */
export const TermSchema = z.strictObject({
  /** Stable id, also the anchor on /glossary/ (`#<id>`). */
  id: SlugSchema,
  /** Language of the entry. */
  locale: LocaleSchema,
  /** The term as written in Chinese. */
  term: LineSchema,
  /** Other names for the same thing. */
  aliases: z.array(LineSchema).default([]),
  /** English gloss. */
  en: LineSchema.optional(),
  /** Plain explanation for shop staff (1–3 sentences). */
  definition: LineSchema,
  /** Causes where the term matters. */
  causes: z.array(CauseIdSchema).default([]),
  /** Other terms to read next (ids). */
  see: z.array(SlugSchema).default([]),
});
export type Term = z.infer<typeof TermSchema>;
