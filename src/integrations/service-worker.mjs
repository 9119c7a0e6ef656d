// Writes the service worker after the Pagefind index exists, so every page, asset and the search index are precached.
import { generateSW } from 'workbox-build';
import { fileURLToPath } from 'node:url';

// Query parameters that carry state for a page rather than choose a different file: search (?q=…), diagnosis answers
// (two-letter codes), the certificate (?attempt=), Pagefind's cache buster (?ts=) and the search bundle's (?v=).
const STATE_PARAMS = [/^q$/, /^type$/, /^stage$/, /^[a-z]{2}$/, /^attempt$/, /^ts$/, /^v$/, /^utm_/];

/** Astro integration: generate /sw.js with Workbox over the finished dist/. */
export function serviceWorker() {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: ['**/*.{html,js,css,svg,png,json,xml,txt,webmanifest}', 'pagefind/**/*'],
          // The Pagefind UIs and the pagefind.js wrapper go unused (the search talks to Pagefind's worker directly; it
          // needs the worker, wasm and index), and the LMS exports are for trainers at a desk, online.
          globIgnores: [
            'training/export/**',
            'pagefind/pagefind-ui.*',
            'pagefind/pagefind-component-ui.*',
            'pagefind/pagefind-modular-ui.*',
            'pagefind/pagefind-highlight.js',
            'pagefind/pagefind.js',
            'sw.js',
            'workbox-*.js',
          ],
          swDest: `${root}/sw.js`,
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: STATE_PARAMS,
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          inlineWorkboxRuntime: true,
          // A new version waits until the reader chooses to update (see src/scripts/register-sw.ts): never mid-quiz.
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: '/offline/index.html' } },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`precached ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
