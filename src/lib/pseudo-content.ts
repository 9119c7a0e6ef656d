// In a pseudo-locale build (PUBLIC_PSEUDO_LOCALE=1), UI strings come out as ［…］ (src/i18n) and content text as ⟦…⟧,
// so test/e2e/pseudo-locale.spec.ts can tell the two apart and find UI text that bypassed the dictionary.
import { PSEUDO } from '../i18n';

/** The marks around content text in a pseudo-locale build. */
export const CONTENT_MARKS = ['⟦', '⟧'] as const;

const HAN = /\p{Script=Han}/u;

/** Wraps every string with Chinese text in `value` (deeply) in ⟦…⟧; ids, dates and numbers stay as they are. */
export function markContent<T>(value: T): T {
  if (typeof value === 'string')
    return (HAN.test(value) ? `${CONTENT_MARKS[0]}${value}${CONTENT_MARKS[1]}` : value) as T;
  if (Array.isArray(value)) return value.map(markContent) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, markContent(v)])) as T;
  return value;
}

/** Collection entries with their data marked in a pseudo-locale build, untouched otherwise. */
export function markEntries<E extends { data: unknown }>(entries: E[]): E[] {
  return PSEUDO ? entries.map((e) => ({ ...e, data: markContent(e.data) })) : entries;
}
