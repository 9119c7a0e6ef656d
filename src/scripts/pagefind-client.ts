// Browser-side access to the Pagefind index written at build time into /pagefind/.
import { RANKING, TYPE_WEIGHT, WHOLE_QUERY_WEIGHT, excerptParts, mergeRuns, normalizeQuery, queryTerms, type ExcerptPart } from '../rules/search';

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
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
}

/** One search hit, ready to render as text. */
export interface Hit {
  url: string;
  title: string;
  type: string;
  excerpt: ExcerptPart[];
}

let loading: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 40, ranking: RANKING });
    await pf.init();
    return pf;
  })();
  return loading;
}

/** Searches the index; `filters` uses Pagefind's `{ type: { any: [...] } }` form. */
export async function search(query: string, filters: Record<string, unknown> = {}, limit = 20): Promise<{ total: number; hits: Hit[] }> {
  const pf = await load();
  const whole = normalizeQuery(query);
  const terms = queryTerms(whole).filter((t) => t !== whole);
  const runs = await Promise.all([whole, ...terms].map((q) => pf.search(q, { filters })));
  const byId = new Map(runs.flatMap((r) => r.results.map((x) => [x.id, x] as const)));
  // The whole query counts more: a page with the cashier's exact words is the best match.
  const merged = mergeRuns(runs.map((r, i) => ({ weight: i === 0 ? WHOLE_QUERY_WEIGHT : 1, results: r.results })));
  // Load a few more than shown (each costs a fragment fetch), then let the content type reorder them (cause pages first).
  const candidates = merged.slice(0, limit + 5);
  const data = await Promise.all(candidates.map((m) => byId.get(m.id)!.data()));
  const hits = data
    .map((d, i) => ({ d, score: candidates[i]!.score * (TYPE_WEIGHT[d.filters['type']?.[0] ?? ''] ?? 0.5) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ d }): Hit => {
      const type = d.filters['type']?.[0] ?? '';
      const sub = type === 'glossary' ? d.sub_results?.find((s) => s.url.includes('#')) : undefined;
      return {
        url: sub?.url ?? d.url,
        title: sub?.title ?? d.meta['title'] ?? d.url,
        type,
        excerpt: excerptParts(sub?.excerpt ?? d.excerpt),
      };
    });
  return { total: merged.length, hits };
}
