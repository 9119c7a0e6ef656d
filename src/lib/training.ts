import { t } from '../i18n';
import type { TrainingData } from '../schemas/island-props';
import { unhandledType } from '../rules/quiz';
import type { QuizSet, TrainingQuestion } from '../schemas/training';
import type { Site } from './site';

/** The plain data every training island needs. */
export function trainingData(site: Site): TrainingData {
  return {
    sets: site.quizSets,
    causeStage: Object.fromEntries(site.causes.map((c) => [c.data.id, c.data.stage])),
    causeNames: Object.fromEntries(site.causes.map((c) => [c.data.id, c.data.short])),
  };
}

/** The questions a set can draw from (its stage's questions, or the whole bank). */
export function poolOf(site: Site, set: QuizSet): TrainingQuestion[] {
  if (set.draw.from !== 'stage') return site.bank;
  const stage = set.draw.stage;
  const inStage = new Set(site.causes.filter((c) => c.data.stage === stage).map((c) => c.data.id));
  return site.bank.filter((q) => q.causes.some((c) => inStage.has(c)));
}

/** The right answer of a question, in words, for the printed (no-JavaScript) version. */
export function answerText(q: TrainingQuestion): string {
  switch (q.type) {
    case 'true_false':
      return t(q.answer ? 'quizTrue' : 'quizFalse');
    case 'ordering':
      return q.items.map((item, i) => `${i + 1}. ${item}`).join('  ');
    case 'single':
    case 'multiple':
    case 'scenario':
      return q.choices
        .filter((c) => c.correct)
        .map((c) => c.text)
        .join(t('trainingAnswerSeparator'));
    default:
      return unhandledType(q);
  }
}
