// Registers the service worker (offline use) and offers a new version when one is deployed. It never reloads by
// itself, so a quiz or a diagnosis in progress is never interrupted; answers are saved anyway.

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

/** Registers /sw.js after the page has loaded. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  addEventListener('load', () => {
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
