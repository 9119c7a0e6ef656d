// Ships to the browser: how a cashier's words are read — trimming, content words, synonym groups and the causes
// their discriminating words point to, and whether a question only names the general symptom.
import type { SynonymGroup } from '../schemas/search';

/**
 * A locale's words for reading a cashier's question (the Simplified Chinese ones are in src/i18n/search-words.ts):
 * the search code takes them as a parameter, so this module holds no language of its own.
 */
export interface SearchWords {
  /** The locale the runtime's word segmenter splits the query in. */
  segmenter: string;
  /** Phrases that say "help me" rather than what the problem is ("…怎么办"), longest first: they are cut out. */
  fillers: readonly string[];
  /** Punctuation to turn into spaces. */
  punctuation: RegExp;
  /** A sentence-final particle to drop ("…吗"). */
  trailingParticle: RegExp;
  /** Words too common to say anything about the problem on their own. */
  stopwords: readonly string[];
  /** Names of wallets and payment networks: nearly every page has them, so a run of one says nothing about the cause. */
  brands: readonly string[];
  /** Words that name only the general symptom ("没到账"): a query of these and `general` words is vague. */
  symptoms: readonly string[];
  /** Words that add nothing to a vague symptom (顾客, 付了, 的…). */
  general: readonly string[];
}

/** Trims a cashier's question down to the words that describe the problem. Never returns an empty string for a non-empty query. */
export function normalizeQuery(raw: string, words: SearchWords): string {
  const trimmed = raw.replace(/\s+/g, ' ').trim().slice(0, 100);
  let q = trimmed;
  for (const filler of words.fillers) q = q.split(filler).join(' ');
  q = q.replace(words.punctuation, ' ').replace(words.trailingParticle, '').replace(/\s+/g, ' ').trim();
  return q || trimmed;
}

/**
 * The content words of a query, in order, without duplicates or stopwords (at most 8). Words of the site's own
 * vocabulary (`lexicon`: the synonym lists) are taken whole first, longest first, since the runtime's word segmenter does
 * not know most of them; wallet names are dropped. The segmenter splits words it does not know into single characters
 * (转圈 → 转/圈); neighbouring single characters are joined back into one word and a character left alone is dropped.
 */
export function queryTerms(query: string, words: SearchWords, lexicon: readonly string[] = []): string[] {
  const q = query.toLowerCase();
  const stopwords = new Set(words.stopwords);
  const taken: { at: number; word: string }[] = [];
  const free = [...q].map(() => true);
  for (const word of [...lexicon].sort((a, b) => b.length - a.length)) {
    for (let at = q.indexOf(word); at >= 0; at = q.indexOf(word, at + 1)) {
      if (!free.slice(at, at + word.length).every(Boolean)) continue;
      taken.push({ at, word });
      free.fill(false, at, at + word.length);
    }
  }
  let rest = [...q].map((c, i) => (free[i] ? c : ' ')).join('');
  for (const brand of words.brands) rest = rest.split(brand).join(' ');
  const segmenter = new Intl.Segmenter(words.segmenter, { granularity: 'word' });
  const found: { at: number; word: string }[] = [...taken];
  let singles = '';
  let singlesAt = 0;
  const flush = () => {
    if (singles.length >= 2) found.push({ at: singlesAt, word: singles });
    singles = '';
  };
  for (const { segment, index, isWordLike } of segmenter.segment(rest)) {
    const word = segment.trim();
    if (!isWordLike || !word || stopwords.has(word)) flush();
    else if (/^\p{Script=Han}$/u.test(word)) {
      if (!singles) singlesAt = index;
      singles += word;
    } else {
      flush();
      found.push({ at: index, word });
    }
  }
  flush();
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.word))].slice(0, 8);
}

/** A character Pagefind drops from a query: punctuation of the dash, bracket, quote and other classes. */
const DROPPED = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/**
 * A query written as the words of the index, for Pagefind with its own query segmentation turned off. The runtime's
 * word segmenter, which Pagefind would use, splits many words the index holds whole (超时 → 超 + 时, 到账 → 到 + 账),
 * and each half then matches every word it starts: a slower search and a looser one. So the words the index is known
 * to hold (`whole`, longest first) stay whole; the rest is split by the segmenter as Pagefind would, punctuation
 * dropped and letters lowercased as Pagefind does. Words in `skip` are left out. The words are joined by single spaces.
 */
