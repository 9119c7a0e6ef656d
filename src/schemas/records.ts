// Ships to the browser: the schemas of the training records kept on the device and of the JSON files managers import.
// Built with `zod/mini` (tree-shaken, a few KB) so the quiz pages can validate what they read without the full zod.
// Every object is "loose": fields this version does not know are kept, so a record written by a newer version of the
// site survives a write by this one.
import * as z from 'zod/mini';

/** Names an object inherits; as a record key they would reach `Object.prototype` lookups, so they are refused. */
const PROTOTYPE_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']);

/** An id of a person, attempt, set or question: letters, digits, `-` and `_`, never a prototype name. */
export const RecordIdSchema = z.string().check(
  z.regex(/^[A-Za-z0-9_-]{1,64}$/, '编号只能有字母、数字、- 和 _'),
  z.refine((s) => !PROTOTYPE_KEYS.has(s), '编号不能是 constructor、toString 这类保留名'),
);

/** A moment as an ISO 8601 timestamp with a time zone (`2026-11-02T08:00:00.000Z`). */
export const TimestampSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, '时间不是有效的日期时间'),
  z.refine((s) => !Number.isNaN(Date.parse(s)), '时间不是有效的日期时间'),
);

/** A calendar day as `YYYY-MM-DD`. */
export const DaySchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成 YYYY-MM-DD'),
  z.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), '日期不存在'),
);

/** A share between 0 and 1 (points of an answer, score of an attempt). */
const ShareSchema = z.number().check(z.minimum(0, '分数不能小于 0'), z.maximum(1, '分数不能大于 1'));

/**
 * One entry of a response or display order: a choice id (`a`, `b`, …), `true`/`false`, or an ordering step's index.
 * As long as any record id may be (it was 10 characters): widening accepts everything accepted before, and a content
 * test checks that every answer the quiz can write for the real bank fits.
 */
const ChoiceSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, '选项编号不对'));

/** A person's name: 1–40 characters, no markup or control characters. */
export const NameSchema = z.string().check(
  z.refine((s) => s.trim().length > 0, '姓名是空的'),
  z.maxLength(40, '姓名超过 40 个字'),
  // eslint-disable-next-line no-control-regex
  z.refine((s) => !/[<>\u0000-\u001f]/.test(s), '姓名里有 < > 或控制字符'),
);

/** A person who answers quizzes on this device. */
export const ProfileSchema = z.looseObject({
  /** Stable id (`p-…`), unique across devices so exports from several phones merge. */
  id: RecordIdSchema,
  /** The name as typed. */
  name: NameSchema,
  /** Staff number, may be empty. */
  staffNo: z.string().check(z.maxLength(20, '工号超过 20 个字符')),
  /** When the person was added. */
  createdAt: TimestampSchema,
});

/** The answer given to one question of an attempt; once given it is never changed. */
export const AnswerSchema = z.looseObject({
  /** The choice ids picked, in order for ordering questions. */
  response: z.array(ChoiceSchema).check(z.maxLength(20)),
  /** Points earned, 0–1. */
  points: ShareSchema,
  /** Whether the answer earned full points. */
  correct: z.boolean(),
  /** When it was answered; the earliest answer to a question wins when two tabs answered it. */
  at: TimestampSchema,
});

/** One sitting of a quiz set by one person. */
export const AttemptSchema = z.looseObject({
  /** Stable id (`a-…`). */
  id: RecordIdSchema,
  /** The person's profile id. */
  profile: RecordIdSchema,
  /** The quiz set id; a retry of missed questions has the suffix `--retry`. */
  set: RecordIdSchema,
  /** When it was started. */
  startedAt: TimestampSchema,
  /** When it was finished (all questions answered and scored), or null while open. */
  finishedAt: z.nullable(TimestampSchema),
  /** The question ids drawn for this attempt, in the order they are asked. */
  questions: z.array(RecordIdSchema).check(z.maxLength(100)),
  /** Per question, the order its choices are shown in. */
  orders: z.record(RecordIdSchema, z.array(ChoiceSchema).check(z.maxLength(20))),
  /** Per question id, the answer given. */
  answers: z.record(RecordIdSchema, AnswerSchema),
  /** The score 0–1 once finished, else null. */
  score: z.nullable(ShareSchema),
  /** Whether the score reached the pass mark, once finished, else null. */
  passed: z.nullable(z.boolean()),
});

