import { describe, expect, it } from 'vitest';
import {
  drawQuestions,
  dueReviews,
  grade,
  QUESTION_TYPES,
  present,
  review,
  scoreAttempt,
  statusOfSet,
  streak,
} from '../../../src/rules/quiz';
import { seededRng } from '../../../src/rules/random';
import { t } from '../../../src/i18n';
import { TrainingQuestionSchema, type QuizSet, type TrainingQuestion } from '../../../src/schemas/training';

const base = { locale: 'zh-CN' as const, explanation: '因为…', link: '/causes/x/', topics: [], difficulty: 1 as const };
const single = (id: string, causes: string[]): TrainingQuestion => ({
  ...base,
  id,
  causes: causes as never,
  type: 'single',
  prompt: '选哪个？',
  choices: [
    { id: 'a', text: '对', correct: true },
    { id: 'b', text: '错', correct: false },
    { id: 'c', text: '也错', correct: false },
  ],
});
const multiple: TrainingQuestion = {
  ...base,
  id: 'm',
  causes: [],
  topics: ['evidence'],
  type: 'multiple',
  prompt: '哪些要保留？',
  choices: [
    { id: 'a', text: '单号', correct: true },
    { id: 'b', text: '时间', correct: true },
    { id: 'c', text: '天气', correct: false },
    { id: 'd', text: '心情', correct: false },
  ],
};
const ordering: TrainingQuestion = {
  ...base,
  id: 'o',
  causes: [],
  topics: ['emergency'],
  type: 'ordering',
  prompt: '排序',
  items: ['查单', '等待', '撤销', '重收'],
};
const tf: TrainingQuestion = {
  ...base,
  id: 't',
  causes: [],
  topics: ['query'],
  type: 'true_false',
  prompt: '对吗？',
  answer: false,
};

const stageOf = { a1: 'A', a2: 'A', b1: 'B', c1: 'C' };
const bank = [
  single('qa1', ['a1']),
  single('qa2', ['a2']),
  single('qa3', ['a1']),
  single('qb1', ['b1']),
  single('qb2', ['b1']),
  single('qc1', ['c1']),
  single('qc2', ['c1']),
];
const set = (draw: QuizSet['draw'], count = 4): QuizSet => ({
  id: 's',
  locale: 'zh-CN',
  title: 't',
  description: 'd',
  cadenceDays: 30,
  count,
  passMark: 0.8,
  feedback: 'end',
  draw,
});
const learner = { causeErrorRate: {}, dueReviews: [] };

describe('drawQuestions', () => {
  it('draws the same questions for the same seed', () => {
    const a = drawQuestions(bank, set({ from: 'all_stages' }), stageOf, learner, seededRng(1));
    const b = drawQuestions(bank, set({ from: 'all_stages' }), stageOf, learner, seededRng(1));
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(4);
  });

  it('covers every stage in an onboarding draw', () => {
    for (let seed = 0; seed < 50; seed++) {
      const ids = drawQuestions(bank, set({ from: 'all_stages' }, 3), stageOf, learner, seededRng(seed));
      expect(new Set(ids.map((id) => id[1]))).toEqual(new Set(['a', 'b', 'c']));
    }
  });

  it('keeps a stage set to its stage', () => {
    expect(
      drawQuestions(
        bank,
        set({ from: 'stage', stage: 'not_paid' as never }),
        { a1: 'not_paid', a2: 'not_paid', b1: 'x', c1: 'y' },
        learner,
        seededRng(3),
      ).sort(),
    ).toEqual(['qa1', 'qa2', 'qa3']);
  });

  it('favours due reviews and weak causes in the monthly draw', () => {
    let dueHits = 0;
    let weakHits = 0;
    for (let seed = 0; seed < 200; seed++) {
      const ids = drawQuestions(
        bank,
        set({ from: 'weak_and_due' }, 2),
        stageOf,
        { causeErrorRate: { c1: 1 }, dueReviews: ['qb2'] },
        seededRng(seed),
      );
      if (ids.includes('qb2')) dueHits++;
      if (ids.includes('qc1') || ids.includes('qc2')) weakHits++;
    }
    expect(dueHits).toBeGreaterThan(100);
    expect(weakHits).toBeGreaterThan(100);
  });
});

