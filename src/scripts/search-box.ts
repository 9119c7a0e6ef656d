// Runs on every page. Kept tiny on purpose: the search code and the index load when the reader uses the box, at once on
// /search/, and otherwise when the browser is idle after the page has loaded, so that the first question a cashier
// types is answered from a warm index. The bundle is added as a script element: a dynamic import() would make Vite pull
// its 1.7 KB preload helper into every page (see src/integrations/search-bundle.mjs).

import { afterLoad, savingData, whenIdle } from './after-load';
import { pagefindWorker } from './pagefind-worker';

declare const __BUILD_ID__: string;
/** The search bundle's URL, SEARCH_BUNDLE of src/integrations/search-bundle.mjs (put in by Vite's `define`). */
declare const __SEARCH_BUNDLE__: string;

/** How long the browser may stay busy after load before the idle warm-up runs anyway. */
const IDLE_TIMEOUT_MS = 3000;

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

/** Loads the search code when the header box is first touched, focused or typed in, at idle after load, or at once on /search/. */
export function armSearchBox(): void {
  if (document.querySelector('[data-search-page]')) return loadSearch();
  const input = document.querySelector<HTMLInputElement>('[data-search-box] input');
  if (!input) return;
  // pointerdown comes before focus on a tap: a head start of a few dozen milliseconds on a phone.
  for (const type of ['pointerdown', 'focus', 'input']) input.addEventListener(type, loadSearch, { once: true });
  // Whether an input method is composing (pinyin in the box), for the search code that may arrive mid-word.
  input.addEventListener('compositionstart', () => (input.dataset['composing'] = ''));
  input.addEventListener('compositionend', () => delete input.dataset['composing']);
  if (!savingData()) afterLoad(() => whenIdle(loadSearch, IDLE_TIMEOUT_MS));
}
