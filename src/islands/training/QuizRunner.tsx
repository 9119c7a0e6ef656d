import { useEffect, useState } from 'preact/hooks';
import { useT, withLocale } from '../../i18n/island';
import { dropMissingQuestions, finishAttempt, recordAnswer, startAttempt } from '../../rules/attempts';
import { addProfile } from '../../rules/profiles';
import { FRESH_VIEW, planQuiz, type QuizView } from '../../rules/quiz-screen';
import type { TrainingQuestion } from '../../schemas/training';
import { NoticeBanner } from './NoticeBanner';
import { ProfilePicker } from './ProfilePicker';
import { QuestionView } from './QuestionView';
import { QuestionFeedback } from './QuestionFeedback';
import { QuizResult } from './QuizResult';
import { QuizStart } from './QuizStart';
import type { QuizProps } from './types';
import { useRecords } from './use-records';

/** Loads the question bank (one cached file for every set), then runs the set. */
export default withLocale(function QuizRunner(props: QuizProps) {
  const t = useT();
  const [bank, setBank] = useState<TrainingQuestion[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const pool = new Set(props.pool);
    fetch('/training/bank.json')
      .then((r) => (r.ok ? (r.json() as Promise<TrainingQuestion[]>) : Promise.reject(new Error(String(r.status)))))
      .then((all) => setBank(all.filter((q) => pool.has(q.id))))
      .catch(() => setError(t('trainingBankError')));
  }, []);
  if (error)
    return (
      <p class="alert" role="alert">
        {error}
      </p>
    );
  if (!bank) return <p class="note">{t('trainingBankLoading')}</p>;
  return <QuizSession {...props} bank={bank} />;
});

/**
 * Runs one quiz set: one question per screen, saved after every answer, resumed after a reload. The screen and what
 * to do next come from `planQuiz`; this component renders the screen and runs the effects it names.
 */
function QuizSession({ set, bank, causeStage, causeNames }: QuizProps & { bank: TrainingQuestion[] }) {
  const t = useT();
  const { ready, store, notice, readOnly, profile, change, act, pick } = useRecords();
  const [view, setView] = useState<QuizView>(FRESH_VIEW);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const bankIds = new Set(byId.keys());
  const plan = store ? planQuiz(store, profile?.id ?? null, set, bankIds, view, readOnly) : null;

  useEffect(() => {
    // The printed sample is the no-JavaScript version of this page; the runner replaces it.
    document.querySelector<HTMLElement>('[data-static-quiz]')?.setAttribute('hidden', '');
  }, []);
  useEffect(() => {
    if (plan && plan.onScreen !== view.onScreen) setView((v) => ({ ...v, onScreen: plan.onScreen }));
  });
  useEffect(() => {
    // The bank was updated while this attempt was open: go on without the questions it no longer has.
    if (plan?.dropMissing) void act(dropMissingQuestions, { attemptId: plan.dropMissing, bankIds });
  }, [plan?.dropMissing]);
  useEffect(() => {
    // Every question is answered and no feedback is open: score it once, then show the result.
    if (!plan?.finish) return;
    void act(finishAttempt, { attemptId: plan.finish, bank, passMark: set.passMark });
    setView({ ...FRESH_VIEW, resultId: plan.finish });
  }, [plan?.finish]);

  if (!ready || !store || !plan) return <p class="note">{t('trainingRecordsLoading')}</p>;
  const banner = <NoticeBanner notice={notice} store={store} change={change} />;
  const { screen } = plan;
  if (screen.kind === 'pick-person' || !profile)
    return (
      <>
        {banner}
        <ProfilePicker
          store={store}
          active={null}
          onPick={pick}
          onCreate={(name, staffNo) => void act(addProfile, { name, staffNo })}
          disabled={readOnly}
        />
      </>
    );
  const start = (only?: string[]) => act(startAttempt, { set, bank, causeStage, ...(only ? { only } : {}) });

  if (screen.kind === 'result')
    return (
      <section class="quiz-result" aria-labelledby="result-title">
        {banner}
        <QuizResult
          attempt={screen.attempt}
          set={set}
          bank={bank}
          causeNames={causeNames}
          onRetry={(missed) => {
            setView(FRESH_VIEW);
            void start(missed);
          }}
          onAgain={() => setView(FRESH_VIEW)}
        />
      </section>
    );

  if (screen.kind === 'start')
    return (
      <section aria-labelledby="start-title">
        {banner}
        <QuizStart
          name={profile.name}
          set={set}
          disabled={readOnly}
          onStart={() => void start()}
          onSwitch={() => pick(null)}
        />
      </section>
    );

  if (screen.kind === 'waiting')
    return (
      <>
        {banner}
        <p class="note">{t(`quizWaiting_${screen.why}`)}</p>
      </>
    );

  const { attempt, answer, elsewhere, pending } = screen;
  const q = byId.get(screen.question)!;
  return (
    <section aria-label={t('quizRegion')}>
      {banner}
      <QuestionView
        key={q.id}
        question={q}
        order={attempt.orders[q.id] ?? []}
        number={attempt.questions.indexOf(q.id) + 1}
        total={attempt.questions.length}
        locked={answer?.response ?? null}
        onSubmit={(response) => {
          if (readOnly) return;
          void act(recordAnswer, { attemptId: attempt.id, question: q, response });
          if (set.feedback === 'immediate') setView((v) => ({ ...v, feedbackFor: q.id }));
        }}
      />
      {(view.feedbackFor || elsewhere) && answer && (
        <QuestionFeedback
          question={q}
          answer={answer}
          elsewhere={elsewhere}
          more={!!pending}
          onNext={() => setView((v) => ({ ...v, feedbackFor: null, onScreen: null }))}
        />
      )}
    </section>
  );
}
