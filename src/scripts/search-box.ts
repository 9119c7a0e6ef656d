// Runs on every page. Kept tiny on purpose: the search code and the index load only when the reader uses the box.

/** Loads the inline search the first time the header search box is focused or typed in. */
export function armSearchBox(): void {
  const box = document.querySelector<HTMLElement>('[data-search-box]');
  const input = box?.querySelector('input');
  if (!box || !input) return;
  const start = () => {
    input.removeEventListener('focus', start);
    input.removeEventListener('input', start);
    void import('./search-inline').then((m) => m.attachInlineSearch(box, input));
  };
  input.addEventListener('focus', start);
  input.addEventListener('input', start);
}
