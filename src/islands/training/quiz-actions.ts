import { causeErrorRates } from '../../rules/exports';
import {
  drawQuestions,
  dueReviews,
  grade,
  present,
  review,
  scoreAttempt,
  seededRng,
  type Response,
} from '../../rules/quiz';
import type { Attempt, Store } from '../../rules/records';
import type { QuizSet, TrainingQuestion } from '../../schemas/training';
import { newId, today } from './profile-actions';

/** Suffix of the set id of a "retry the missed ones" attempt: it never counts towards the set's status. */
export const RETRY = '--retry';

/** The unfinished attempt of this person on this set (or its retry), if any. */
export function openAttempt(store: Store, profile: string, setId: string): Attempt | undefined {
  return store.attempts
    .filter((a) => a.profile === profile && (a.set === setId || a.set === setId + RETRY) && !a.finishedAt)
    .at(-1);
}

/** Starts an attempt: draws questions for this person (weak causes, due reviews) and fixes their display order. */
export function startAttempt(
  bank: TrainingQuestion[],
  set: QuizSet,
  causeStage: Record<string, string>,
  profile: string,
  only?: string[],
  seed = Date.now(),
) {
  return (s: Store): Store => {
    if (openAttempt(s, profile, set.id)) return s;
    const causesOf = Object.fromEntries(bank.map((q) => [q.id, q.causes]));
    const rates = causeErrorRates(s, causesOf, profile);
    const learner = {
      causeErrorRate: Object.fromEntries(Object.entries(rates).map(([c, r]) => [c, r.total ? r.wrong / r.total : 0])),
      dueReviews: dueReviews(s.reviews[profile] ?? {}, today()),
    };
    const rng = seededRng(seed);
    const ids = only ?? drawQuestions(bank, set, causeStage, learner, rng);
    const byId = new Map(bank.map((q) => [q.id, q]));
    const orders = Object.fromEntries(ids.map((id) => [id, present(byId.get(id)!, rng).order]));
    const attempt: Attempt = {
      id: newId('a'),
      profile,
      set: only ? set.id + RETRY : set.id,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      questions: ids,
      orders,
      answers: {},
      score: null,
      passed: null,
    };
    return { ...s, attempts: [...s.attempts, attempt] };
  };
}

/** Records one answer and moves the question in the review schedule; written at once so nothing is lost. */
export function recordAnswer(attemptId: string, q: TrainingQuestion, response: Response) {
  const g = grade(q, response);
  return (s: Store): Store => {
    const attempt = s.attempts.find((a) => a.id === attemptId);
    if (!attempt || attempt.answers[q.id]) return s;
    const at = new Date().toISOString();
    const updated = {
      ...attempt,
      answers: { ...attempt.answers, [q.id]: { response, points: g.points, correct: g.correct, at } },
    };
    const cards = { ...(s.reviews[attempt.profile] ?? {}) };
    const card = review(cards[q.id], g.correct, today());
    if (card) cards[q.id] = { ...card };
    else delete cards[q.id];
    return {
      ...s,
      attempts: s.attempts.map((a) => (a.id === attemptId ? updated : a)),
      reviews: { ...s.reviews, [attempt.profile]: cards },
    };
  };
}

/** Closes an attempt once every question is answered, with its score. */
export function finishAttempt(attemptId: string, bank: TrainingQuestion[], passMark: number) {
  return (s: Store): Store => {
    const attempt = s.attempts.find((a) => a.id === attemptId);
    if (!attempt || attempt.finishedAt || attempt.questions.some((id) => !attempt.answers[id])) return s;
    const qs = attempt.questions.map((id) => bank.find((q) => q.id === id)).filter((q) => q !== undefined);
    const { score, passed } = scoreAttempt(qs, attempt.answers, passMark);
    return {
      ...s,
      attempts: s.attempts.map((a) =>
        a.id === attemptId ? { ...a, finishedAt: new Date().toISOString(), score, passed } : a,
      ),
    };
  };
}

/**
 * Takes out of an open attempt the questions the bank no longer has (removed in an update while the attempt was open),
 * so the quiz can go on; answers already given are kept. Returns the store unchanged when nothing is missing.
 */
export function dropMissingQuestions(attemptId: string, bankIds: ReadonlySet<string>) {
  return (s: Store): Store => {
    const attempt = s.attempts.find((a) => a.id === attemptId);
    if (!attempt || attempt.finishedAt || attempt.questions.every((id) => bankIds.has(id))) return s;
    const questions = attempt.questions.filter((id) => bankIds.has(id));
    return { ...s, attempts: s.attempts.map((a) => (a.id === attemptId ? { ...a, questions } : a)) };
  };
}
