// UI strings per locale, and the helpers that know the page's locale: `i18nFor(Astro.url)` in .astro files,
// `useT()` in islands (src/i18n/island.ts), `translator(locale)` anywhere else. Rules return codes; these word them.
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../schemas/locales';
import { fill, pseudo, type Vars } from './fill';
import { zhCN, type UiKey } from './zh-CN';

export { fill, PSEUDO, PSEUDO_MARKS, type Vars } from './fill';

export { DEFAULT_LOCALE, LOCALES, type Locale, type UiKey };

/** Looks up a UI string of one locale and fills its placeholders. */
export type Translate = (key: UiKey, vars?: Vars) => string;

const dictionaries: Record<Locale, Record<UiKey, string>> = { 'zh-CN': zhCN };

/** The t() of one locale. */
export function translator(locale: Locale = DEFAULT_LOCALE): Translate {
  const dictionary = dictionaries[locale];
  return (key, vars) => pseudo(fill(dictionary[key], vars));
}

/** Looks up a UI string and fills `{name}` placeholders (the default locale unless one is given). */
export function t(key: UiKey, vars: Vars = {}, locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale)(key, vars);
}

/** The locale of a page from its URL: a first path segment naming a locale (`/en/…`), else the default. */
export function localeOf(url: URL): Locale {
  const first = url.pathname.split('/')[1] ?? '';
  return LOCALES.find((l) => l !== DEFAULT_LOCALE && String(l).toLowerCase() === first.toLowerCase()) ?? DEFAULT_LOCALE;
}

/** A site path in a locale: unchanged for the default locale, `/en/…` for another. */
export function localePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${String(locale).toLowerCase()}${path}`;
}

/** Formats a date the way readers of the locale expect (2026年11月26日). */
export function formatDate(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale)('dateLong', { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
}

/** Everything a page, layout or component needs for its locale: `const { t, link } = i18nFor(Astro.url)`. */
export function i18nFor(url: URL) {
  const locale = localeOf(url);
  return {
    locale,
    t: translator(locale),
    /** A link to a site path in the page's locale. */
    link: (path: string) => localePath(locale, path),
    /** A date as the page's readers expect it. */
    date: (date: Date) => formatDate(date, locale),
  };
}
