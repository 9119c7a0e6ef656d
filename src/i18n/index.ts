import { zhCN, type UiKey } from './zh-CN';

export type { UiKey };

/** Locales the site is built for; content entries carry one of these. */
export const LOCALES = ['zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

const dictionaries: Record<Locale, Record<UiKey, string>> = { 'zh-CN': zhCN };

/** Looks up a UI string and fills `{name}` placeholders. */
export function t(key: UiKey, vars: Record<string, string | number> = {}, locale: Locale = 'zh-CN'): string {
  return dictionaries[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** Formats a date the way Chinese readers expect (2026年11月26日). */
export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}
