// Build time only: groups glossary terms under the first letter of their pinyin (or of the Latin term: T+1 → T),
// so the glossary gets an A–Z index. pinyin-pro is a dev dependency and never reaches the browser.
import { pinyin } from 'pinyin-pro';
import type { Term } from '../schemas/glossary';

/** One letter of the index and its terms, sorted by pinyin. */
export interface TermGroup {
  letter: string;
  terms: Term[];
}

/** The pinyin of a term without tones (Latin letters and digits stay as they are), for sorting and the index letter. */
export function termKey(term: string): string {
  return pinyin(term, { toneType: 'none', nonZh: 'consecutive', v: true }).replace(/\s+/g, '').toUpperCase();
}

/** Terms grouped by the first letter of their pinyin, A to Z; a term starting with a digit or sign goes under #. */
export function groupTermsByInitial(terms: readonly Term[]): TermGroup[] {
  const groups = new Map<string, Term[]>();
  const keyed = terms
    .map((term) => ({ term, key: termKey(term.term) }))
    .sort((a, b) => a.key.localeCompare(b.key, 'en'));
  for (const { term, key } of keyed) {
    const first = key.charAt(0);
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups]
    .map(([letter, list]) => ({ letter, terms: list }))
    .sort((a, b) => (a.letter === '#' ? 1 : b.letter === '#' ? -1 : a.letter.localeCompare(b.letter)));
}
