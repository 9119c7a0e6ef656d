import { describe, expect, it } from 'vitest';
import { FRESH_VIEW, attemptResult, planQuiz, type QuizView } from '../../../src/rules/quiz-screen';
import { BANK, SET, attempt, store } from './training-fixtures';

const ALL = new Set(['q1', 'q2', 'q3']);
const immediate = { ...SET, feedback: 'immediate' as const };
const view = (v: Partial<QuizView>): QuizView => ({ ...FRESH_VIEW, ...v });
const done = { finishedAt: '2026-12-01T09:00:00.000Z' };

describe('planQuiz', () => {
  it.each([
    ['asks who is answering when nobody is', store(), null, FRESH_VIEW, { kind: 'pick-person' }],
    ['offers to start when no attempt is open', store(), 'p1', FRESH_VIEW, { kind: 'start' }],
    [
      'shows the result it was asked to',
      store([attempt({}, done)]),
      'p1',
      view({ resultId: 'a1' }),
      { kind: 'result', attempt: { id: 'a1' } },
    ],
    [
      'offers to start when the result asked for is still open elsewhere',
      store(),
      'p1',
      view({ resultId: 'a1' }),
      {
        kind: 'start',
      },
    ],
    [
      'asks the first unanswered question',
      store([attempt({ q1: true })]),
      'p1',
      FRESH_VIEW,
      { kind: 'question', question: 'q2', pending: 'q2', elsewhere: false, last: false },
    ],
    [
      'marks the last unanswered question',
      store([attempt({ q1: true, q2: true })]),
      'p1',
      FRESH_VIEW,
      { kind: 'question', question: 'q3', last: true },
    ],
    [
      'keeps a question with its feedback open on screen, with its answer',
      store([attempt({ q1: false })]),
      'p1',
      view({ feedbackFor: 'q1', onScreen: 'q1' }),
      { kind: 'question', question: 'q1', answer: { correct: false }, pending: 'q2' },
    ],
  ])('%s', (_, s, profile, v, screen) => {
    expect(planQuiz(s, profile, SET, ALL, v).screen).toMatchObject(screen);
  });

  it('shows the answer another tab gave to the question on screen instead of jumping ahead (immediate feedback)', () => {
    const plan = planQuiz(store([attempt({ q1: true })]), 'p1', immediate, ALL, view({ onScreen: 'q1' }));
    expect(plan.screen).toMatchObject({ kind: 'question', question: 'q1', elsewhere: true, pending: 'q2' });
    expect(plan.onScreen).toBe('q1');
    expect(plan.finish).toBeNull();
  });

  it('moves on to the next question when feedback waits for the end', () => {
    const plan = planQuiz(store([attempt({ q1: true })]), 'p1', SET, ALL, view({ onScreen: 'q1' }));
    expect(plan.screen).toMatchObject({ question: 'q2', elsewhere: false });
    expect(plan.onScreen).toBe('q2');
  });

  it.each([
    ['every question is answered', FRESH_VIEW, false, 'a1'],
    ['feedback on the last answer is still open', view({ feedbackFor: 'q3' }), false, null],
    ['the records are read-only', FRESH_VIEW, true, null],
  ])('finishes the attempt when it should: %s', (_, v, readOnly, finish) => {
    const all = store([attempt({ q1: true, q2: true, q3: true })]);
    expect(planQuiz(all, 'p1', SET, ALL, v, readOnly).finish).toBe(finish);
  });

  it('waits for the score once every question is answered', () => {
    const plan = planQuiz(store([attempt({ q1: true, q2: true, q3: true })]), 'p1', SET, ALL, FRESH_VIEW);
    expect(plan.screen).toEqual({ kind: 'waiting', why: 'scoring' });
  });

  it('drops questions the bank lost, asks the others meanwhile, and never finishes before the drop', () => {
    const lost = new Set(['q1', 'q3']);
    const asking = planQuiz(store([attempt()]), 'p1', SET, lost, FRESH_VIEW);
    expect(asking).toMatchObject({ dropMissing: 'a1', finish: null, screen: { question: 'q1' } });
    const rest = planQuiz(store([attempt({ q1: true, q3: true })]), 'p1', SET, lost, FRESH_VIEW);
    expect(rest).toMatchObject({ dropMissing: 'a1', finish: null, screen: { kind: 'waiting', why: 'skipping' } });
    expect(planQuiz(store([attempt()]), 'p1', SET, lost, FRESH_VIEW, true).dropMissing).toBeNull();
  });
});

describe('attemptResult', () => {
  it('scores a finished attempt and lists the questions missed in the order asked', () => {
    const r = attemptResult(attempt({ q1: true, q2: false, q3: false }, done), BANK, SET);
    expect(r).toMatchObject({ score: 0.33, passed: false, retry: false });
    expect(r.missed.map((q) => q.id)).toEqual(['q2', 'q3']);
  });

  it('knows a retry by its set id', () => {
    expect(attemptResult(attempt({}, { set: 's--retry' }), BANK, SET).retry).toBe(true);
  });
});
