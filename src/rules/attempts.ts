// Ships to the browser: a quiz attempt from start to score, as pure transitions of the training state.
import type { QuizSet, TrainingQuestion } from '../schemas/training';
import { causeErrorRates } from './team-report';
import { drawQuestions, dueReviews, grade, present, review, scoreAttempt, type Response } from './quiz';
import { seededRng } from './random';
import type { Attempt, Store } from './records';
import { withStore, type Transition } from './training-state';

/** Suffix of the set id of a "retry the missed ones" attempt: it never counts towards the set's status. */
export const RETRY = '--retry';

/** The unfinished attempt of this person on this set (or its retry), if any. */
export function openAttempt(store: Store, profile: string, setId: string): Attempt | undefined {
  return store.attempts
    .filter((a) => a.profile === profile && (a.set === setId || a.set === setId + RETRY) && !a.finishedAt)
    .at(-1);
}

/** The attempt with this id, replaced by `change` (the store itself when the change returns the attempt unchanged). */
function updateAttempt(store: Store, id: string, change: (a: Attempt) => Attempt): Store {
  const attempt = store.attempts.find((a) => a.id === id);
  const next = attempt && change(attempt);
  return !next || next === attempt
    ? store
    : { ...store, attempts: store.attempts.map((a) => (a === attempt ? next : a)) };
}

/** Start a set: the bank it draws from, and for a retry, the question ids to ask again. */
export interface StartEvent {
  set: QuizSet;
  bank: TrainingQuestion[];
  causeStage: Record<string, string>;
  only?: string[];
}

/**
 * Starts an attempt for the person answering: draws questions (weak causes, due reviews) with `ctx.seed` and fixes
 * their display order. Nobody answering, or an attempt already open on this set, changes nothing.
 */
export const startAttempt: Transition<StartEvent> = (state, { set, bank, causeStage, only }, ctx) => {
  const profile = state.active;
  const s = state.store;
  if (!profile || !s.profiles.some((p) => p.id === profile) || openAttempt(s, profile, set.id)) return state;
  const causesOf = Object.fromEntries(bank.map((q) => [q.id, q.causes]));
  const rates = causeErrorRates(s, causesOf, profile);
  const learner = {
    causeErrorRate: Object.fromEntries(Object.entries(rates).map(([c, r]) => [c, r.total ? r.wrong / r.total : 0])),
    dueReviews: dueReviews(s.reviews[profile] ?? {}, ctx.today),
  };
  const rng = seededRng(ctx.seed);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const ids = (only ?? drawQuestions(bank, set, causeStage, learner, rng)).filter((id) => byId.has(id));
  const orders = Object.fromEntries(ids.map((id) => [id, present(byId.get(id)!, rng).order]));
  const attempt: Attempt = {
    id: ctx.newId('a'),
    profile,
    set: only ? set.id + RETRY : set.id,
    startedAt: ctx.now,
    finishedAt: null,
    questions: ids,
    orders,
    answers: {},
    score: null,
    passed: null,
  };
  return withStore(state, { ...s, attempts: [...s.attempts, attempt] });
};

/**
 * Records one answer and moves the question in the person's review schedule. The first answer to a question stands:
 * a second one (another tab was quicker), an unknown attempt or a finished one changes nothing.
 */
export const recordAnswer: Transition<{ attemptId: string; question: TrainingQuestion; response: Response }> = (
  state,
  { attemptId, question: q, response },
  ctx,
) => {
  const attempt = state.store.attempts.find((a) => a.id === attemptId);
  if (!attempt || attempt.finishedAt || Object.hasOwn(attempt.answers, q.id) || !attempt.questions.includes(q.id))
    return state;
  const g = grade(q, response);
  const answer = { response, points: g.points, correct: g.correct, at: ctx.now };
  const store = updateAttempt(state.store, attemptId, (a) => ({ ...a, answers: { ...a.answers, [q.id]: answer } }));
  const cards = { ...(store.reviews[attempt.profile] ?? {}) };
  const card = review(cards[q.id], g.correct, ctx.today);
  if (card) cards[q.id] = { ...card };
  else delete cards[q.id];
  return withStore(state, { ...store, reviews: { ...store.reviews, [attempt.profile]: cards } });
};

/**
 * Closes an attempt once every question is answered, with its score. Finishing twice (two tabs, a double click, a
 * re-render) changes nothing the second time, so an attempt is scored once.
 */
export const finishAttempt: Transition<{ attemptId: string; bank: TrainingQuestion[]; passMark: number }> = (
  state,
  { attemptId, bank, passMark },
  ctx,
) =>
  withStore(
    state,
    updateAttempt(state.store, attemptId, (a) => {
      if (a.finishedAt || a.questions.some((id) => !Object.hasOwn(a.answers, id))) return a;
      const qs = a.questions.map((id) => bank.find((q) => q.id === id)).filter((q) => q !== undefined);
      const { score, passed } = scoreAttempt(qs, a.answers, passMark);
      return { ...a, finishedAt: ctx.now, score, passed };
    }),
  );

/**
 * Takes out of an open attempt the questions the bank no longer has (removed in an update while the attempt was open),
 * so the quiz can go on; answers already given are kept.
 */
export const dropMissingQuestions: Transition<{ attemptId: string; bankIds: ReadonlySet<string> }> = (
  state,
  { attemptId, bankIds },
) =>
  withStore(
    state,
    updateAttempt(state.store, attemptId, (a) =>
      a.finishedAt || a.questions.every((id) => bankIds.has(id))
        ? a
        : { ...a, questions: a.questions.filter((id) => bankIds.has(id)) },
    ),
  );

/** Days on which the person finished a set (a retry of missed questions does not count), for the streak. */
export function finishedDays(store: Store, profile: string): Set<string> {
  return new Set(
    store.attempts
      .filter((a) => a.profile === profile && a.finishedAt && !a.set.endsWith(RETRY))
      .map((a) => a.finishedAt!.slice(0, 10)),
  );
}
