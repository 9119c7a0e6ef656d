import { z } from 'astro/zod';
import { LineSchema, LocaleSchema, SlugSchema, SourceSchema, StageIdSchema } from './common';

/** Someone staff may need to call (an item of `content/data/contacts.yaml`). */
export const ContactSchema = z
  .strictObject({
    /** Stable id, referenced from articles. */
    id: SlugSchema,
    /** Language of the entry. */
    locale: LocaleSchema,
    /** Who it is (收单机构客服、开户行…). */
    name: LineSchema,
    /** Phone number, if there is one fixed number. */
    phone: z
      .string()
      .regex(/^[0-9-]{3,14}$/, '只写数字和 -')
      .optional(),
    /** true when the number is general knowledge not confirmed by an official source: the page asks readers to check it. */
    verify: z.boolean().default(false),
    /** The public page that lists the number; required for a `phone` unless `verify: true`. */
    source: SourceSchema.optional(),
    /** When to call them. */
    when: LineSchema,
    /** What they can and cannot do. */
    note: LineSchema.optional(),
    // Three-digit numbers are the national emergency lines (110), known to everyone and needing no source.
  })
  .refine((c) => !c.phone || c.phone.length <= 3 || c.verify || c.source, {
    path: ['source'],
    message: '写了 phone 就要写 source（公布这个号码的公开网页），找不到来源就写 verify: true',
  });
export type Contact = z.infer<typeof ContactSchema>;

/** One item of evidence to keep (an item of `content/data/evidence.yaml`). */
export const EvidenceSchema = z.strictObject({
  /** Stable id, referenced from articles. */
  id: SlugSchema,
  /** Language of the entry. */
  locale: LocaleSchema,
  /** What to keep. */
  name: LineSchema,
  /** Where to find it. */
  where: LineSchema,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** One of the six stages (an item of `content/data/stages.yaml`). */
export const StageSchema = z.strictObject({
  /** Stage id. */
  id: StageIdSchema,
  /** Language of the entry. */
  locale: LocaleSchema,
  /** Letter in money-flow order (A–F). */
  letter: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
  /** Short title (没付成…). */
  title: LineSchema,
  /** The question that tells whether the money is stuck here. */
  question: LineSchema,
  /** One or two sentences on what this stage means. */
  description: LineSchema,
});
export type Stage = z.infer<typeof StageSchema>;

/** One of the universal first steps shown on the home page (an item of `content/data/emergency.yaml`). */
export const EmergencyStepSchema = z.strictObject({
  /** Stable id. */
  id: SlugSchema,
  /** Position on the home page, 1 first (collections come back sorted by id, so the order is written down). */
  step: z.number().int().min(1),
  /** Language of the entry. */
  locale: LocaleSchema,
  /** The step, as an instruction. */
  text: LineSchema,
  /** Why, in one sentence. */
  why: LineSchema,
});
export type EmergencyStep = z.infer<typeof EmergencyStepSchema>;
