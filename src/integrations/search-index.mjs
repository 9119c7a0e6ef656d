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
        // What the query side needs to know of the index (src/rules/search.ts, SearchData): the words on nearly every page,
        // and which words of the synonym lists the index holds whole.
        const dataPath = `${site}/search/data.json`;
        const data = JSON.parse(readFileSync(dataPath, 'utf8'));
        const lexicon = new Set(data.synonyms.flatMap(([term, said]) => [term, ...said]));
        const whole = [...lexicon].filter((word) => chunks.vocabulary.has(word)).sort();
        const everywhere = chunks.everywhere.length ? { everywhere: chunks.everywhere } : {};
        writeFileSync(dataPath, JSON.stringify({ ...data, ...everywhere, whole }));
        logger.info(
          `indexed ${added.page_count} pages; word index in ${chunks.after} chunks (Pagefind wrote ${chunks.before}); ` +
            `${chunks.everywhere.length} words on nearly every page thinned; ${whole.length} synonym words held whole`,
        );
      },
    },
  };
}
