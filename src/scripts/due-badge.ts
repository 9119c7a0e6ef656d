// Runs on every page: the header's badge of training sets due, from the summary the training pages keep.
import { DUE_BADGE_KEY, dueCount } from '../rules/due-badge';

/** Shows how many training sets are due; the badge's title is the page's text with `{n}` filled in. */
export function showDueBadge(): void {
  let due = 0;
  try {
    due = dueCount(localStorage.getItem(DUE_BADGE_KEY));
  } catch {
    /* storage unavailable: no badge */
  }
  const badge = document.querySelector<HTMLElement>('[data-due-badge]');
  if (!badge || due === 0) return;
  badge.textContent = String(Math.min(due, 99));
  badge.title = (badge.dataset['title'] ?? '').replace('{n}', String(due));
  badge.hidden = false;
}
