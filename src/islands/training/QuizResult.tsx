import { useLink, useT } from '../../i18n/island';
import { attemptResult } from '../../rules/quiz-screen';
import type { Attempt } from '../../rules/records';
import type { QuizSet, TrainingQuestion } from '../../schemas/training';
import { percent } from './words';

interface Props {
  attempt: Attempt;
  set: QuizSet;
  bank: TrainingQuestion[];
  causeNames: Record<string, string>;
  /** Starts a retry of the questions missed. */
  onRetry: (missed: string[]) => void;
  /** Back to the start screen, for another attempt. */
  onAgain: () => void;
}

/** A finished attempt: the score, the way on (retry, again, certificate), the score per cause, the questions missed. */
export function QuizResult({ attempt, set, bank, causeNames, onRetry, onAgain }: Props) {
  const t = useT();
  const link = useLink();
  const { score, passed, byCause, missed, retry } = attemptResult(attempt, bank, set);
  const verdict = t(retry ? 'quizResultRetryDone' : passed ? 'quizResultPassed' : 'quizResultFailed');
  return (
    <>
      <h2 id="result-title" tabIndex={-1}>
        {t('quizResultTitle', { verdict, score: percent(score) })}
      </h2>
      <p>{retry ? t('quizResultRetryNote') : t('quizResultPassNote', { mark: percent(set.passMark) })}</p>
      <div class="actions">
        {missed.length > 0 && (
          <button type="button" onClick={() => onRetry(missed.map((q) => q.id))}>
            {t('quizRetryMissed')}
          </button>
        )}
        <button type="button" class="secondary" onClick={onAgain}>
          {t('quizAgain')}
        </button>
        {passed && !retry && (
          <a class="button secondary" href={link(`/training/certificate/?attempt=${attempt.id}`)}>
            {t('quizPrintCertificate')}
          </a>
        )}
        <a class="button secondary" href={link('/training/')}>
          {t('trainingBackToHub')}
        </a>
      </div>
      <h3>{t('quizByCauseTitle')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('quizColCause')}</th>
            <th scope="col">{t('quizColScore')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(byCause).map(([cause, r]) => (
            <tr>
              <th scope="row">
                <a href={link(`/causes/${cause}/`)}>{causeNames[cause] ?? cause}</a>
              </th>
              <td>{percent(r.points / r.total)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      {missed.length > 0 && (
        <>
          <h3>{t('quizMissedTitle')}</h3>
          <ol>
            {missed.map((q) => (
              <li>
                {q.type === 'scenario' && <p class="situation">{q.situation}</p>}
                <strong>{q.prompt}</strong>
                <br />
                {q.explanation} <a href={link(q.link)}>{t('quizReadArticle')}</a>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
