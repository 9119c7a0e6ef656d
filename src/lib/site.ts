import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent } from './content-check';
import type { Stage } from '../schemas/reference';
import type { Cause } from '../schemas/cause';

export type CauseEntry = CollectionEntry<'causes'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type CaseEntry = CollectionEntry<'cases'>;

/** A stage with the causes that belong to it (primary stage first, then those that also show up there). */
export interface StageView extends Stage {
  causes: Cause[];
  alsoCauses: Cause[];
}

/** Everything the pages need, validated and cross-checked once per build. */
export interface Site {
  causes: CauseEntry[];
  guides: GuideEntry[];
  cases: CaseEntry[];
  stages: StageView[];
  terms: CollectionEntry<'glossary'>['data'][];
  emergency: CollectionEntry<'emergency'>['data'][];
  cause: (id: string) => Cause;
  stage: (id: string) => StageView;
  contact: (id: string) => CollectionEntry<'contacts'>['data'];
  evidence: (id: string) => CollectionEntry<'evidence'>['data'];
}

let loading: Promise<Site> | undefined;

/** Loads and cross-checks all content; a content mistake stops the build with every problem listed. */
export function loadSite(): Promise<Site> {
  loading ??= build();
  return loading;
}

function pick<T>(map: Map<string, T>, what: string) {
  return (id: string): T => {
    const found = map.get(id);
    if (!found) throw new Error(`找不到${what} “${id}”`);
    return found;
  };
}

async function build(): Promise<Site> {
  const [causes, guides, cases, glossary, contacts, evidence, stages, emergency] = await Promise.all([
    getCollection('causes'),
    getCollection('guides'),
    getCollection('cases'),
    getCollection('glossary'),
    getCollection('contacts'),
    getCollection('evidence'),
    getCollection('stages'),
    getCollection('emergency'),
  ]);
  const problems = checkContent({ causes, guides, cases, glossary, contacts, evidence });
  if (problems.length) throw new Error(`内容有 ${problems.length} 处错误：\n  ${problems.join('\n  ')}`);

  const letterOrder = (s: { letter: string }) => s.letter.charCodeAt(0);
  const causeOrder = (a: Cause, b: Cause) => a.id.localeCompare(b.id);
  const stageViews: StageView[] = stages
    .map((s) => s.data)
    .sort((a, b) => letterOrder(a) - letterOrder(b))
    .map((s) => ({
      ...s,
      causes: causes.filter((c) => c.data.stage === s.id).map((c) => c.data).sort(causeOrder),
      alsoCauses: causes.filter((c) => c.data.alsoIn.includes(s.id)).map((c) => c.data).sort(causeOrder),
    }));

  return {
    causes: [...causes].sort((a, b) => causeOrder(a.data, b.data)),
    guides: [...guides].sort((a, b) => a.data.order - b.data.order),
    cases: [...cases].sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN')),
    stages: stageViews,
    terms: glossary.map((g) => g.data).sort((a, b) => a.term.localeCompare(b.term, 'zh-CN')),
    emergency: emergency.map((e) => e.data),
    cause: pick(new Map(causes.map((c) => [c.data.id, c.data])), '原因'),
    stage: pick(new Map(stageViews.map((s) => [s.id, s])), '环节'),
    contact: pick(new Map(contacts.map((c) => [c.id, c.data])), '联系人'),
    evidence: pick(new Map(evidence.map((e) => [e.id, e.data])), '证据项'),
  };
}
