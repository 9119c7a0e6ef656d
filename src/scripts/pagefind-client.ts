// Browser-side access to the Pagefind index written at build time into /pagefind/.
import {
  RANKING,
  RESULT_TYPES,
  TYPE_WEIGHT,
  excerptParts,
  mergeRuns,
  orderHits,
  planRuns,
  type ExcerptPart,
  type SearchData,
} from '../rules/search';
import { searchWordsFor } from '../i18n/search-words';

interface PagefindData {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
}

/** What a search found, and whether the query only named the general symptom (then offer the wizard first). */
export interface SearchAnswer {
  total: number;
  hits: Hit[];
  vague: boolean;
  /** The wizard's address with the problem pre-answered, when the wizard takes it. */
  diagnose: string;
}

/** One search hit, ready to render as text. */
export interface Hit {
  url: string;
  title: string;
  type: string;
  excerpt: ExcerptPart[];
  /** The merged ranking score the hits are ordered by. */
  score: number;
}

let loading: Promise<{ pf: Pagefind; data: SearchData; types: Map<string, string> }> | undefined;

/** Each page's content type, from Pagefind's small filter index: ranking by type then needs no page fragments. */
async function pageTypes(pf: Pagefind): Promise<Map<string, string>> {
  const lists = await Promise.all(
    RESULT_TYPES.map(async (type) => ({ type, found: await pf.search(null, { filters: { type } }) })),
  );
  return new Map(lists.flatMap(({ type, found }) => found.results.map((r) => [r.id, type] as const)));
}

const NO_DATA: SearchData = { synonyms: [], common: [], diagnose: '/diagnose/' };

/** Synonyms and vague-question help (/search/data.json); search still works without them if they cannot be fetched. */
async function loadData(): Promise<SearchData> {
  try {
    const response = await fetch('/search/data.json');
    return response.ok ? ((await response.json()) as SearchData) : NO_DATA;
  } catch {
    return NO_DATA;
  }
}

/** Starts loading Pagefind, its index entry and the search data (once); call early, e.g. when the search box is focused. */
export function load(): Promise<{ pf: Pagefind; data: SearchData; types: Map<string, string> }> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const data = loadData();
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 40, ranking: RANKING });
    await pf.init();
    return { pf, data: await data, types: await pageTypes(pf) };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Searches the index; `filters` uses Pagefind's `{ type: { any: [...] } }` form. */
export async function search(query: string, filters: Record<string, unknown> = {}, limit = 20): Promise<SearchAnswer> {
  const { pf, data: extra, types } = await load();
  const words = searchWordsFor(document.documentElement.lang);
  const planned = planRuns(query, extra.synonyms, words);
  const runs = await Promise.all(planned.map((run) => pf.search(run.q, { filters })));
  const byId = new Map(runs.flatMap((r) => r.results.map((x) => [x.id, x] as const)));
  const merged = mergeRuns(runs.map((r, i) => ({ weight: planned[i]!.weight, results: r.results })));
  // The content type reorders the pages (cause pages first); only the pages shown then fetch their fragment.
  const shown = merged
    .map((m) => ({ id: m.id, score: m.score * (TYPE_WEIGHT[types.get(m.id) ?? ''] ?? 0.5) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  const data = await Promise.all(shown.map((m) => byId.get(m.id)!.data()));
  const hits = data.map((d, i): Hit => {
    const type = d.filters['type']?.[0] ?? '';
    const sub = type === 'glossary' ? d.sub_results?.find((s) => s.url.includes('#')) : undefined;
    return {
      url: sub?.url ?? d.url,
      title: sub?.title ?? d.meta['title'] ?? d.url,
      type,
      excerpt: excerptParts(sub?.excerpt ?? d.excerpt),
      score: shown[i]!.score,
    };
  });
  // The query's discriminating words lift their causes; a vague question ("付了没到账") puts the common causes first.
  const ordered = orderHits(hits, query, extra, words);
  return { total: merged.length, hits: ordered.hits, vague: ordered.vague, diagnose: extra.diagnose };
}
