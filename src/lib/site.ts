import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent } from './content-check';
import { markEntries } from './pseudo-content';
import { MODEL_FORMAT, buildDiagnosisModel, checkDiagnosis } from './diagnosis-model';
import type { DiagnosisModel } from '../rules/diagnosis';
import type { HolidayCalendar } from '../schemas/holidays';
import { CAUSE_IDS } from '../schemas/common';
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
  /** The validated diagnosis model, as published at /diagnose/model.json. */
  model: DiagnosisModel;
  /** Public holidays and 调休 days for settlement dates. */
  calendar: HolidayCalendar;
  /** The training bank, sorted by id. */
  bank: CollectionEntry<'trainingQuestions'>['data'][];
  /** Quiz sets in file order. */
  quizSets: CollectionEntry<'quizSets'>['data'][];
  cause: (id: string) => Cause;
  stage: (id: string) => StageView;
  contact: (id: string) => CollectionEntry<'contacts'>['data'];
  evidence: (id: string) => CollectionEntry<'evidence'>['data'];
}

let loading: Promise<Site> | undefined;

/** Version of the published model: format, then the build date, so tools can tell models apart. */
const MODEL_VERSION = `${MODEL_FORMAT}.${new Date().toISOString().slice(0, 10)}`;

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
  const [
    causes,
    guides,
    cases,
    glossary,
    contacts,
    evidence,
    stages,
    emergency,
    questions,
    rules,
    holidays,
    bank,
    quizSets,
  ] = await Promise.all([
    getCollection('causes').then(markEntries),
    getCollection('guides').then(markEntries),
    getCollection('cases').then(markEntries),
    getCollection('glossary').then(markEntries),
    getCollection('contacts').then(markEntries),
    getCollection('evidence').then(markEntries),
    getCollection('stages').then(markEntries),
    getCollection('emergency').then(markEntries),
    getCollection('questions').then(markEntries),
    getCollection('diagnosisRules').then(markEntries),
    getCollection('holidays').then(markEntries),
    getCollection('trainingQuestions').then(markEntries),
    getCollection('quizSets').then(markEntries),
  ]);
  const problems = [
    ...checkContent({ causes, guides, cases, glossary, contacts, evidence }),
    ...checkDiagnosis(
      questions.map((q) => q.data),
      rules.map((r) => r.data),
      CAUSE_IDS,
    ),
  ];
  const calendar = holidays[0]?.data;
  if (!calendar) problems.push('content/diagnosis/holidays.yaml: 缺少节假日数据');
  if (problems.length) throw new Error(`内容有 ${problems.length} 处错误：\n  ${problems.join('\n  ')}`);

  const letterOrder = (s: { letter: string }) => s.letter.charCodeAt(0);
  const causeOrder = (a: Cause, b: Cause) => a.id.localeCompare(b.id);
  const stageViews: StageView[] = stages
    .map((s) => s.data)
    .sort((a, b) => letterOrder(a) - letterOrder(b))
    .map((s) => ({
      ...s,
      causes: causes
        .filter((c) => c.data.stage === s.id)
        .map((c) => c.data)
        .sort(causeOrder),
      alsoCauses: causes
        .filter((c) => c.data.alsoIn.includes(s.id))
        .map((c) => c.data)
        .sort(causeOrder),
    }));

  const names = Object.fromEntries(causes.map((c) => [c.data.id, c.data.short]));
  const model = buildDiagnosisModel(
    questions.map((q) => q.data),
    rules.map((r) => r.data),
    names,
    MODEL_VERSION,
  );

  return {
    model,
    calendar: calendar!,
    bank: bank.map((q) => q.data).sort((a, b) => a.id.localeCompare(b.id)),
    quizSets: quizSets.map((q) => q.data),
    causes: [...causes].sort((a, b) => causeOrder(a.data, b.data)),
    guides: [...guides].sort((a, b) => a.data.order - b.data.order),
    cases: [...cases].sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN')),
    stages: stageViews,
    terms: glossary.map((g) => g.data).sort((a, b) => a.term.localeCompare(b.term, 'zh-CN')),
    emergency: emergency.map((e) => e.data).sort((a, b) => a.step - b.step),
    cause: pick(new Map(causes.map((c) => [c.data.id, c.data])), '原因'),
    stage: pick(new Map(stageViews.map((s) => [s.id, s])), '环节'),
    contact: pick(new Map(contacts.map((c) => [c.id, c.data])), '联系人'),
    evidence: pick(new Map(evidence.map((e) => [e.id, e.data])), '证据项'),
  };
}
