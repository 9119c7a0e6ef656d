// Ships to the browser: the summary the training pages keep for the header's due badge, so the header shows it
// without loading any training code. Stored shape under DUE_BADGE_KEY in localStorage: {"due": 2} (no version: a
// summary rewritten on every visit to a training page).

/** The localStorage key of the due summary: written by the training records (record-store.ts), read by the header. */
export const DUE_BADGE_KEY = 'saoma-training-due';

/** The number of due sets in a stored summary; 0 for nothing, a malformed value or no storage. */
export function dueCount(stored: string | null): number {
  try {
    const due = (JSON.parse(stored ?? '{}') as { due?: unknown } | null)?.due;
    return typeof due === 'number' && Number.isFinite(due) && due > 0 ? due : 0;
  } catch {
    return 0;
  }
}
