// Browser-side access to the Pagefind index written at build time into /pagefind/.
import { excerptParts, normalizeQuery, type ExcerptPart } from '../rules/search';

interface PagefindData {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
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
    // Favour pages where the words appear in titles, summaries and 常见说法 over long pages that mention them once.
    await pf.options({ excerptLength: 40, ranking: { pageLength: 0.4, termSaturation: 1.2 } });
    await pf.init();
    return pf;
  })();
  return loading;
}

/** Searches the index; `filters` uses Pagefind's `{ type: { any: [...] } }` form. */
export async function search(query: string, filters: Record<string, unknown> = {}, limit = 20): Promise<{ total: number; hits: Hit[] }> {
  const pf = await load();
  const found = await pf.search(normalizeQuery(query), { filters });
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  const hits = data.map((d): Hit => {
    const type = d.filters['type']?.[0] ?? '';
    const sub = type === 'glossary' ? d.sub_results?.find((s) => s.url.includes('#')) : undefined;
    return {
      url: sub?.url ?? d.url,
      title: sub?.title ?? d.meta['title'] ?? d.url,
      type,
      excerpt: excerptParts(sub?.excerpt ?? d.excerpt),
    };
  });
  return { total: found.results.length, hits };
}
