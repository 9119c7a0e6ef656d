// When a search box searches as the reader types: the decision, apart from the timers and events
// (src/scripts/typing.ts runs it).

/** What a search box remembers between changes to its text. */
export interface Typing {
  /** The text the last change left in the box. */
  value: string;
  /** When the box last changed with text in it (ms); -Infinity after it was emptied, or before any change. */
  changedAt: number;
}

/** What to do about a change: search at once, search once the reader pauses, or nothing (the text did not change). */
export type TypingStep = 'now' | 'after-pause' | 'none';

/** A box that has not changed yet, holding `value`. */
export const startTyping = (value: string): Typing => ({ value, changedAt: -Infinity });

/**
 * The first change after a pause of `pauseMs`, or after the box was emptied, searches at once (a word picked from the
 * keyboard's candidate bar, a pasted question); a change while the reader keeps typing waits for the pause. The same
 * text twice (some keyboards repeat the committed word after compositionend) is searched once.
 */
export function typed(state: Typing, value: string, at: number, pauseMs: number): { state: Typing; step: TypingStep } {
  if (value === state.value) return { state, step: 'none' };
  const step = at - state.changedAt > pauseMs ? 'now' : 'after-pause';
  return { state: { value, changedAt: value.trim() ? at : -Infinity }, step };
}
