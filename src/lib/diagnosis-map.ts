import type { Condition } from '../schemas/diagnosis';
import type { DiagnosisModel } from '../rules/diagnosis';
import type { Translate } from '../i18n';
import { answerWords } from '../i18n/diagnosis-words';
import type { Site } from './site';

/** One row of the printable decision table. */
export interface MapRow {
  id: string;
  title: string;
  pointsTo: string[];
  pointsAway: string[];
  /** Questions to answer before the wizard may say 很可能是 this cause, with the look-alike each rules out. */
  ruleOuts: string[];
  firstStep: string;
}

/** A stage of the decision table: its key question and the causes it holds. */
export interface MapStage {
  id: string;
  letter: string;
  title: string;
  question: string;
  rows: MapRow[];
}

function conditionText(t: Translate, model: DiagnosisModel, key: string, condition: Condition): string {
  const q = model.questions.find((x) => x.id === key);
  const text = q?.text ?? key;
  if (typeof condition === 'object' && !Array.isArray(condition)) {
    const range = [
      condition.gte !== undefined ? t('mapAtLeastHours', { n: condition.gte }) : '',
      condition.lt !== undefined ? t('mapUnderHours', { n: condition.lt }) : '',
    ];
    return t('mapCondition', { question: text, answer: range.filter(Boolean).join(t('listSeparator')) });
  }
  const values = typeof condition === 'string' ? [condition] : condition;
  return t('mapCondition', {
    question: text,
    answer: values.map((v) => answerWords(t, model, key, v)).join(t('mapOr')),
  });
}

/** Builds the decision table from the same model the wizard uses: strong signs for and against each cause, worded by `t`. */
export function buildDecisionTable(site: Site, t: Translate): MapStage[] {
  const { model } = site;
  const rules = new Map(model.causes.map((c) => [c.id, c]));
  const describe = (when: Record<string, Condition>) =>
    Object.entries(when)
      .map(([k, c]) => conditionText(t, model, k, c))
      .join(t('mapAnd'));
  return site.stages.map((stage) => ({
    id: stage.id,
    letter: stage.letter,
    title: stage.title,
    question: stage.question,
    rows: stage.causes.map((cause) => {
      const evidence = [...(rules.get(cause.id)?.evidence ?? [])].sort(
        (a, b) => Math.abs(b.weight) - Math.abs(a.weight),
      );
      return {
        id: cause.id,
        title: cause.title,
        pointsTo: evidence
          .filter((e) => e.weight >= 1.5)
          .slice(0, 4)
          .map((e) => describe(e.when)),
        pointsAway: evidence
          .filter((e) => e.weight <= -1.5)
          .slice(0, 2)
          .map((e) => describe(e.when)),
        ruleOuts: (rules.get(cause.id)?.ruleOut ?? []).map((r) => {
          const question = model.questions.find((q) => q.id === r.question)?.text ?? r.question;
          const lookAlike = model.causes.find((c) => c.id === r.lookAlike)?.name ?? r.lookAlike;
          return t('mapRuleOut', { question, lookAlike });
        }),
        firstStep: cause.firstSteps[0] ?? '',
      };
    }),
  }));
}
