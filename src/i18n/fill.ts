// What every translator shares, kept apart from the dictionaries so a feature that needs only its own strings (the
// search code: src/i18n/search.ts) does not pull in the whole dictionary with it.

/** Values for `{name}` placeholders. */
export type Vars = Record<string, string | number>;

/** The marks a pseudo-locale build wraps around every UI string. */
export const PSEUDO_MARKS = ['［', '］'] as const;

/**
 * A pseudo-locale build (`PUBLIC_PSEUDO_LOCALE=1 astro build`, see `npm run build:pseudo`) wraps every UI string in
 * ［…］, so a string that bypasses the dictionary shows up unwrapped (test/e2e/pseudo-locale.spec.ts looks for it).
 */
export const PSEUDO = import.meta.env?.PUBLIC_PSEUDO_LOCALE === '1';

/** Fills `{name}` placeholders; an unknown name stays as written. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** A UI string as the build shows it: wrapped in the pseudo-locale's marks in a pseudo-locale build. */
export function pseudo(text: string): string {
  return PSEUDO ? `${PSEUDO_MARKS[0]}${text}${PSEUDO_MARKS[1]}` : text;
}
