/** Runs `task` once the page has finished loading (at once if it already has). */
export function afterLoad(task: () => void): void {
  if (document.readyState === 'complete') task();
  else addEventListener('load', task, { once: true });
}
