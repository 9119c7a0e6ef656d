// Reads training records and imported files through the schemas of src/schemas/records.ts: every version, every
// field, with a message (in the reader's language: each reader takes the page's t()) that names what is wrong. Pure (no storage, no DOM), so it is unit-tested directly.
import {
  migrateV1,
  migrateV2,
  mergeStores,
  emptyStore,
  canonical,
  STORE_VERSION,
  unknownQuestions,
  type Store,
} from '../../rules/records';
import type { Translate, UiKey } from '../../i18n';
import {
  AttemptSchema,
  EXPORT_KIND,
  ExportEnvelopeSchema,
  ProfileSchema,
  RecordIdSchema,
  ReviewCardSchema,
  StoreSchema,
  StoreV1Schema,
  StoreV2Schema,
  TimestampSchema,
  describeIssue,
} from '../../schemas/records';

/** Largest import accepted (bytes): a year of a 30-person team is far smaller. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** What reading the stored value found. */
export type Decoded =
  | { kind: 'empty' }
  /** Readable. `dropped` lists parts that were not (they are left out; the caller keeps the original aside). */
  | { kind: 'ok'; store: Store; migratedFrom?: 1 | 2; active?: string | null; dropped: string[] }
  /** Written by a newer version of the site: leave it untouched and read-only. `store` is what this version can show. */
  | { kind: 'newer'; version: number; store: Store }
  | { kind: 'corrupt'; reason: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Keeps the items of a list that pass a schema, naming each one that does not. */
function salvageList<T>(
  t: Translate,
  list: unknown,
  schema: {
    safeParse(
      x: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  label: string,
  dropped: string[],
): T[] {
  if (!Array.isArray(list)) {
    if (list !== undefined) dropped.push(t('recordsNotAList', { label }));
    return [];
  }
  const out: T[] = [];
  list.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) out.push(r.data);
    else dropped.push(t('recordsBadItem', { label, n: i + 1, issue: describeIssue(r.error.issues[0]!) }));
  });
  return out;
}

/** Keeps the entries of a record whose key is a valid id and whose value passes a check. */
function salvageRecord<T>(
  t: Translate,
  rec: unknown,
  ok: (v: unknown) => v is T,
  label: string,
  dropped: string[],
): Record<string, T> {
  const out: Record<string, T> = {};
  if (!isObject(rec)) return out;
  for (const [k, v] of Object.entries(rec)) {
    if (RecordIdSchema.safeParse(k).success && ok(v)) out[k] = v;
    else dropped.push(t('recordsBadEntry', { label, key: k.slice(0, 40) }));
  }
  return out;
}

/** The name of a part of the store, as a reader would call it. */
const part = (t: Translate, name: 'profiles' | 'attempts' | 'reviews' | 'removed') => t(`recordsPart_${name}` as UiKey);

/** Reads a version-3 (or loosely, a newer) store part by part, keeping every valid part. */
function salvageStore(t: Translate, x: Record<string, unknown>, dropped: string[]): Store {
  const cardOk = (v: unknown): v is Store['reviews'][string][string] => ReviewCardSchema.safeParse(v).success;
  const cardsOk = (v: unknown): v is Store['reviews'][string] =>
    isObject(v) && Object.entries(v).every(([k, c]) => RecordIdSchema.safeParse(k).success && cardOk(c));
  const timeOk = (v: unknown): v is string => TimestampSchema.safeParse(v).success;
  const { version: _v, profiles, attempts, reviews, removed, active: _a, ...extra } = x;
  return canonical({
    ...extra,
    version: STORE_VERSION,
    profiles: salvageList(t, profiles, ProfileSchema, part(t, 'profiles'), dropped),
    attempts: salvageList(t, attempts, AttemptSchema, part(t, 'attempts'), dropped),
    reviews: salvageRecord(t, reviews, cardsOk, part(t, 'reviews'), dropped),
    removed: salvageRecord(t, removed, timeOk, part(t, 'removed'), dropped),
  });
}