/** A question's place in a person's review schedule (Leitner box and the day it is due again). */
export const ReviewCardSchema = z.looseObject({
  /** Leitner box 1–5. */
  box: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
  /** The day the question is due again. */
  due: DaySchema,
});

/** The records of one device, version 3 (the active person is no longer stored: it is per tab). */
export const StoreSchema = z.looseObject({
  /** Format version; 3 since the active person moved to the tab. */
  version: z.literal(3),
  /** Everyone who has answered on this device (or been imported). */
  profiles: z.array(ProfileSchema),
  /** Every attempt, open or finished. */
  attempts: z.array(AttemptSchema),
  /** Per profile id, per question id, the review card. */
  reviews: z.record(RecordIdSchema, z.record(RecordIdSchema, ReviewCardSchema)),
  /** Ids of attempts and profiles that were deleted, with when: a merge never brings them back. */
  removed: z.record(RecordIdSchema, TimestampSchema),
});

/** Version 2 (until 2026-12): as version 3 with a shared `active` person and no `removed`. */
export const StoreV2Schema = z.looseObject({
  version: z.literal(2),
  profiles: z.array(ProfileSchema),
  /** The person answering on this device, or null. An empty string was written by mistake and means "nobody". */
  active: z.nullable(z.string()),
  attempts: z.array(AttemptSchema),
  reviews: z.record(RecordIdSchema, z.record(RecordIdSchema, ReviewCardSchema)),
});

/** Version 1 (before profiles had ids): names and summary results only. */
export const StoreV1Schema = z.looseObject({
  version: z.literal(1),
  staff: z.array(z.looseObject({ name: NameSchema, no: z.optional(z.string().check(z.maxLength(20))) })),
  results: z.array(z.looseObject({ staff: NameSchema, set: RecordIdSchema, date: DaySchema, score: ShareSchema })),
});

/** Marks a file as a training export of this site, so a foreign JSON file is recognised as such. */
export const EXPORT_KIND = 'saoma-training-export';

/** The envelope of a JSON export, before its store is read (the store may be of version 2 or 3). */
export const ExportEnvelopeSchema = z.looseObject({
  /** Always `saoma-training-export`. */
  kind: z.literal(EXPORT_KIND),
  /** 2 (store version 2) or 3 (store version 3). */
  version: z.union([z.literal(2), z.literal(3)]),
  /** When the export was made (free text up to 40 characters in version 2 files). */
  exportedAt: z.optional(z.string().check(z.maxLength(40))),
  /** The exported records. */
  store: z.unknown(),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type AnswerRecord = z.infer<typeof AnswerSchema>;
export type Attempt = z.infer<typeof AttemptSchema>;
export type ReviewCardRecord = z.infer<typeof ReviewCardSchema>;
export type Store = z.infer<typeof StoreSchema>;
export type StoreV2 = z.infer<typeof StoreV2Schema>;
export type StoreV1 = z.infer<typeof StoreV1Schema>;

/** A validation problem worded for a person: where in the file, and what is wrong. */
export function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const where = issue.path.map((p) => (typeof p === 'number' ? `第 ${p + 1} 项` : String(p))).join(' › ');
  // zod's own messages are English ("Invalid input: expected string, received undefined"); ours are Chinese.
  const what = /^Invalid|^Too |^Unrecognized/.test(issue.message) ? '缺少，或格式不对' : issue.message;
  return where ? `${where}：${what}` : what;
}
