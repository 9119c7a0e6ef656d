// Ships to the browser: pure helpers for the search box and the /search/ page (reading the words: read-query.ts).
import {
  expandQuery,
  indexTerms,
  normalizeQuery,
  queryCues,
  queryTerms,
  vagueSymptom,
  type SearchWords,
  type Synonyms,
} from './read-query';

export * from './read-query';

/** Content types a search result can be; also the Pagefind `type` filter values. */
export const RESULT_TYPES = ['cause', 'guide', 'case', 'glossary'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** Filters chosen on the /search/ page; an empty list means "all". */
export interface SearchState {
  q: string;
  types: string[];
  stages: string[];
}

/** Splits a query string into decoded key/value pairs (no URLSearchParams: this module has no DOM or Node types). */
export function queryPairs(search: string): [string, string][] {
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return '';
    }
  };
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf('=');
      return at < 0 ? [decode(pair), ''] : [decode(pair.slice(0, at)), decode(pair.slice(at + 1))];
    });
}

/** Reads the search state from a URL query string (`?q=…&type=cause&stage=not_paid`). Unknown values are dropped. */
export function parseSearchState(search: string, stageIds: readonly string[]): SearchState {
  const pairs = queryPairs(search);
  const all = (key: string) => pairs.filter(([k]) => k === key).map(([, v]) => v);
  const known = (list: readonly string[]) => (v: string) => list.includes(v);
  return {
    q: (all('q')[0] ?? '').slice(0, 100),
    types: all('type').filter(known(RESULT_TYPES)),
    stages: all('stage').filter(known(stageIds)),
  };
}

