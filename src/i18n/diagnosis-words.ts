// Words for what src/rules/diagnosis.ts returns as codes, in the page's locale.
import type { DiagnosisModel, LinkProblem } from '../rules/diagnosis';
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
