import { useLink, useT } from '../../i18n/island';
import type { AnswerRecord } from '../../rules/records';
import type { TrainingQuestion } from '../../schemas/training';
import { percent } from './words';

interface Props {
  question: TrainingQuestion;
  answer: AnswerRecord;
  elsewhere: boolean;
  /** There are questions left to answer. */
  more: boolean;
  onNext: () => void;
}

/** Right, partly right or wrong, with the explanation and the article section, then the way on. */
export function QuestionFeedback({ question: q, answer, elsewhere, more, onNext }: Props) {
  const t = useT();
  const link = useLink();
  const verdict = answer.correct
    ? t('quizRight')
    : answer.points > 0
      ? t('quizPartly', { percent: percent(answer.points) })
      : t('quizWrong');
  return (
    <div class={answer.correct ? 'feedback feedback-right' : 'feedback feedback-wrong'} role="status">
      {elsewhere && <p>{t('quizAnsweredElsewhere')}</p>}
      <p>
        <strong>{verdict}</strong>
        {q.explanation}
      </p>
      <p>
        <a href={link(q.link)}>{t('quizReadSection')}</a>
      </p>
      <div class="actions">
        <button type="button" onClick={onNext}>
          {more ? t('quizNext') : t('quizSeeResult')}
        </button>
      </div>
    </div>
  );
}