/** Writes the search state as a query string, so a search can be shared as a link. */
export function formatSearchState(state: SearchState): string {
  const pairs: string[] = [];
  if (state.q) pairs.push(`q=${encodeURIComponent(state.q)}`);
  for (const t of state.types) pairs.push(`type=${encodeURIComponent(t)}`);
  for (const s of state.stages) pairs.push(`stage=${encodeURIComponent(s)}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** A piece of an excerpt: plain text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

/** Splits a Pagefind excerpt (escaped text with `<mark>` tags) into parts that can be rendered as text, never as HTML. */
export function excerptParts(html: string): ExcerptPart[] {
  const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '');
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) parts.push({ text: decode(html.slice(last, m.index).replace(/<[^>]*>/g, '')), mark: false });
    parts.push({ text: decode((m[1] ?? '').replace(/<[^>]*>/g, '')), mark: true });
    last = re.lastIndex;
  }
  if (last < html.length) parts.push({ text: decode(html.slice(last).replace(/<[^>]*>/g, '')), mark: false });
  return parts.filter((p) => p.text !== '');
}

/** One search run: the results Pagefind gave for one query string, with how much the run counts. */
export interface SearchRun {
  weight: number;
  results: { id: string; score: number }[];
}

// Pagefind's scores are not comparable between runs (a run of one common word scores long pages high), so runs are
// merged by rank: a page gets weight / (RANK_OFFSET + its place in the run). Measured on the two query sets in
// test/fixtures/search/, rank fusion beat summing scores (and beat weighting runs by how few pages they found).
const RANK_OFFSET = 5;

/**
 * Ranks pages over several runs (the whole query, the articles' words for the cashier's words, then each content word):
 * a page's score is the sum over runs of the run's weight divided by its place in that run, so a page near the top for
 * more of the cashier's words ranks higher, and a page need not match them all.
 */
export function mergeRuns(runs: SearchRun[]): { id: string; score: number; matched: number }[] {
  const pages = new Map<string, { id: string; score: number; matched: number }>();
  for (const run of runs) {
    run.results.forEach((r, place) => {
      const page = pages.get(r.id) ?? { id: r.id, score: 0, matched: 0 };
      page.score += run.weight / (RANK_OFFSET + place);
      page.matched += 1;
      pages.set(r.id, page);
    });
  }
  return [...pages.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** One Pagefind run to make for a query, and how much it counts. */
export interface PlannedRun {
  q: string;
  weight: number;
}

/** How much the run of the whole query counts: as much as one word (it is often empty for a long question). */
export const WHOLE_QUERY_WEIGHT = 1;
/** How much a run of an article word found through a synonym counts: the cashier's word told us what is meant. */
export const SYNONYM_WEIGHT = 2.5;
/** At most this many runs per query: each run fetches its own index chunks (the cues need no run; 6 scored as 10 did). */
export const MAX_RUNS = 6;

/** What the query side knows of the index (SearchData.whole and .everywhere; `everywhere` is empty on a small site). */
export interface IndexWords {
  whole?: readonly string[];
  everywhere?: readonly string[];
}

/**
 * The runs for a query, each written as the index's words (indexTerms): the whole (trimmed) query, the articles' words
 * for the cashier's words, then each content word. A word on nearly every page (`everywhere`) is left out of every run
 * (the whole query keeps it when it has nothing else), and a run left empty or the same as an earlier one is dropped.
 */
export function planRuns(raw: string, synonyms: Synonyms, words: SearchWords, index: IndexWords = {}): PlannedRun[] {
  const whole = normalizeQuery(raw, words);
  const write = (text: string, skip: readonly string[]) => indexTerms(text, index.whole ?? [], words.segmenter, skip);
  const everywhere = index.everywhere ?? [];
  const first = write(whole, everywhere) || write(whole, []);
  const runs: PlannedRun[] = [{ q: first, weight: WHOLE_QUERY_WEIGHT }];
  const seen = new Set([first, '']);
  const add = (text: string, weight: number) => {
    const q = write(text, everywhere);
    if (!seen.has(q) && runs.length < MAX_RUNS) runs.push({ q, weight });
    seen.add(q);
  };
  for (const term of expandQuery(whole, synonyms)) add(term, SYNONYM_WEIGHT);
  const lexicon = synonyms.flatMap(([term, said]) => [term, ...said]).filter((w) => !w.includes('…'));
  for (const term of queryTerms(whole, words, lexicon)) add(term, 1);
  return runs;
}

/** How much each content type counts in the ranking: a cashier needs the cause page first, the glossary last. */
export const TYPE_WEIGHT: Record<string, number> = { cause: 1, guide: 0.4, case: 0.3, glossary: 0.2 };

/** Pagefind ranking options, tuned on test/fixtures/search/queries.json (shorter pages and repeated words count less). */
export const RANKING = { pageLength: 0.5, termFrequency: 0.5 };

/** Puts the pages in `first` (in that order) ahead of the others, keeping the others' order. */
export function putFirst<T extends { url: string }>(hits: readonly T[], first: readonly string[]): T[] {
  const rank = (hit: T) => {
    const i = first.indexOf(hit.url);
    return i < 0 ? first.length : i;
  };
  return hits
    .map((hit, i) => ({ hit, i }))
    .sort((a, b) => rank(a.hit) - rank(b.hit) || a.i - b.i)
    .map(({ hit }) => hit);
}

/**
 * How much one of the query's discriminating words adds to the score of the cause page it points to: about what a
 * synonym run adds to its first page, so a cue decides between look-alike causes but not against a clearly better match.
 * Measured on both query sets, anything from 0.4 to 1 scores within a query of the best.
 */
export const CUE_WEIGHT = 0.6;

/**
 * The final order of the hits shown: each hit's merged score plus a bonus for every discriminating word of the query
 * that points to its cause; a vague question ("付了没到账") puts the causes that most often explain it first instead.
 */
export function orderHits<T extends { url: string; score: number }>(
  hits: readonly T[],
  query: string,
  data: Pick<SearchData, 'synonyms' | 'common'>,
  words: SearchWords,
): { hits: T[]; vague: boolean } {
  if (vagueSymptom(query, words) !== null) return { hits: putFirst(hits, data.common), vague: true };
  const cues = queryCues(normalizeQuery(query, words), data.synonyms);
  const bonus = (url: string) => CUE_WEIGHT * (cues.get(/^\/causes\/([^/]+)\/$/.exec(url)?.[1] ?? '') ?? 0);
  const scored = hits.map((hit, i) => ({ hit, i, score: hit.score + bonus(hit.url) }));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return { hits: scored.map(({ hit }) => hit), vague: false };
}

/** What the search code fetches besides the index: the synonyms, and what to offer for a vague question. */
export interface SearchData {
  synonyms: Synonyms;
  /** Cause pages that most often explain a general "paid, but not arrived", most common first. */
  common: string[];
  /** The wizard, with the problem pre-answered when the wizard can take it. */
  diagnose: string;
  /**
   * Words on nearly every page of a large site (written into the file after indexing; absent on a small one): a run of
   * its own for such a word orders the pages hardly at all, yet costs as much as any, so planRuns leaves it out.
   */
  everywhere?: string[];
  /**
   * Words of the synonym lists that the index holds as one word (written in after indexing): a query keeps them whole
   * rather than split by the runtime's segmenter (see indexTerms).
   */
  whole?: string[];
}

/** Whether a query has anything to search for: a letter, digit or Chinese character (not only spaces, emoji or signs). */
export function hasWords(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}
