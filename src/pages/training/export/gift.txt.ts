import type { APIRoute } from 'astro';
import { toGift } from '../../../lib/lms-export';
import { loadSite } from '../../../lib/site';

/** The question bank in GIFT format. */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(toGift(site.bank, '扫码收款不到账'), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
