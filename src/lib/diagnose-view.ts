import type { CauseCard } from '../schemas/island-props';
import type { Site } from './site';

/** The wizard's view of every cause, keyed by cause id: titles, first steps, contacts and evidence as plain data. */
export function causeCards(site: Site): Record<string, CauseCard> {
  return Object.fromEntries(
    site.causes.map(({ data: c }) => [
      c.id,
      {
        id: c.id,
        title: c.title,
        short: c.short,
        summary: c.summary,
        firstSteps: c.firstSteps,
        contacts: c.contacts
          .map(site.contact)
          .map((x) => ({ name: x.name, phone: x.phone, verify: x.verify, when: x.when })),
        evidence: c.evidence.map(site.evidence).map((x) => ({ name: x.name, where: x.where })),
      },
    ]),
  );
}
