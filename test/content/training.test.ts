// The training bank over the real content/training/: every question valid, ids unique, every cause covered.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../../src/schemas/common';
import { RETRY } from '../../src/rules/attempts';
import { QUESTION_TYPES, present } from '../../src/rules/quiz';
import { seededRng } from '../../src/rules/random';
import { AttemptSchema, RecordIdSchema, describeIssue } from '../../src/schemas/records';
import { QuizSetSchema, TrainingQuestionSchema } from '../../src/schemas/training';
import { CONTENT, loadYamlList } from './load-content';

const files = readdirSync(join(CONTENT, 'training/questions')).filter((f) => f.endsWith('.yaml')).sort();
const questions = files.flatMap((f) => loadYamlList(`training/questions/${f}`, TrainingQuestionSchema));

describe('the training question bank', () => {
  it('has at least 150 questions with unique ids', () => {
    const ids = questions.map((q) => q.data.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(questions.length).toBeGreaterThanOrEqual(150);
  });

  it('has at least 5 questions for every cause', () => {
    const thin = CAUSE_IDS.filter((c) => questions.filter((q) => q.data.causes.includes(c)).length < 5);
    expect(thin).toEqual([]);
  });

  it('uses every question type', () => {
    expect(new Set(questions.map((q) => q.data.type))).toEqual(new Set(QUESTION_TYPES));
  });
});

describe('the records the quiz writes for this bank', () => {
  const sets = loadYamlList('training/sets.yaml', QuizSetSchema).map((s) => s.data);

  it('fit the records schema: every question id, set id (also as a retry) and answer is accepted', () => {
    // An id or answer the records schema refused would fail the write, and mark records already saved as damaged.
    const refused = questions.flatMap(({ data: q }) => {
      const order = present(q, seededRng(1)).order;
      const attempt = {
        id: 'a-lq3xa12345',
        profile: 'p-lq3x9abcde',
        set: `${sets[0]!.id}${RETRY}`,
        startedAt: '2026-12-02T08:00:00.000Z',
        finishedAt: null,
        questions: [q.id],
        orders: { [q.id]: order },
        answers: { [q.id]: { response: order, points: 1, correct: true, at: '2026-12-02T08:01:00.000Z' } },
        score: null,
        passed: null,
      };
      const r = AttemptSchema.safeParse(attempt);
      return r.success ? [] : [`${q.id}: ${describeIssue(r.error.issues[0]!)}`];
    });
    const badSets = sets.filter((s) => !RecordIdSchema.safeParse(`${s.id}${RETRY}`).success).map((s) => s.id);
    expect([...refused, ...badSets]).toEqual([]);
  });
});
