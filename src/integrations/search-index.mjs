// Builds the Pagefind index over dist/ once Astro has written the pages.
import * as pagefind from 'pagefind';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rechunkIndex } from './pagefind-chunks.mjs';

/** Astro integration: index the built site with Pagefind, Chinese segmentation forced, then split the word index finely. */
export function searchIndex() {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${site}/pagefind` });
        await pagefind.close();
        const chunks = rechunkIndex(`${site}/pagefind`);
        // The query side leaves the words on nearly every page out of its per-word runs (SearchData.everywhere).
        const dataPath = `${site}/search/data.json`;
        const data = JSON.parse(readFileSync(dataPath, 'utf8'));
        if (chunks.everywhere.length)
          writeFileSync(dataPath, JSON.stringify({ ...data, everywhere: chunks.everywhere }));
        logger.info(
          `indexed ${added.page_count} pages; word index in ${chunks.after} chunks (Pagefind wrote ${chunks.before}); ` +
            `${chunks.everywhere.length} words on nearly every page thinned`,
        );
      },
    },
  };
}
