// Emits the browser search code as its own entry with a fixed name, /_astro/search-ui.js. The 400-byte loader on every
// page adds it as a script element; a dynamic import() would pull Vite's 1.7 KB preload helper into every page.

/** The bundle's URL; the loader adds `?v=<build id>` so a new deploy is never served a stale bundle. */
export const SEARCH_BUNDLE = '/_astro/search-ui.js';

/** Vite plugin: add src/scripts/search-ui.ts to the client build as a named entry. */
export function searchBundle() {
  return {
    name: 'search-bundle',
    apply: 'build',
    buildStart() {
      if (this.environment?.name !== 'client') return;
      this.emitFile({ type: 'chunk', id: '/src/scripts/search-ui.ts', fileName: SEARCH_BUNDLE.slice(1) });
    },
  };
}
