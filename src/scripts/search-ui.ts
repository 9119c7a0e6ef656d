// Everything search needs in the browser, loaded on demand by search-box.ts; it wires itself up when it runs.
import { attachInlineSearch } from './search-inline';
import { runSearchPage } from './search-page';

const box = document.querySelector<HTMLElement>('[data-search-box]');
const input = box?.querySelector('input');
if (box && input) attachInlineSearch(box, input);
if (document.querySelector('[data-search-page]')) runSearchPage();
