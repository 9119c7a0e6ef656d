import { useEffect, useMemo, useState } from 'preact/hooks';
import { answer, diagnose, encodeAnswers, nextQuestion, optionValue, skipSource, undo } from '../../rules/diagnosis';
import { QuestionStep } from './QuestionStep';
import { RankingPanel } from './RankingPanel';
import { ResultView } from './ResultView';
import { useAnswerUrl } from './use-answer-url';
import type { WizardProps } from './types';

/** The diagnosis wizard: one question at a time, a live ranking, and the result with next steps. */
export default function Wizard({ model, causes, calendar }: WizardProps) {
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
          {error} 已从第一题重新开始。
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
              上一步
            </button>
          )}
          {answered > 0 && (
            <button type="button" class="secondary" onClick={() => update({})}>
              重新开始
            </button>
          )}
        </div>
      </div>
      {!finished && <RankingPanel model={model} ranked={ranked} causes={causes} answered={answered} />}
    </div>
  );
}
