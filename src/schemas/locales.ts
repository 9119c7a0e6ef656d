// The one list of locales. Plain TypeScript with no zod, so the browser code of src/i18n can import it too.

/** Locales the site is built for; UI dictionaries (src/i18n) and content entries (`locale:`) use these. */
export const LOCALES = ['zh-CN'] as const;

/** One of LOCALES. */
export type Locale = (typeof LOCALES)[number];

/** The primary edition: its pages have no locale prefix in their URL. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';
