import type { APIRoute } from 'astro';
import { toMoodleXml } from '../../../lib/lms-export';
import { loadSite } from '../../../lib/site';

/** The question bank as Moodle XML, for trainers who use Moodle or a similar LMS. */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(toMoodleXml(site.bank, '扫码收款不到账'), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
