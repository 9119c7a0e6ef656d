// The /search/ page: reads ?q=, type and stage filters from the URL, shows results, keeps the URL in step.
import { searchText } from '../i18n/search';
import { formatSearchState, hasWords, parseSearchState, type SearchState } from '../rules/search';
import { search } from './pagefind-client';
import { paragraph, renderHits } from './render-results';
import { onTyping } from './typing';

/** Runs the search page: every change of the form updates the results and the shareable URL. */
export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
  const vague = document.querySelector<HTMLElement>('[data-search-vague]');
  const filters = form?.querySelector<HTMLDetailsElement>('[data-search-filters]');
  if (!form || !status || !results || !fallback) return;
  document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  const input = form.querySelector<HTMLInputElement>('input[type=search]');
  if (!input) return;
  const stageIds = [...form.querySelectorAll<HTMLInputElement>('input[name=stage]')].map((i) => i.value);

  const readForm = (): SearchState =>
    parseSearchState(new URLSearchParams(new FormData(form) as unknown as string[][]).toString(), stageIds);
  const writeForm = (state: SearchState) => {
    input.value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = (box.name === 'type' ? state.types : state.stages).includes(box.value);
    }
  };

  let latest = 0;
  const run = async (state: SearchState) => {
    const ticket = ++latest;
    history.replaceState(null, '', `/search/${formatSearchState(state)}`);
    if (vague) vague.hidden = true;
    if (!hasWords(state.q)) {
      // Empty, spaces only, or nothing a person could search for (emoji, signs): say so calmly, offer the way in.
      status.textContent = state.q.trim() ? searchText('searchNoWords') : searchText('searchEmpty');
      results.replaceChildren();
      delete results.dataset['for'];
      fallback.hidden = false;
      return;
    }
    status.textContent = searchText('searchLoading');
    results.setAttribute('aria-busy', 'true');
    const pfFilters: Record<string, unknown> = {};
    if (state.types.length) pfFilters['type'] = { any: state.types };
    if (state.stages.length) pfFilters['stage'] = { any: state.stages };
    try {
      const { total, hits, vague: isVague } = await search(state.q, pfFilters, 20);
      if (ticket !== latest) return;
      if (vague) vague.hidden = !isVague;
      results.removeAttribute('aria-busy');
      status.textContent = total
        ? searchText('searchCount', { n: total })
        : `${searchText('searchNone', { q: state.q })}${searchText('searchNoneHelp')}`;
      results.replaceChildren(renderHits(hits));
      results.dataset['for'] = state.q;
      fallback.hidden = total > 0;
    } catch (error) {
      if (ticket !== latest) return;
      results.removeAttribute('aria-busy');
      status.replaceChildren(paragraph(searchText('searchError', { msg: String(error) })));
      fallback.hidden = false;
    }
  };

  const initial = parseSearchState(location.search, stageIds);
  writeForm(initial);
  // Filters stay folded so the first result is on a phone's first screen, unless the link chose some.
  if (filters && (initial.types.length || initial.stages.length)) filters.open = true;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(readForm());
  });
  form.addEventListener('change', () => void run(readForm()));
  onTyping(input, () => void run(readForm()), 250);
  void run(initial);
}
