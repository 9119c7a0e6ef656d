import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadSite } from '../../lib/site';
import { compileSynonyms, type SearchData } from '../../rules/search';
import { commonCauses, diagnoseLink, glossarySynonyms } from '../../lib/search-data';

/** What the search code fetches with the index: the reviewed synonyms (content/search/synonyms.yaml, then the glossary's aliases) and vague-query help. */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const groups = (await getCollection('synonyms')).map((entry) => entry.data);
  const data: SearchData = {
    synonyms: compileSynonyms([...groups, ...glossarySynonyms(site.terms)]),
    common: commonCauses(site.model).map((c) => `/causes/${c}/`),
    diagnose: diagnoseLink(site.model, 'not_arrived'),
  };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
