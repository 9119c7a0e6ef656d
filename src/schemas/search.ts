import { z } from 'astro/zod';
import { CauseIdSchema, SlugSchema } from './common';

/** A word or phrase of a synonym group: short, one line, no spaces (a query is split at spaces). */
const WordSchema = z
  .string()
  .min(1)
  .max(12)
  .regex(/^[^\s]+$/, '不能有空格')
  .regex(/^(?!…)(?!.*…$)(?!.*……)/, '“…”只能放在两个字中间，表示中间可以隔几个字');

/**
 * One group of words a cashier uses for the same thing (an item of `content/search/synonyms.yaml`). When a query
 * contains any word of the group, search also looks for the group's first word, the one the articles use.
 */
export const SynonymGroupSchema = z.strictObject({
  /** Stable id of the group (lowercase, hyphens); named in test queries and error messages. */
  id: SlugSchema,
  /** The word the site's articles use for this thing; search adds it to a query that has any of `words`. */
  term: WordSchema,
  /** What cashiers type instead: colloquial words, regional words, common typos (at least one); `卡…冻` allows a short gap. */
  words: z.array(WordSchema).min(1),
  /** Causes these words point to (the domain's discriminating words); a query with them ranks these cause pages higher. */
  causes: z.array(CauseIdSchema).default([]),
  /** A query that should find the group's cause, written in a cashier's words; the unit tests expand it. */
  example: z.string().min(2).max(60),
});
export type SynonymGroup = z.infer<typeof SynonymGroupSchema>;
