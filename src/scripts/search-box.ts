// Runs on every page. Kept tiny on purpose: the search code and the index load only when the reader uses the box
// (or at once on /search/). The bundle is added as a script element: a dynamic import() would make Vite pull its
// 1.7 KB preload helper into every page (see src/integrations/search-bundle.mjs).

import { pagefindWorker } from './pagefind-worker';

declare const __BUILD_ID__: string;
/** The search bundle's URL, SEARCH_BUNDLE of src/integrations/search-bundle.mjs (put in by Vite's `define`). */
declare const __SEARCH_BUNDLE__: string;

function loadSearch(): void {
  if (document.querySelector('script[data-search-ui]')) return;
  // Pagefind's worker fetches its index entry, metadata and WebAssembly while our bundle downloads, not after it.
  pagefindWorker();
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${__SEARCH_BUNDLE__}?v=${__BUILD_ID__}`;
  script.dataset['searchUi'] = '';
  document.head.append(script);
}

/** Loads the search code the first time the header search box is focused or typed in, or at once on /search/. */
export function armSearchBox(): void {
  if (document.querySelector('[data-search-page]')) return loadSearch();
  const input = document.querySelector<HTMLInputElement>('[data-search-box] input');
  // pointerdown comes before focus on a tap: a head start of a few dozen milliseconds on a phone.
  input?.addEventListener('pointerdown', loadSearch, { once: true });
  input?.addEventListener('focus', loadSearch, { once: true });
  input?.addEventListener('input', loadSearch, { once: true });
}
