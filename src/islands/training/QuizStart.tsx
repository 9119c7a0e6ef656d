import { useT } from '../../i18n/island';
import type { QuizSet } from '../../schemas/training';
import { percent } from './words';

/** The start screen: the set's rules, then start, or hand the device to someone else. */
export function QuizStart(props: {
  name: string;
  set: QuizSet;
  disabled: boolean;
  onStart: () => void;
  onSwitch: () => void;
}) {
  const t = useT();
  const { set } = props;
  const feedback = t(`quizFeedback_${set.feedback}`);
  return (
    <>
      <h2 id="start-title">{t('quizReadyTitle', { name: props.name })}</h2>
      <p>{t('quizIntro', { count: set.count, mark: percent(set.passMark), feedback })}</p>
      <div class="actions">
        <button type="button" disabled={props.disabled} onClick={props.onStart}>
          {t('quizStart')}
        </button>
        <button type="button" class="secondary" onClick={props.onSwitch}>
          {t('trainingSwitchPerson')}
        </button>
      </div>
    </>
  );
}
