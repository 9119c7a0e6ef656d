// Ships to the browser: pure helpers for the search box and the /search/ page.
import type { SynonymGroup } from '../schemas/search';

/** Content types a search result can be; also the Pagefind `type` filter values. */
export const RESULT_TYPES = ['cause', 'guide', 'case', 'glossary'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** Filters chosen on the /search/ page; an empty list means "all". */
export interface SearchState {
  q: string;
  types: string[];
  stages: string[];
}

// Words that say "help me" rather than what the problem is. Pagefind matches every word of the query, so these only
// add noise to the ranking ("…怎么办" would favour whichever page says 怎么办 most).
const FILLERS = [
  '是怎么回事',
  '怎么回事',
  '咋回事',
  '怎么办呢',
  '怎么办',
  '咋办',
  '怎么处理',
  '如何处理',
  '怎么解决',
  '是什么意思',
  '什么意思',
  '什么情况',
  '为什么',
  '为啥',
  '请问',
  '求助',
  '急',
];

/** Trims a cashier's question down to the words that describe the problem. Never returns an empty string for a non-empty query. */
export function normalizeQuery(raw: string): string {
  const trimmed = raw.replace(/\s+/g, ' ').trim().slice(0, 100);
  let q = trimmed;
  for (const filler of FILLERS) q = q.split(filler).join(' ');
  q = q
    .replace(/[？?！!。，,、~～…]+/g, ' ')
    .replace(/[吗呢啊呀吧]\s*$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return q || trimmed;
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

// Words too common to say anything about the problem on their own. Pagefind requires every word of a query to be on
// the page, so long colloquial questions need their content words searched one by one (see mergeRuns).
const STOPWORDS = new Set([
  '的',
  '了',
  '我',
  '你',
  '他',
  '她',
  '它',
  '们',
  '是',
  '在',
  '有',
  '就',
  '都',
  '也',
  '和',
  '跟',
  '把',
  '被',
  '给',
  '让',
  '说',
  '这',
  '那',
  '吗',
  '呢',
  '啊',
  '吧',
  '呀',
  '怎么',
  '怎样',
  '什么',
  '啥',
  '咋',
  '还',
  '又',
  '却',
  '要',
  '会',
  '能',
  '可以',
  '一个',
  '个',
  '下',
  '上',
  '里',
  '后',
  '时',
  '时候',
  '一直',
  '突然',
  '总',
  '总是',
  '老是',
  '为',
  '得',
  '着',
  '过',
  '几',
  '多少',
  '哪',
  '哪个',
  '谁',
  '一',
  '没',
  '不',
  '没有',
  '已经',
  '现在',
  '刚才',
  '到底',
  '还是',
  '是不是',
  '有没有',
]);

// Names of wallets and payment networks: nearly every page has them, so a run of one says nothing about the cause.
const BRANDS = ['支付宝', '微信', '云闪付', '银联'];

/**
 * The content words of a query, in order, without duplicates or stopwords (at most 8). Words of the site's own
 * vocabulary (`lexicon`: the synonym lists) are taken whole first, longest first, since the runtime's word segmenter does
 * not know most of them; wallet names are dropped. The segmenter splits words it does not know into single characters
 * (转圈 → 转/圈); neighbouring single characters are joined back into one word and a character left alone is dropped.
 */
export function queryTerms(query: string, lexicon: readonly string[] = []): string[] {
  const q = query.toLowerCase();
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
  for (const brand of BRANDS) rest = rest.split(brand).join(' ');
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const found: { at: number; word: string }[] = [...taken];
  let singles = '';
  let singlesAt = 0;
  const flush = () => {
    if (singles.length >= 2) found.push({ at: singlesAt, word: singles });
    singles = '';
  };
  for (const { segment, index, isWordLike } of segmenter.segment(rest)) {
    const word = segment.trim();
    if (!isWordLike || !word || STOPWORDS.has(word)) flush();
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

/** The runs for a query: the whole (trimmed) query, the articles' words for the cashier's words, then each content word. */
export function planRuns(raw: string, synonyms: Synonyms = []): PlannedRun[] {
  const whole = normalizeQuery(raw);
  const runs: PlannedRun[] = [{ q: whole, weight: WHOLE_QUERY_WEIGHT }];
  const seen = new Set([whole]);
  const add = (q: string, weight: number) => {
    if (!seen.has(q) && runs.length < MAX_RUNS) runs.push({ q, weight });
    seen.add(q);
  };
  for (const term of expandQuery(whole, synonyms)) add(term, SYNONYM_WEIGHT);
  const lexicon = synonyms.flatMap(([term, words]) => [term, ...words]).filter((w) => !w.includes('…'));
  for (const term of queryTerms(whole, lexicon)) add(term, 1);
  return runs;
}

/** How much each content type counts in the ranking: a cashier needs the cause page first, the glossary last. */
export const TYPE_WEIGHT: Record<string, number> = { cause: 1, guide: 0.4, case: 0.3, glossary: 0.2 };

/** Pagefind ranking options, tuned on test/fixtures/search/queries.json (shorter pages and repeated words count less). */
export const RANKING = { pageLength: 0.5, termFrequency: 0.5 };

// A vague question names only the general symptom ("顾客说付了钱但是没到账"). Such a query is made of these words and
// nothing else; any other word (码, 冻结, 两次…) is a clue and makes it a normal search.
const SYMPTOM_WORDS = [
  '没到账',
  '不到账',
  '没进账',
  '没进来',
  '没收到',
  '收不到',
  '没到',
  '到账',
  '有问题',
  '异常',
  '钱没了',
  '去哪了',
  '去哪',
];
const GENERAL_WORDS = [
  '顾客',
  '客人',
  '客户',
  '付了钱',
  '付过了',
  '付款了',
  '付完了',
  '付了',
  '付款',
  '已经',
  '明明',
  '但是',
  '可是',
  '但',
  '就是',
  '收款',
  '收钱',
  '钱',
  '我们',
  '我',
  '店里',
  '这边',
  '这里',
  '一直',
  '还',
  '却',
  '说',
  '的',
  '了',
  '吗',
  '呢',
  '啊',
  '呀',
  '是',
  '怎么',
  '咋',
  '都',
  '也',
  '又',
  '就',
  '这',
  '笔',
];

/** The general problem a vague query names ("付了没到账", "钱没进来", "收款有问题"), or null when the query has a clue. */
export function vagueSymptom(raw: string): 'not_arrived' | null {
  let rest = normalizeQuery(raw).toLowerCase();
  let symptom = false;
  for (const word of SYMPTOM_WORDS) {
    if (rest.includes(word)) symptom = true;
    rest = rest.split(word).join(' ');
  }
  for (const word of GENERAL_WORDS) rest = rest.split(word).join(' ');
  return symptom && rest.replace(/[\s\p{P}]/gu, '') === '' ? 'not_arrived' : null;
}

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
): { hits: T[]; vague: boolean } {
  if (vagueSymptom(query) !== null) return { hits: putFirst(hits, data.common), vague: true };
  const cues = queryCues(normalizeQuery(query), data.synonyms);
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
}

/** Whether a query has anything to search for: a letter, digit or Chinese character (not only spaces, emoji or signs). */
export function hasWords(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}