export function indexTerms(
  text: string,
  whole: readonly string[],
  segmenter: string,
  skip: readonly string[] = [],
): string {
  const q = text.toLowerCase();
  const taken: (string | undefined)[] = new Array(q.length);
  // A Latin word is taken only where it stands alone ("pos" in "pos机", not "ts" in "payments").
  const latin = /[a-z0-9_]/;
  const alone = (at: number, end: number) =>
    !(latin.test(q[at] ?? '') && latin.test(q[at - 1] ?? '')) &&
    !(latin.test(q[end - 1] ?? '') && latin.test(q[end] ?? ''));
  for (const word of [...whole].sort((a, b) => b.length - a.length)) {
    for (let at = q.indexOf(word); at >= 0; at = q.indexOf(word, at + 1)) {
      if (!alone(at, at + word.length) || taken.slice(at, at + word.length).some((t) => t !== undefined)) continue;
      taken.fill('', at, at + word.length);
      taken[at] = word;
    }
  }
  const terms: string[] = [];
  const split = new Intl.Segmenter(segmenter, { granularity: 'word' });
  let rest = '';
  const flush = () => {
    for (const { segment } of split.segment(rest)) {
      const term = segment.replace(DROPPED, '').trim();
      if (term) terms.push(term);
    }
    rest = '';
  };
  for (let at = 0; at < q.length; at++) {
    if (taken[at] === undefined) rest += q[at];
    else if (taken[at]) {
      flush();
      terms.push(taken[at]!);
    }
  }
  flush();
  const skipped = new Set(skip);
  return terms.filter((term) => !skipped.has(term)).join(' ');
}

/** Synonym groups as the browser gets them: the articles' word, the words cashiers use for it, the causes they point to. */
export type Synonyms = [term: string, words: string[], causes?: string[]][];

/** Compacts validated synonym groups (content/search/synonyms.yaml) for the browser; words are matched lowercase. */
export function compileSynonyms(
  groups: readonly (Pick<SynonymGroup, 'term' | 'words'> & { causes?: readonly string[] })[],
): Synonyms {
  return groups.map((g) => {
    const words = [...new Set(g.words.map((w) => w.toLowerCase()))];
    return g.causes?.length ? [g.term, words, [...g.causes]] : [g.term, words];
  });
}

/** In a synonym word, `…` stands for a gap of up to this many characters ("卡…冻" matches 卡被冻, 卡给冻). */
export const GAP = 8;

/** Where `word` occurs in `text`: [start, end) spans; `…` in the word matches a short gap. */
function spans(text: string, word: string): [number, number][] {
  const parts = word.split('…').filter(Boolean);
  const found: [number, number][] = [];
  const first = parts[0];
  if (!first) return found;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    let end = at + first.length;
    for (const part of parts.slice(1)) {
      const next = text.indexOf(part, end);
      end = next >= 0 && next - end <= GAP ? next + part.length : -1;
      if (end < 0) break;
    }
    if (end >= 0) found.push([at, end]);
  }
  return found;
}

/**
 * The synonym groups a query names, by index. A word found inside a longer word of another group that points to causes
 * does not count (向个人转账 is the customer's warning, not the 个人转账 of a payout), so the more specific phrase
 * decides; a longer word that points nowhere (the glossary's 身份证过期) leaves the shorter one's cue alone.
 */
export function matchGroups(query: string, synonyms: Synonyms): number[] {
  const q = query.toLowerCase();
  const found = synonyms.flatMap(([term, words], group) =>
    [term.toLowerCase(), ...words].flatMap((w) => spans(q, w).map(([start, end]) => ({ group, start, end }))),
  );
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.group - b.group);
  const kept: typeof found = [];
  for (const m of found) {
    const inside = kept.some(
      (k) => k.group !== m.group && synonyms[k.group]![2] && k.start <= m.start && m.end <= k.end,
    );
    if (!inside) kept.push(m);
  }
  return [...new Set(kept.map((m) => m.group))].sort((a, b) => a - b);
}

/**
 * The articles' words for the groups a query touches: by one of the cashier's words, or by the article word itself
 * (the word segmenter may split it: 支付中 → 支付 + 中, so it gets a run of its own either way).
 */
export function expandQuery(query: string, synonyms: Synonyms): string[] {
  return [...new Set(matchGroups(query, synonyms).map((i) => synonyms[i]![0]))];
}

/**
 * The causes the query's words point to, each with how many of the query's groups point to it (the discriminating
 * words of the domain: 只收不付 → an authority's freeze, 涉嫌交易异常 → a risk hold, 向个人转账 → a swapped code).
 */
export function queryCues(query: string, synonyms: Synonyms): Map<string, number> {
  const cues = new Map<string, number>();
  for (const i of matchGroups(query, synonyms)) {
    for (const cause of synonyms[i]![2] ?? []) cues.set(cause, (cues.get(cause) ?? 0) + 1);
  }
  return cues;
}

/** The general problem a vague query names ("付了没到账", "钱没进来", "收款有问题"), or null when the query has a clue. */
export function vagueSymptom(raw: string, words: SearchWords): 'not_arrived' | null {
  let rest = normalizeQuery(raw, words).toLowerCase();
  let symptom = false;
  for (const word of words.symptoms) {
    if (rest.includes(word)) symptom = true;
    rest = rest.split(word).join(' ');
  }
  for (const word of words.general) rest = rest.split(word).join(' ');
  return symptom && rest.replace(/[\s\p{P}]/gu, '') === '' ? 'not_arrived' : null;
}
