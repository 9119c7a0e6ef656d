// Words for what src/rules/diagnosis.ts returns as codes and values, in the page's locale: the one home for the
// wording of answers and reasons (pages, islands and the message to the acquirer all use it).
import type { DiagnosisModel, LinkProblem, Observations, Reason } from '../rules/diagnosis';
import type { Translate } from './index';

/** Why a shared diagnosis link could not be read. */
export function linkProblemText(t: Translate, model: DiagnosisModel, problem: LinkProblem): string {
  switch (problem.code) {
    case 'too_long':
      return t('linkTooLong');
    case 'truncated':
      return t('linkTruncated');
    case 'unknown_question':
      return t('linkUnknownQuestion', { code: problem.question });
    case 'repeated_question':
      return t('linkRepeatedQuestion');
    case 'bad_hours':
      return t('linkBadHours');
    case 'unknown_answer':
      return t('linkUnknownAnswer', {
        question: model.questions.find((q) => q.id === problem.question)?.text ?? problem.question,
      });
  }
}

/** The label of the answer given to a question, or the raw value (hours between the choices: “约 {n} 小时”). */
export function answerWords(t: Translate, model: DiagnosisModel, questionId: string, value: string | number): string {
  const q = model.questions.find((x) => x.id === questionId);
  if (!q) return String(value);
  if (q.kind === 'hours' && typeof value === 'number') {
    // A choice covers its `hours` up to the next choice's; links from the first version carry other numbers.
    const label = q.options.filter((o) => o.hours !== undefined && o.hours <= value).at(-1)?.label;
    return label ?? t('answerAboutHours', { n: value });
  }
  return q.options.find((o) => o.value === value)?.label ?? String(value);
}

/** Why the wizard raised or lowered a cause: the answers behind one reason, in words. */
export function reasonWords(t: Translate, model: DiagnosisModel, reason: Reason): string {
  const parts = reason.answers.map((a) =>
    t('reasonPart', {
      question: model.questions.find((x) => x.id === a.question)?.text ?? a.question,
      answer: answerWords(t, model, a.question, a.value),
    }),
  );
  return t(reason.weight > 0 ? 'reasonFor' : 'reasonAgainst', { parts: parts.join(t('reasonAnd')) });
}

/** The answers as readable lines for the message to the acquirer ("don't know" left out). */
export function answerLines(t: Translate, model: DiagnosisModel, observations: Observations): string[] {
  return Object.entries(observations)
    .filter(([, v]) => v !== 'unknown')
    .map(([id, v]) => `${model.questions.find((x) => x.id === id)?.text ?? id} ${answerWords(t, model, id, v)}`);
}
