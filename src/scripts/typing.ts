// When a search box searches as the reader types. Shared by the header box and the /search/ page; the decision is
// src/rules/typing.ts, this adds the events and the timer.
import { startTyping, typed } from '../rules/typing';

/**
 * Calls `search` as the reader types in `input`, as `typed` decides, and never for the pinyin letters an input method is
 * still composing ("shouk"), only for the word it commits. `now()` true searches at once anyway (e.g. while the index
 * loads, when the query waits for it regardless).
 */
export function onTyping(input: HTMLInputElement, search: () => void, pauseMs: number, now = () => false): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let typing = startTyping(input.value);
  const changed = () => {
    const { state, step } = typed(typing, input.value, performance.now(), pauseMs);
    typing = state;
    if (step === 'none') return;
    clearTimeout(timer);
    if (step === 'now' || now()) search();
    else timer = setTimeout(search, pauseMs);
  };
  input.addEventListener('input', (e) => {
    if (!(e as InputEvent).isComposing) changed();
  });
  input.addEventListener('compositionend', changed);
}
