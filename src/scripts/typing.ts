// When a search box searches as the reader types. Shared by the header box and the /search/ page.

/**
 * Calls `search` as the reader types in `input`: at once for the first change after a pause or after the box was emptied
 * (a word picked from the keyboard's candidate bar, a pasted question), then once they pause for `pauseMs`; and never for the pinyin letters
 * an input method is still composing ("shouk"), only for the word it commits. `now()` true searches at once anyway
 * (e.g. while the index loads, when the query waits for it regardless).
 */
export function onTyping(input: HTMLInputElement, search: () => void, pauseMs: number, now = () => false): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastChange = -Infinity;
  let lastValue = input.value;
  const changed = () => {
    // Some keyboards send an input event after compositionend for the same word: search it once.
    if (input.value === lastValue) return;
    lastValue = input.value;
    const at = performance.now();
    const afterPause = at - lastChange > pauseMs;
    // A box emptied is a fresh start: the next question's first word searches at once.
    lastChange = input.value.trim() ? at : -Infinity;
    clearTimeout(timer);
    if (afterPause || now()) search();
    else timer = setTimeout(search, pauseMs);
  };
  input.addEventListener('input', (e) => {
    if (!(e as InputEvent).isComposing) changed();
  });
  input.addEventListener('compositionend', changed);
}
