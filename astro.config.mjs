// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { searchIndex } from './src/integrations/search-index.mjs';
import { SEARCH_BUNDLE, searchBundle } from './src/integrations/search-bundle.mjs';
import { serviceWorker } from './src/integrations/service-worker.mjs';
import { headers } from './src/integrations/headers.mjs';

// The broken-content tests build a copy of content/ (CONTENT_DIR) into their own folders, away from dist/.
const scratch = process.env.SCRATCH_DIR;

export default defineConfig({
  ...(scratch ? { outDir: `${scratch}/dist`, cacheDir: `${scratch}/cache` } : {}),
  site: 'https://example.invalid',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), preact(), searchIndex(), serviceWorker(), headers()],
  // Astro adds hashed script-src and style-src; the rest closes everything else. src/integrations/headers.mjs sends the
  // same policy as an HTTP header (with frame-ancestors, which a <meta> cannot carry).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: { syntaxHighlight: false },
  // A duplicate id in a YAML list is a content mistake, not something to overwrite silently.
  prerenderConflictBehavior: 'error',
  vite: {
    plugins: [searchBundle()],
    define: { __BUILD_ID__: JSON.stringify(Date.now().toString(36)), __SEARCH_BUNDLE__: JSON.stringify(SEARCH_BUNDLE) },
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // MDX 8 marks every file with this directive; rolldown warns about each one harmlessly.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