describe('present', () => {
  it('shuffles choices deterministically and keeps every one', () => {
    const order = present(multiple, seededRng(9)).order;
    expect([...order].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(present(multiple, seededRng(9)).order).toEqual(order);
  });
});

describe('grade', () => {
  it.each([
    ['single right', single('x', []), ['a'], 1, true],
    ['single wrong', single('x', []), ['b'], 0, false],
    ['single with two picks', single('x', []), ['a', 'b'], 0, false],
    ['true/false right', tf, ['false'], 1, true],
    ['true/false wrong', tf, ['true'], 0, false],
    ['multiple exact', multiple, ['b', 'a'], 1, true],
    ['multiple half', multiple, ['a'], 0.5, false],
    ['multiple one right one wrong', multiple, ['a', 'c'], 0, false],
    ['multiple all picked', multiple, ['a', 'b', 'c', 'd'], 0, false],
    ['multiple nothing', multiple, [], 0, false],
    ['ordering exact', ordering, ['0', '1', '2', '3'], 1, true],
    ['ordering one swap of neighbours', ordering, ['1', '0', '2', '3'], 0.83, false],
    ['ordering reversed', ordering, ['3', '2', '1', '0'], 0, false],
    ['ordering incomplete', ordering, ['0', '1'], 0, false],
    ['ordering with a repeat', ordering, ['0', '0', '1', '2'], 0, false],
  ] as const)('%s', (_, q, response, points, correct) => {
    expect(grade(q, [...response])).toEqual({ points, correct });
  });
});

describe('scoreAttempt', () => {
  it('passes at the pass mark and breaks points down by cause', () => {
    const qs = [single('q1', ['a1']), single('q2', ['a1']), single('q3', ['b1']), multiple, tf];
    const s = scoreAttempt(
      qs,
      {
        q1: { points: 1, correct: true },
        q2: { points: 0, correct: false },
        q3: { points: 1, correct: true },
        m: { points: 1, correct: true },
        t: { points: 1, correct: true },
      },
      0.8,
    );
    expect(s).toEqual({
      score: 0.8,
      passed: true,
      byCause: { a1: { points: 1, total: 2 }, b1: { points: 1, total: 1 } },
    });
  });
});

describe('dates', () => {
  it.each([
    [undefined, '2026-11-26', { kind: 'never' }],
    ['2026-11-01', '2026-11-26', { kind: 'passed', due: '2026-12-01' }],
    ['2026-10-27', '2026-11-26', { kind: 'due', due: '2026-11-26' }],
    ['2026-10-20', '2026-11-26', { kind: 'overdue', due: '2026-11-19', days: 7 }],
  ])('a 30-day set last passed on %s is %j on %s', (lastPass, today, expected) => {
    expect(statusOfSet(30, lastPass, today)).toEqual(expected);
  });
});

describe('spaced repetition (Leitner)', () => {
  it('brings a missed question back tomorrow and spaces it out as it is answered right', () => {
    let card = review(undefined, false, '2026-11-26');
    expect(card).toEqual({ box: 1, due: '2026-11-27' });
    card = review(card, true, '2026-11-27');
    expect(card).toEqual({ box: 2, due: '2026-11-30' });
    card = review(card, true, '2026-11-30');
    expect(card).toEqual({ box: 3, due: '2026-12-07' });
    card = review(card, false, '2026-12-07');
    expect(card).toEqual({ box: 1, due: '2026-12-08' });
  });

  it('needs no review for a question answered right the first time, and caps at the last box', () => {
    expect(review(undefined, true, '2026-11-26')).toBeUndefined();
    expect(review({ box: 5, due: '2026-11-26' }, true, '2026-11-26')).toEqual({ box: 5, due: '2026-12-26' });
  });

  it('lists the reviews due today', () => {
    expect(
      dueReviews(
        { a: { box: 1, due: '2026-11-26' }, b: { box: 2, due: '2026-11-28' }, c: { box: 1, due: '2026-11-01' } },
        '2026-11-26',
      ),
    ).toEqual(['a', 'c']);
  });
});

describe('streak', () => {
  it.each([
    [['2026-11-24', '2026-11-25', '2026-11-26'], 3],
    [['2026-11-24', '2026-11-25'], 2],
    [['2026-11-23', '2026-11-25'], 1],
    [['2026-11-20'], 0],
    [['2026-02-28', '2026-03-01'], 0],
  ])('counts days in a row up to 2026-11-26 from %j as %i', (days, expected) => {
    expect(streak(new Set(days), '2026-11-26')).toBe(expected);
  });
});

describe('question types', () => {
  it('lists exactly the types of the schema, each with a label in every locale', () => {
    const schemaTypes = TrainingQuestionSchema.options.map((o) => o.shape.type.value);
    expect([...QUESTION_TYPES].sort()).toEqual([...schemaTypes].sort());
    for (const type of QUESTION_TYPES) expect(t(`quizType_${type}`)).not.toBe('');
  });

  it('refuses, loudly, a type no branch handles', () => {
    const alien = { ...tf, type: 'drawing' } as unknown as TrainingQuestion;
    expect(() => grade(alien, ['a'])).toThrow('unhandled question type: "drawing"');
    expect(() => present(alien, seededRng(1))).toThrow('unhandled question type');
  });
});
