import { describe, expect, it } from 'vitest';
import {
  MAX_TAPS_WITHOUT_APP,
  nextQuestion,
  type DiagnosisModel,
  type Observations,
} from '../../../src/rules/diagnosis';
import { answer, back, skipSource, taps, undo } from '../../../src/rules/wizard-state';
import { question as q } from './diagnosis-fixture';

describe('answer and back', () => {
  it('keeps answers in the order they were given, and back removes the last', () => {
    const s = answer(answer(answer({}, 'pos_pending', 'yes'), 'hours', 60), 'pos_pending', 'no');
    expect(Object.keys(s)).toEqual(['hours', 'pos_pending']);
    expect(back(s)).toEqual({ hours: 60 });
    expect(back({})).toEqual({});
  });
});

describe('a cashier without the merchant app', () => {
  const tills = Array.from({ length: 12 }, (_, i) => q(`t${i}`, `t${String.fromCharCode(97 + i)}`, 'till'));
  const apps = Array.from({ length: 4 }, (_, i) => q(`a${i}`, `a${String.fromCharCode(97 + i)}`, 'app'));
  // Two causes that every question splits, so only a cap ends the walk.
  const split: DiagnosisModel = {
    version: 'test',
    questions: [...apps, ...tills],
    causes: ['x', 'y'].map((id) => ({
      id,
      name: id,
      prior: 0,
      evidence: [...apps, ...tills].map((x) => ({ when: { [x.id]: id === 'x' ? 'yes' : 'no' }, weight: 3 })),
      ruleOut: [],
    })),
  };

  it('answers 不知道 to every app question in one tap, and 上一步 takes the whole tap back', () => {
    const before = answer({}, 't0', 'unknown');
    const skipped = skipSource(split, before, 'a2');
    expect(apps.every((a) => skipped[a.id] === 'unknown')).toBe(true);
    expect(taps(split, skipped)).toBe(2);
    expect(undo(split, skipped)).toEqual(before);
    expect(undo(split, answer(skipped, 't1', 'yes'))).toEqual(skipped);
  });

  it('ends within MAX_TAPS_WITHOUT_APP taps once the app is out of reach', () => {
    let obs: Observations = skipSource(split, {}, 'a0');
    let tapped = 1;
    for (let { question } = nextQuestion(split, obs); question; { question } = nextQuestion(split, obs)) {
      obs = answer(obs, question.id, 'unknown');
      tapped++;
    }
    expect(tapped).toBe(MAX_TAPS_WITHOUT_APP);
    expect(taps(split, obs)).toBe(MAX_TAPS_WITHOUT_APP);
  });
});
