import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site';

/** The whole question bank, fetched once by the quiz pages (and precached for offline use). */
export const GET: APIRoute = async () => {
  const { bank } = await loadSite();
  return new Response(JSON.stringify(bank), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
