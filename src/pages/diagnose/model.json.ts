import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site';

/** The published diagnosis model, for other tools (a POS vendor's app) that reuse src/rules/diagnosis.ts. */
export const GET: APIRoute = async () => {
  const { model } = await loadSite();
  return new Response(JSON.stringify(model, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
