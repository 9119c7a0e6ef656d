import { useEffect, useMemo, useState } from 'preact/hooks';
import { answer, diagnose, encodeAnswers, nextQuestion, optionValue, skipSource, undo } from '../../rules/diagnosis';
import { DEFAULT_LOCALE } from '../../i18n';
import { linkProblemText } from '../../i18n/diagnosis-words';
import { LocaleContext, useT } from '../../i18n/island';
import { QuestionStep } from './QuestionStep';
import { RankingPanel } from './RankingPanel';
import { ResultView } from './ResultView';
import { useAnswerUrl } from './use-answer-url';
import type { WizardProps } from './types';

/** The diagnosis wizard: one question at a time, a live ranking, and the result with next steps. */
export default function Wizard({ locale = DEFAULT_LOCALE, ...props }: WizardProps) {
  return (
    <LocaleContext.Provider value={locale}>
      <WizardSteps {...props} />
    </LocaleContext.Provider>
  );
}

function WizardSteps({ model, causes, calendar }: Omit<WizardProps, 'locale'>) {
  const t = useT();
  const { observations, error, update } = useAnswerUrl(model);
  const [showResult, setShowResult] = useState(false);
  const ranked = useMemo(() => diagnose(model, observations), [observations]);
  const next = useMemo(() => nextQuestion(model, observations), [observations]);
  const answered = Object.keys(observations).length;
  const finished = next.question === null || showResult;

  useEffect(() => {
    // The static decision table is the no-JavaScript version of this page; the wizard replaces it.
    document.querySelector<HTMLElement>('[data-static-map]')?.setAttribute('hidden', '');
  }, []);
  useEffect(() => setShowResult(false), [answered]);

  const shareUrl = `${location.origin}${location.pathname}${encodeAnswers(model, observations)}`;
  return (
    <div class="wizard">
      {error && (
        <p class="alert" role="alert">
          {t('wizardRestarted', { error: linkProblemText(t, model, error) })}
        </p>
      )}
      <div class="wizard-main">
        {finished ? (
          <ResultView
            model={model}
            observations={observations}
            ranked={ranked}
            causes={causes}
            calendar={calendar}
            shareUrl={shareUrl}
          />
        ) : (
          next.question && (
            <QuestionStep
              question={next.question}
              number={answered + 1}
              onAnswer={(value) => update(answer(observations, next.question!.id, optionValue(next.question!, value)))}
              onSkip={answered >= 1 ? () => setShowResult(true) : undefined}
              onNoApp={
                next.question.cost === 'app'
                  ? () => update(skipSource(model, observations, next.question!.id))
                  : undefined
              }
            />
          )
        )}
        <div class="actions no-print">
          {answered > 0 && (
            <button
              type="button"
              class="secondary"
              onClick={() => (showResult ? setShowResult(false) : update(undo(model, observations), { replace: true }))}
            >
              {t('wizardBack')}
            </button>
          )}
          {answered > 0 && (
            <button type="button" class="secondary" onClick={() => update({})}>
              {t('wizardRestart')}
            </button>
          )}
        </div>
      </div>
      {!finished && <RankingPanel model={model} ranked={ranked} causes={causes} answered={answered} />}
    </div>
  );
}
