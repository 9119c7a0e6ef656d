// Ships to the browser: which screen a quiz page shows, and what it should do next, from the records and the tab's
// own view state. Pure, so every case (another tab answered first, the bank lost a question) is a unit test.
import type { QuizSet, TrainingQuestion } from '../schemas/training';
import { openAttempt } from './attempts';
import { scoreAttempt, type AttemptScore } from './quiz';
import type { AnswerRecord, Attempt, Store } from './records';

/** What this tab remembers between renders: the question with its feedback open, the one on screen, the result shown. */
export interface QuizView {
  feedbackFor: string | null;
  onScreen: string | null;
  resultId: string | null;
}

/** The view of a page just opened. */
export const FRESH_VIEW: QuizView = { feedbackFor: null, onScreen: null, resultId: null };

/** The screen to show. */
export type QuizScreen =
  | { kind: 'pick-person' }
  | { kind: 'start' }
  | { kind: 'result'; attempt: Attempt }
  /** Nothing to ask yet: gone questions are being dropped, or the score is being computed. */
  | { kind: 'waiting'; why: 'skipping' | 'scoring' }
  | {
      kind: 'question';
      attempt: Attempt;
      question: string;
      /** The answer already given to it (by this tab or another), if any. */
      answer: AnswerRecord | undefined;
      /** Another tab answered the question this tab was showing: show that answer instead of jumping ahead. */
      elsewhere: boolean;
      /** It is the last unanswered question. */
      last: boolean;
      /** The next unanswered question, if any. */
      pending: string | undefined;
    };

/** The screen, the question the view should record as on screen, and the effects to run (as data). */
export interface QuizPlan {
  screen: QuizScreen;
  onScreen: string | null;
  /** The open attempt to drop the questions the bank no longer has from, if any. */
  dropMissing: string | null;
  /** The open attempt to finish (every question answered, nothing left to show), if any. */
  finish: string | null;
}

const has = (a: Attempt, id: string) => Object.hasOwn(a.answers, id);

/** Decides the quiz screen for a person (or nobody) on a set. `readOnly` records never get an effect. */
export function planQuiz(
  store: Store,
  profile: string | null,
  set: Pick<QuizSet, 'id' | 'feedback'>,
  bankIds: ReadonlySet<string>,
  view: QuizView,
  readOnly = false,
): QuizPlan {
  const idle = (screen: QuizScreen): QuizPlan => ({ screen, onScreen: null, dropMissing: null, finish: null });
  if (!profile) return idle({ kind: 'pick-person' });
  const attempt = openAttempt(store, profile, set.id);
  if (!attempt) {
    const result = view.resultId ? store.attempts.find((a) => a.id === view.resultId && a.finishedAt) : undefined;
    return idle(result ? { kind: 'result', attempt: result } : { kind: 'start' });
  }
  const missing = attempt.questions.some((id) => !bankIds.has(id));
  const pending = attempt.questions.find((id) => bankIds.has(id) && !has(attempt, id));
  const { feedbackFor, onScreen } = view;
  const elsewhere =
    !feedbackFor && !!onScreen && onScreen !== pending && set.feedback === 'immediate' && has(attempt, onScreen);
  const settled = !feedbackFor && !elsewhere;
  const plan: QuizPlan = {
    screen: { kind: 'waiting', why: missing ? 'skipping' : 'scoring' },
    onScreen: settled ? (pending ?? null) : onScreen,
    dropMissing: missing && !readOnly ? attempt.id : null,
    finish: settled && !pending && !missing && !readOnly ? attempt.id : null,
  };
  const shown = feedbackFor ?? (elsewhere ? onScreen : pending);
  if (!shown || !bankIds.has(shown)) return plan;
  const last = attempt.questions.every((id) => id === shown || has(attempt, id));
  const answer = has(attempt, shown) ? attempt.answers[shown] : undefined;
  return { ...plan, screen: { kind: 'question', attempt, question: shown, answer, elsewhere, last, pending } };
}

/** A finished attempt as the result screen shows it: the score, and the questions missed, in the order asked. */
export function attemptResult(
  attempt: Attempt,
  bank: readonly TrainingQuestion[],
  set: Pick<QuizSet, 'id' | 'passMark'>,
): AttemptScore & { missed: TrainingQuestion[]; retry: boolean } {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const qs = attempt.questions.map((id) => byId.get(id)).filter((q) => q !== undefined);
  const missed = qs.filter((q) => !(has(attempt, q.id) && attempt.answers[q.id]!.correct));
  return { ...scoreAttempt(qs, attempt.answers, set.passMark), missed, retry: attempt.set !== set.id };
}
