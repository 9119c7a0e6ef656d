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
  type SearchWords,
} from '../rules/search';
import { searchWordsFor } from '../i18n/search-words';
import { savingData, whenIdle } from './after-load';
import { callPagefind, pagefindWorker, stopPagefindWorker, tellPagefind } from './pagefind-worker';

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
  search(q: string | null, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
}

/** Pagefind in its worker, with our ranking and excerpt options set before the first search. */
async function connect(): Promise<Pagefind> {
  const worker = pagefindWorker();
  // The worker keeps each result's page data until told to let it go; as pagefind.js does, that happens once the
  // result object is garbage (no answer awaited: a search can leave a thousand of them).
  const release = new FinalizationRegistry<string>((dataId) => tellPagefind(worker, 'releaseData', [dataId]));
  await callPagefind(worker, 'options', [{ excerptLength: 40, ranking: RANKING }]);
  return {
    async search(q, o = {}) {
      const found = (await callPagefind(worker, 'search', [q, o])) as {
        results: { id: string; score: number; data: string }[];
      };
      const results = found.results.map(({ id, score, data: dataId }) => {
        const result = { id, score, data: () => callPagefind(worker, 'getData', [dataId]) as Promise<PagefindData> };
        release.register(result, dataId);
        return result;
      });
      return { results };
    },
  };
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

/** What a search needs once loaded. The page types come later: they are looked up while the first query's chunks load. */
interface Loaded {
  pf: Pagefind;
  data: SearchData;
  /** The page locale's words for reading a question. */
  words: SearchWords;
  types: Promise<PageTypes>;
}

let loading: Promise<Loaded> | undefined;

/** Each page's content type, from Pagefind's small filter index: ranking by type then needs no page fragments. */
interface PageTypes {
  types: Map<string, string>;
  /** The cause pages: most answers are among them (TYPE_WEIGHT), so their fragments are worth having early. */
  causes: PagefindResult[];
}

async function pageTypes(pf: Pagefind): Promise<PageTypes> {
  const lists = await Promise.all(
    RESULT_TYPES.map(async (type) => ({ type, found: await pf.search(null, { filters: { type } }) })),
  );
  return {
    types: new Map(lists.flatMap(({ type, found }) => found.results.map((r) => [r.id, type] as const))),
    causes: lists.find(({ type }) => type === 'cause')?.found.results ?? [],
  };
}

let causesFetched = false;
/** Searches running now: the prefetch below waits while there are any. */
let searching = 0;
/**
 * The fragment the prefetch is loading, if any: a search waits for it before asking for its own (Pagefind's worker hands
 * every caller of one page the same cached object, so two loads of one page finishing together could swap excerpts).
 */
let prefetching: Promise<unknown> = Promise.resolve();

/**
 * Once the reader has searched, the cause pages' fragments load one by one when the browser is idle and no search runs
 * (about 3.5 KB each, cached by Pagefind's worker): the next questions, answered mostly by cause pages, then show
 * without waiting for the network. Not for a reader who saves data.
 */
function fetchCauseFragments(causes: PagefindResult[]): void {
  if (causesFetched || savingData()) return;
  causesFetched = true;
  const next = (i: number): void => {
    if (i >= causes.length) return;
    whenIdle(() => {
      if (searching) return next(i);
      prefetching = causes[i]!.data().catch(() => undefined);
      void prefetching.then(() => next(i + 1));
    }, 2000);
  };
  next(0);
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
export function load(): Promise<Loaded> {
  loading ??= (async () => {
    const data = loadData();
    const connecting = connect();
    // The word segmenter (planRuns) loads its Chinese dictionary on first use, tens of milliseconds: pay that now, while
    // the worker loads the index, rather than when the first query arrives.
    const words = searchWordsFor(document.documentElement.lang);
    new Intl.Segmenter(words.segmenter, { granularity: 'word' }).segment(words.symptoms.join('')).containing(0);
    const pf = await connecting;
    const types = pageTypes(pf);
    // A failed lookup fails that search (as a failed load does) and the next search loads again.
    types.catch(() => {
      loading = undefined;
      stopPagefindWorker();
    });
    return { pf, data: await data, words, types };
  })();
  loading.catch(() => {
    loading = undefined;
    stopPagefindWorker();
  });
  return loading;
}

/** Searches the index; `filters` uses Pagefind's `{ type: { any: [...] } }` form. */
export async function search(query: string, filters: Record<string, unknown> = {}, limit = 20): Promise<SearchAnswer> {
  searching++;
  try {
    return await searchNow(query, filters, limit);
  } finally {
    searching--;
  }
}

async function searchNow(query: string, filters: Record<string, unknown>, limit: number): Promise<SearchAnswer> {
  const { pf, data: extra, words, types: typesLoading } = await load();
  const planned = planRuns(query, extra.synonyms, words, extra);
  const runs = await Promise.all(planned.map((run) => pf.search(run.q, { filters })));
  const { types, causes } = await typesLoading;
  const byId = new Map(runs.flatMap((r) => r.results.map((x) => [x.id, x] as const)));
  const merged = mergeRuns(runs.map((r, i) => ({ weight: planned[i]!.weight, results: r.results })));
  // The content type reorders the pages (cause pages first); only the pages shown then fetch their fragment.
  const shown = merged
    .map((m) => ({ id: m.id, score: m.score * (TYPE_WEIGHT[types.get(m.id) ?? ''] ?? 0.5) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  await prefetching;
  const data = await Promise.all(shown.map((m) => byId.get(m.id)!.data()));
  fetchCauseFragments(causes);
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
