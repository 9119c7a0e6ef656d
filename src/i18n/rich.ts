/** A UI string cut at its `{name}` placeholders: text, then the name of the element that goes there, and so on. */
export type RichPart = string | { slot: string };

/**
 * Cuts a translated string at the placeholders t() left unfilled, so a component can put a link or an element there
 * (`{link}`) without building sentences from fragments: the translator sees the whole sentence.
 */
export function richParts(text: string): RichPart[] {
  return text.split(/\{(\w+)\}/).map((part, i) => (i % 2 === 1 ? { slot: part } : part));
}
