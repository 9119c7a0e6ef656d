import { describe, expect, it } from 'vitest';
import {
  RETRY,
  dropMissingQuestions,
  finishAttempt,
  finishedDays,
  openAttempt,
  recordAnswer,
  startAttempt,
} from '../../../src/rules/attempts';
import type { TrainingState } from '../../../src/rules/training-state';
import { BANK, SET, STAGES, attempt, ctx, state, store } from './training-fixtures';

const start = { set: SET, bank: BANK, causeStage: STAGES };
const q = (id: string) => BANK.find((x) => x.id === id)!;
const only = (s: TrainingState) => s.store.attempts.at(-1)!;

describe('startAttempt', () => {
  it('starts an attempt for the person answering, drawn with the seed, with every display order fixed', () => {
    const next = startAttempt(state(), start, ctx());
    expect(only(next)).toMatchObject({ id: 'a-t', profile: 'p1', set: 's', startedAt: ctx().now, finishedAt: null });
    expect([...only(next).questions].sort()).toEqual(['q1', 'q2', 'q3']);
    expect(Object.keys(only(next).orders).sort()).toEqual(['q1', 'q2', 'q3']);
    expect(only(next).orders['q2']).toEqual(['true', 'false']);
  });

  it('draws the same questions in the same order for the same seed, so a failing run can be replayed', () => {
    const draw = (seed: number) => only(startAttempt(state(), start, ctx(undefined, seed)));
    expect(draw(7)).toEqual(draw(7));
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => draw(seed).questions.join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('starts a retry of the missed questions only, under the retry set id', () => {
    const next = startAttempt(state(), { ...start, only: ['q3', 'gone'] }, ctx());
    expect(only(next)).toMatchObject({ set: `s${RETRY}`, questions: ['q3'] });
  });

  it.each([
    ['nobody is answering', state(store(), null)],
    ['the person answering is not in the records', state(store(), 'p9')],
    ['an attempt is already open on the set', state(store([attempt()]))],
    ['a retry is already open on the set', state(store([attempt({}, { set: `s${RETRY}` })]))],
  ])('changes nothing when %s', (_, before) => {
    expect(startAttempt(before, start, ctx())).toBe(before);
  });
});

describe('recordAnswer', () => {
  const before = state(store([attempt()]));
  it.each([
    ['a right answer, with no review card', 'q1', ['a'], { points: 1, correct: true }, undefined],
    ['a wrong answer, due again tomorrow in box 1', 'q1', ['b'], { points: 0, correct: false }, { box: 1 }],
    ['a true/false answer', 'q2', ['false'], { points: 1, correct: true }, undefined],
    ['an ordering with one swap, for part of the points', 'q3', ['1', '0', '2'], { points: 0.67 }, { box: 1 }],
  ])('records %s', (_, id, response, grade, card) => {
    const next = recordAnswer(before, { attemptId: 'a1', question: q(id), response }, ctx());
    expect(only(next).answers[id]).toMatchObject({ response, at: ctx().now, ...grade });
    const due = card && { ...card, due: '2026-12-03' };
    expect(next.store.reviews['p1']?.[id]).toEqual(due);
  });

  it('moves a card up a box after a right answer', () => {
    const withCard = state(store([attempt()], { reviews: { p1: { q1: { box: 1, due: '2026-12-02' } } } }));
    const next = recordAnswer(withCard, { attemptId: 'a1', question: q('q1'), response: ['a'] }, ctx());
    expect(next.store.reviews['p1']!['q1']).toEqual({ box: 2, due: '2026-12-05' });
  });

  it.each([
    ['the question is already answered (the first answer stands)', state(store([attempt({ q1: false })])), 'q1'],
    ['the attempt is unknown', state(store([attempt({}, { id: 'a2' })])), 'q1'],
    ['the attempt is finished', state(store([attempt({}, { finishedAt: '2026-12-01T09:00:00.000Z' })])), 'q1'],
    ['the question is not in the attempt', state(store([attempt({}, { questions: ['q2'] })])), 'q1'],
  ])('changes nothing when %s', (_, s, id) => {
    expect(recordAnswer(s, { attemptId: 'a1', question: q(id), response: ['a'] }, ctx())).toBe(s);
  });
});

describe('finishAttempt', () => {
  const event = { attemptId: 'a1', bank: BANK, passMark: 0.6 };
  it.each([
    ['passed', { q1: true, q2: true, q3: false }, 0.67, true],
    ['failed', { q1: true, q2: false, q3: false }, 0.33, false],
  ])('scores and closes an attempt with every question answered (%s)', (_, answers, score, passed) => {
    const next = finishAttempt(state(store([attempt(answers)])), event, ctx());
    expect(only(next)).toMatchObject({ finishedAt: ctx().now, score, passed });
  });

  it('scores an attempt once: finishing it again, later, changes nothing', () => {
    const once = finishAttempt(state(store([attempt({ q1: true, q2: true, q3: true })])), event, ctx());
    const twice = finishAttempt(once, event, ctx('2026-12-02T09:00:00.000Z'));
    expect(twice).toBe(once);
    expect(only(twice)).toMatchObject({ finishedAt: ctx().now, score: 1, passed: true });
  });

  it.each([
    ['a question is unanswered', state(store([attempt({ q1: true, q2: true })]))],
    ['the attempt is unknown', state(store([attempt({ q1: true, q2: true, q3: true }, { id: 'a2' })]))],
  ])('changes nothing when %s', (_, s) => {
    expect(finishAttempt(s, event, ctx())).toBe(s);
  });
});

describe('dropMissingQuestions', () => {
  it('takes the questions the bank lost out of the open attempt and keeps the answers given', () => {
    const s = state(store([attempt({ q1: true })]));
    const next = dropMissingQuestions(s, { attemptId: 'a1', bankIds: new Set(['q1', 'q3']) }, ctx());
    expect(only(next)).toMatchObject({ questions: ['q1', 'q3'], answers: { q1: { correct: true } } });
  });

  it.each([
    ['nothing is missing', attempt(), new Set(['q1', 'q2', 'q3'])],
    ['the attempt is finished', attempt({}, { finishedAt: '2026-12-01T09:00:00.000Z' }), new Set(['q1'])],
  ])('changes nothing when %s', (_, a, bankIds) => {
    const s = state(store([a]));
    expect(dropMissingQuestions(s, { attemptId: 'a1', bankIds }, ctx())).toBe(s);
  });
});

describe('openAttempt and finishedDays', () => {
  it('finds the open attempt of a person on a set, and the days they finished one (retries left out)', () => {
    const done = { finishedAt: '2026-11-30T08:00:00.000Z' };
    const s = store([
      attempt({}, { id: 'a0', ...done }),
      attempt({}, { id: 'r0', set: `s${RETRY}`, finishedAt: '2026-11-29T08:00:00.000Z' }),
      attempt(),
    ]);
    expect(openAttempt(s, 'p1', 's')?.id).toBe('a1');
    expect(openAttempt(s, 'p2', 's')).toBeUndefined();
    expect([...finishedDays(s, 'p1')]).toEqual(['2026-11-30']);
  });
});
