import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/island';
import type { Question } from '../../schemas/diagnosis';

interface Props {
  question: Question;
  number: number;
  onAnswer: (value: string) => void;
  /** Stop asking and show the result now (offered from the second question on). */
  onSkip?: (() => void) | undefined;
  /** 不知道 to every merchant-app question at once (offered on app questions). */
  onNoApp?: (() => void) | undefined;
}

/**
 * One question with a button per answer; the heading takes focus so keyboard and screen-reader users follow. The
 * buttons are compact so that 不知道 and 跳过 fit on a 360×740 phone screen without scrolling.
 */
export function QuestionStep({ question, number, onAnswer, onSkip, onNoApp }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    // On a small screen, bring the question to the top when its last button (不知道 or 跳过) would be cut off.
    const box = section.current?.getBoundingClientRect();
    if (box && (box.bottom > innerHeight || box.top < 0)) section.current?.scrollIntoView({ block: 'start' });
  }, [question.id]);
  return (
    <section class="step" aria-labelledby="step-title" ref={section}>
      <p class="eyebrow">{t('stepNumber', { n: number })}</p>
      <h2 id="step-title" tabIndex={-1} ref={heading}>
        {question.text}
      </h2>
      <div class="answers" role="group" aria-labelledby="step-title" aria-describedby="step-help">
        {question.options.map((o) => (
          <button
            type="button"
            class={o.value === 'unknown' ? 'answer answer-unknown' : 'answer'}
            onClick={() => onAnswer(o.value)}
          >
            {o.label}
          </button>
        ))}
      </div>
      <p class="note" id="step-help">
        {question.help}
      </p>
      <div class="step-actions">
        {onSkip && (
          <button type="button" class="secondary skip-question" onClick={onSkip}>
            {t('stepSkip')}
          </button>
        )}
        {onNoApp && (
          <button type="button" class="secondary" onClick={onNoApp}>
            {t('stepNoApp')}
          </button>
        )}
      </div>
    </section>
  );
}
