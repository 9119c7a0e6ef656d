// Small helpers for scripts that do work the reader did not ask for yet (warm-ups, downloads for later).

/** Runs `task` once the page has finished loading (at once if it already has). */
export function afterLoad(task: () => void): void {
  if (document.readyState === 'complete') task();
  else addEventListener('load', task, { once: true });
}

/** Runs `task` when the browser has a quiet moment, or after `timeoutMs` however busy it is. */
export function whenIdle(task: () => void, timeoutMs: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, timeoutMs / 10);
}

/** Whether the reader asked the browser to save data (or is on a 2G link): then nothing is fetched ahead of need. */
export function savingData(): boolean {
  const connection = (navigator as { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
  return connection?.saveData === true || /2g/.test(connection?.effectiveType ?? '');
}
