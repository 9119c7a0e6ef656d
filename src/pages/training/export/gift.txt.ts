import type { APIRoute } from 'astro';
import { toGift } from '../../../lib/lms-export';
import { loadSite } from '../../../lib/site';
import { t } from '../../../i18n';

/** The question bank in GIFT format. */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(toGift(site.bank, t('siteName')), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
