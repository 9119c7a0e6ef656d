import type { APIRoute } from 'astro';
import { toMoodleXml } from '../../../lib/lms-export';
import { loadSite } from '../../../lib/site';
import { t } from '../../../i18n';

/** The question bank as Moodle XML, for trainers who use Moodle or a similar LMS. */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(toMoodleXml(site.bank, t('siteName')), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
