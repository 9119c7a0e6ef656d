// The search code's t(): only the search strings (zh-CN-search.ts), so the search bundle stays small.
import type { Locale } from '../schemas/locales';
import { fill, pseudo, type Vars } from './fill';
import { zhCNSearch } from './zh-CN-search';

/** A key of the search strings. */
export type SearchKey = keyof typeof zhCNSearch;

const dictionaries: Record<Locale, Record<SearchKey, string>> = { 'zh-CN': zhCNSearch };

/** Looks up a search string of the page's locale (`<html lang>`, else the default) and fills its placeholders. */
export function searchText(key: SearchKey, vars: Vars = {}): string {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  const dictionary = dictionaries[lang as Locale] ?? dictionaries['zh-CN'];
  return pseudo(fill(dictionary[key], vars));
}
