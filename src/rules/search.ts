// Ships to the browser: pure helpers for the search box and the /search/ page.

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
  '是怎么回事', '怎么回事', '咋回事', '怎么办呢', '怎么办', '咋办', '怎么处理', '如何处理', '怎么解决',
  '是什么意思', '什么意思', '什么情况', '为什么', '为啥', '请问', '求助', '急',
];

/** Trims a cashier's question down to the words that describe the problem. Never returns an empty string for a non-empty query. */
export function normalizeQuery(raw: string): string {
  const trimmed = raw.replace(/\s+/g, ' ').trim().slice(0, 100);
  let q = trimmed;
  for (const filler of FILLERS) q = q.split(filler).join(' ');
  q = q.replace(/[？?！!。，,、~～…]+/g, ' ').replace(/[吗呢啊呀吧]\s*$/u, '').replace(/\s+/g, ' ').trim();
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
