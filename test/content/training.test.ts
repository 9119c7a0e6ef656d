// The training bank over the real content/training/: every question valid, ids unique, every cause covered.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../../src/schemas/common';
import { TrainingQuestionSchema } from '../../src/schemas/training';
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
    expect(new Set(questions.map((q) => q.data.type))).toEqual(new Set(['single', 'multiple', 'true_false', 'scenario', 'ordering']));
  });
});