/** Reads the stored value (an object from IndexedDB, or parsed JSON): validates, migrates, and never throws. */
export function decodeStore(t: Translate, value: unknown): Decoded {
  if (value === undefined || value === null || value === '') return { kind: 'empty' };
  if (!isObject(value)) return { kind: 'corrupt', reason: t('recordsNotObject') };
  const version = value['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > STORE_VERSION) {
    return { kind: 'newer', version, store: salvageStore(t, value, []) };
  }
  if (version === 1) {
    const r = StoreV1Schema.safeParse(value);
    return r.success
      ? { kind: 'ok', store: migrateV1(r.data), migratedFrom: 1, dropped: [] }
      : { kind: 'corrupt', reason: t('recordsOldIncomplete', { issue: describeIssue(r.error.issues[0]!) }) };
  }
  if (version === 2) {
    const r = StoreV2Schema.safeParse(value);
    if (r.success) {
      const { store, active } = migrateV2(r.data);
      return { kind: 'ok', store, active, migratedFrom: 2, dropped: [] };
    }
    const dropped: string[] = [];
    const store = salvageStore(t, value, dropped);
    return { kind: 'ok', store, migratedFrom: 2, active: null, dropped };
  }
  if (version !== 3) return { kind: 'corrupt', reason: t('recordsNoVersion') };
  const r = StoreSchema.safeParse(value);
  if (r.success) return { kind: 'ok', store: canonical(r.data), dropped: [] };
  const dropped: string[] = [];
  return { kind: 'ok', store: salvageStore(t, value, dropped), dropped };
}

/** Reads stored text (the version-2 localStorage value, a downloaded backup). */
export function decodeStoreText(t: Translate, raw: string | null): Decoded {
  if (raw === null || raw === '') return { kind: 'empty' };
  try {
    return decodeStore(t, JSON.parse(raw));
  } catch {
    return { kind: 'corrupt', reason: t('recordsNotJson') };
  }
}

/** A JSON export: one or more profiles with their attempts and reviews. */
export interface TrainingExport {
  kind: typeof EXPORT_KIND;
  version: 3;
  exportedAt: string;
  store: Store;
}

/** The subset of a store for some profiles (all when `ids` is empty). */
export function exportStore(store: Store, ids: string[], exportedAt: string): TrainingExport {
  const keep = (id: string) => ids.length === 0 || ids.includes(id);
  const reviews = Object.fromEntries(Object.entries(store.reviews).filter(([id]) => keep(id)));
  const part: Store = {
    ...emptyStore(),
    profiles: store.profiles.filter((p) => keep(p.id)),
    attempts: store.attempts.filter((a) => keep(a.profile)),
    reviews,
  };
  return { kind: EXPORT_KIND, version: 3, exportedAt, store: part };
}

/** Outcome of reading an imported file. */
export type ImportResult = { ok: true; data: TrainingExport; warnings: string[] } | { ok: false; error: string };

/**
 * Reads an imported file's text (an export of version 2 or 3). A file with any invalid part is refused whole, with a
 * message naming the first problem; question ids the bank does not know are only warned about.
 */
export function decodeImport(
  t: Translate,
  text: string,
  bytes: number,
  knownQuestions?: ReadonlySet<string>,
): ImportResult {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: t('recordsImportTooBig', { kb: Math.ceil(bytes / 1024) }) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: t('recordsImportNotJson') };
  }
  if (!isObject(parsed) || parsed['kind'] !== EXPORT_KIND) return { ok: false, error: t('recordsImportForeign') };
  const envelope = ExportEnvelopeSchema.safeParse(parsed);
  if (!envelope.success)
    return { ok: false, error: t('recordsImportVersion', { version: String(parsed['version']).slice(0, 10) }) };
  const inner =
    envelope.data.version === 2
      ? StoreV2Schema.safeParse(envelope.data.store)
      : StoreSchema.safeParse(envelope.data.store);
  if (!inner.success)
    return { ok: false, error: t('recordsImportDamaged', { issue: describeIssue(inner.error.issues[0]!) }) };
  const store = inner.data.version === 2 ? migrateV2(inner.data).store : canonical(inner.data);
  const unknown = knownQuestions ? unknownQuestions(store, knownQuestions) : [];
  const warnings = unknown.length
    ? [
        t('recordsImportUnknown', {
          count: unknown.length,
          ids: unknown.slice(0, 5).join(t('recordsListSeparator')),
          more: unknown.length > 5 ? t('recordsImportUnknownMore') : '',
        }),
      ]
    : [];
  return {
    ok: true,
    data: { kind: EXPORT_KIND, version: 3, exportedAt: envelope.data.exportedAt ?? '', store },
    warnings,
  };
}

/** Merges several imports into one team store, without duplicates. */
export function mergeImports(imports: TrainingExport[]): Store {
  return imports.reduce((team, i) => mergeStores(team, i.store), emptyStore());
}
