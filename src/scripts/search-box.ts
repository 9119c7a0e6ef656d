// Runs on every page. Kept tiny on purpose: the search code and the index load only when the reader uses the box
// (or at once on /search/). The bundle is added as a script element: a dynamic import() would make Vite pull its
// 1.7 KB preload helper into every page (see src/integrations/search-bundle.mjs).

import { pagefindWorker } from './pagefind-worker';

declare const __BUILD_ID__: string;

function loadSearch(): void {
  if (document.querySelector('script[data-search-ui]')) return;
  // Pagefind's worker fetches its index entry, metadata and WebAssembly while our bundle downloads, not after it.
  pagefindWorker();
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `/_astro/search-ui.js?v=${__BUILD_ID__}`;
  script.dataset['searchUi'] = '';
  document.head.append(script);
}

/** Shows how many training sets are due, from the summary the training pages keep (no training code loads here). */
export function showDueBadge(): void {
  try {
    const due = (JSON.parse(localStorage.getItem('saoma-training-due') ?? '{}') as { due?: unknown }).due;
    const badge = document.querySelector<HTMLElement>('[data-due-badge]');
    if (badge && typeof due === 'number' && due > 0) {
      badge.textContent = String(Math.min(due, 99));
      badge.title = `${due} 个培训题组待完成`;
      badge.hidden = false;
    }
  } catch {
    /* storage unavailable: no badge */
  }
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
