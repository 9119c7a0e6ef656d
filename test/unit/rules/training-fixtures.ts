// A small bank, set, store and action context for the training transition tests.
import { emptyStore, type Attempt, type Store } from '../../../src/rules/records';
import type { ActionContext, TrainingState } from '../../../src/rules/training-state';
import type { QuizSet, TrainingQuestion } from '../../../src/schemas/training';

const base = { locale: 'zh-CN' as const, explanation: 'e', link: '/causes/x/', topics: [], difficulty: 1 as const };
const choices = [
  { id: 'a', text: 'A', correct: true },
  { id: 'b', text: 'B', correct: false },
];
/** Three questions of three types on three causes in two stages. */
export const BANK: TrainingQuestion[] = [
  { ...base, id: 'q1', causes: ['c1'] as never, type: 'single', prompt: 'p1', choices },
  { ...base, id: 'q2', causes: ['c2'] as never, type: 'true_false', prompt: 'p2', answer: false },
  { ...base, id: 'q3', causes: ['c3'] as never, type: 'ordering', prompt: 'p3', items: ['x', 'y', 'z'] },
];
/** cause → stage. */
export const STAGES = { c1: 'A', c2: 'A', c3: 'B' };
/** A set of all three questions, scored at the end. */
export const SET: QuizSet = {
  id: 's',
  locale: 'zh-CN',
  title: 'S',
  description: 'd',
  cadenceDays: 30,
  count: 3,
  passMark: 0.8,
  feedback: 'end',
  draw: { from: 'all_stages' },
};
/** The action context of a test: a fixed moment, ids `<prefix>-t`, seed 1 unless given. */
export const ctx = (now = '2026-12-02T08:00:00.000Z', seed = 1): ActionContext => ({
  now,
  today: now.slice(0, 10),
  newId: (prefix) => `${prefix}-t`,
  seed,
});
/** An open attempt `a1` of person `p1` on the set, with the given answers (question id → right or wrong). */
export function attempt(answers: Record<string, boolean> = {}, extra: Partial<Attempt> = {}): Attempt {
  return {
    id: 'a1',
    profile: 'p1',
    set: 's',
    startedAt: '2026-12-01T08:00:00.000Z',
    finishedAt: null,
    questions: ['q1', 'q2', 'q3'],
    orders: {},
    answers: Object.fromEntries(
      Object.entries(answers).map(([q, ok]) => [
        q,
        { response: ['a'], points: ok ? 1 : 0, correct: ok, at: '2026-12-01T08:01:00.000Z' },
      ]),
    ),
    score: null,
    passed: null,
    ...extra,
  };
}
/** A store with person `p1` (and `p2`) and the given attempts. */
export function store(attempts: Attempt[] = [], more: Partial<Store> = {}): Store {
  return {
    ...emptyStore(),
    profiles: [
      { id: 'p1', name: 'W', staffNo: '', createdAt: '2026-11-01T08:00:00.000Z' },
      { id: 'p2', name: 'L', staffNo: '', createdAt: '2026-11-02T08:00:00.000Z' },
    ],
    attempts,
    ...more,
  };
}
/** The training state with `p1` answering (or whoever is given). */
export const state = (s: Store = store(), active: string | null = 'p1'): TrainingState => ({ store: s, active });
