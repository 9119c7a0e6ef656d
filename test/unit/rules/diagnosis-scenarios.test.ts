// Runs the real diagnosis model (content/diagnosis/) over the scenarios in test/fixtures/diagnosis/scenarios.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { diagnose, nextQuestion, optionValue, type Observations } from '../../../src/rules/diagnosis';
import { CAUSE_IDS } from '../../../src/schemas/common';
import { realModel } from '../../content/diagnosis-model';

interface Scenario {
  name: string;
  observations: Observations;
  top: string;
}

const model = realModel();
const scenarios = parse(readFileSync(join(import.meta.dirname, '../../fixtures/diagnosis/scenarios.yaml'), 'utf8')) as Scenario[];

/** Plays the wizard: asks nextQuestion until conclusive, answering from the scenario (不知道 when it says nothing). */
function play(observations: Observations): { asked: number; final: Observations } {
  let state: Observations = {};
  for (let asked = 0; asked <= model.questions.length; asked++) {
    const { question } = nextQuestion(model, state);
    if (!question) return { asked, final: state };
    const value = observations[question.id];
    state = { ...state, [question.id]: value === undefined ? 'unknown' : typeof value === 'number' ? value : optionValue(question, value) };
  }
  throw new Error('nextQuestion did not terminate');
}

describe('the diagnosis scenarios', () => {
  it('has at least 40 scenarios covering every cause', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    expect(new Set(scenarios.map((s) => s.top))).toEqual(new Set(CAUSE_IDS));
  });

  const results = scenarios.map((s) => {
    const ranked = diagnose(model, s.observations).map((r) => r.cause);
    return { s, rank: ranked.indexOf(s.top), ranked: ranked.slice(0, 3), ...play(s.observations) };
  });
  const top1 = results.filter((r) => r.rank === 0).length / results.length;
  const top3 = results.filter((r) => r.rank >= 0 && r.rank < 3).length / results.length;
  const avgAsked = results.reduce((n, r) => n + r.asked, 0) / results.length;
  console.log(`diagnosis: ${results.length} scenarios, top-1 ${(top1 * 100).toFixed(1)}%, top-3 ${(top3 * 100).toFixed(1)}%, questions asked on average ${avgAsked.toFixed(2)}`);

  it('ranks the expected cause first in at least 85% of scenarios', () => {
    const misses = results.filter((r) => r.rank !== 0).map((r) => `${r.s.name}: expected ${r.s.top}, got ${r.ranked.join(', ')}`);
    expect(top1, misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('ranks the expected cause in the top 3 in at least 97% of scenarios', () => {
    const misses = results.filter((r) => r.rank < 0 || r.rank > 2).map((r) => `${r.s.name}: expected ${r.s.top}, got ${r.ranked.join(', ')}`);
    expect(top3, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('reaches a conclusion in 6 questions or fewer on average', () => {
    expect(avgAsked).toBeLessThanOrEqual(6);
  });
});
