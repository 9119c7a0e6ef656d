// Everything search needs in the browser, loaded on demand by search-box.ts; it wires itself up when it runs.
import { load } from './pagefind-client';
import { attachInlineSearch } from './search-inline';
import { runSearchPage } from './search-page';

// This bundle arrives when the reader focuses the box: start fetching Pagefind, its wasm and the index entry now, while
// they type, instead of after the first word.
void load().catch(() => undefined);
const box = document.querySelector<HTMLElement>('[data-search-box]');
const input = box?.querySelector('input');
if (box && input) attachInlineSearch(box, input);
if (document.querySelector('[data-search-page]')) runSearchPage();
