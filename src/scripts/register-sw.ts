// Registers the service worker (offline use) and offers a new version when one is deployed. It never reloads by
// itself, so a quiz or a diagnosis in progress is never interrupted; answers are saved anyway.

import { afterLoad } from './after-load';

/** Shows the "新版本可用" bar; the page reloads only when the reader presses it. */
function offerUpdate(worker: ServiceWorker): void {
  const bar = document.querySelector<HTMLElement>('[data-update]');
  const button = bar?.querySelector('button');
  if (!bar || !button) return;
  bar.hidden = false;
  button.addEventListener(
    'click',
    () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage({ type: 'SKIP_WAITING' });
    },
    { once: true },
  );
}

/** How long the reader must leave the page alone (no tap on a control, no typing) before the offline copy downloads. */
const QUIET_MS = 3000;
/** The offline copy downloads this long after load at the latest, however busy the reader is. */
const LATEST_MS = 30000;

/**
 * Runs `task` once the page has loaded and then gone QUIET_MS without the reader tapping a control or typing (scrolling
 * while reading does not count), or LATEST_MS after load at the latest. A first visit downloads the whole site for
 * offline use; on a shop's weak mobile link that download would slow down the search or the diagnosis the reader came
 * for, so it waits until they are reading rather than asking.
 */
function whenQuiet(task: () => void): void {
  const activity = ['click', 'input'];
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let latest: ReturnType<typeof setTimeout> | undefined;
  const rearm = () => {
    clearTimeout(quiet);
    quiet = setTimeout(done, QUIET_MS);
  };
  const done = () => {
    clearTimeout(quiet);
    clearTimeout(latest);
    for (const type of activity) removeEventListener(type, rearm, true);
    task();
  };
  afterLoad(() => {
    for (const type of activity) addEventListener(type, rearm, { capture: true, passive: true });
    rearm();
    latest = setTimeout(done, LATEST_MS);
  });
}

/** Registers /sw.js once the page has loaded and the reader is not busy with it. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  whenQuiet(() => {
    navigator.serviceWorker
      .register('/sw.js')
      .then((reg) => {
        const offer = (w: ServiceWorker | null) => w && navigator.serviceWorker.controller && offerUpdate(w);
        offer(reg.waiting);
        reg.addEventListener('updatefound', () => {
          const w = reg.installing;
          w?.addEventListener('statechange', () => w.state === 'installed' && offer(w));
        });
      })
      .catch(() => {
        /* no service worker (private mode, dev server): the site still works online */
      });
  });
}
