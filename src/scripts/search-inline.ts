// The header search: results appear under the box as the reader types; Enter opens the full /search/ page.
import { searchText } from '../i18n/search';
import { load, search } from './pagefind-client';
import { paragraph, renderHits } from './render-results';
import { onTyping } from './typing';

/** How long the reader pauses between keys before a search runs for what they typed. */
const TYPING_PAUSE_MS = 180;

/** Wires the header search box to the index. */
export function attachInlineSearch(box: HTMLElement, input: HTMLInputElement): void {
  const panel = box.querySelector<HTMLElement>('[data-search-panel]');
  if (!panel) return;
  let latest = 0;
  // Until the index has loaded, a query waits for it anyway: run it at once rather than after the typing pause, and
  // let only the latest one search when the index arrives.
  let ready = false;
  // A failed load counts too: the next search loads again, after the typing pause like any other.
  void load()
    .catch(() => undefined)
    .then(() => (ready = true));
  const close = () => {
    panel.hidden = true;
    delete panel.dataset['for'];
  };
  // Closed by the reader (Escape, a tap elsewhere): a search still running must not open the panel again.
  const dismiss = () => {
    latest++;
    close();
  };
  const run = async () => {
    const q = input.value.trim();
    const ticket = ++latest;
    if (!q) return close();
    try {
      await load();
      if (ticket !== latest) return;
      const started = performance.now();
      const { total, hits, vague, diagnose } = await search(q, {}, 5);
      // The time a query takes once the index is loaded, without the typing pause or rendering; npm run bench reads it.
      performance.clearMeasures('search-work');
      performance.measure('search-work', { start: started });
      if (ticket !== latest) return;
      panel.replaceChildren();
      panel.dataset['for'] = q;
      if (vague) {
        // A vague question: the wizard first, then the causes that most often explain it.
        const start = document.createElement('a');
        start.href = diagnose;
        start.className = 'start-diagnose';
        start.textContent = searchText('searchVagueStart');
        panel.append(start);
      }
      if (!hits.length) {
        panel.append(paragraph(searchText('searchNone', { q })));
      } else {
        panel.append(renderHits(hits));
        const more = document.createElement('a');
        more.href = `/search/?q=${encodeURIComponent(q)}`;
        more.textContent = `${searchText('searchMore')}${searchText('inParens', { text: total })}`;
        panel.append(more);
      }
    } catch (error) {
      if (ticket !== latest) return;
      panel.replaceChildren(paragraph(searchText('searchError', { msg: String(error) })));
      delete panel.dataset['for'];
    }
    panel.hidden = false;
  };

  onTyping(
    input,
    () => void run(),
    TYPING_PAUSE_MS,
    () => !ready,
  );
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') dismiss();
  });
  document.addEventListener('click', (e) => {
    if (!box.contains(e.target as Node)) dismiss();
  });
  // Typed before this code arrived: search it now, unless an input method is still composing it (search-box.ts marks
  // the box), in which case the committed word will come as an input event.
  if (input.value.trim() && !('composing' in input.dataset)) void run();
}
