import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { compileSynonyms } from '../../rules/search';

/** The reviewed synonym groups (content/search/synonyms.yaml), compact, fetched by the search code with the index. */
export const GET: APIRoute = async () => {
  const groups = (await getCollection('synonyms')).map((entry) => entry.data);
  return new Response(JSON.stringify(compileSynonyms(groups)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
