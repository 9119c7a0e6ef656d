// Small helpers for scripts that do work the reader did not ask for yet (warm-ups, downloads for later).

/** Runs `task` once the page has finished loading (at once if it already has). */
export function afterLoad(task: () => void): void {
  if (document.readyState === 'complete') task();
  else addEventListener('load', task, { once: true });
}

/** Whether the reader asked the browser to save data (or is on a 2G link): then nothing is fetched ahead of need. */
export function savingData(): boolean {
  const connection = (navigator as { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
  return connection?.saveData === true || /2g/.test(connection?.effectiveType ?? '');
}
