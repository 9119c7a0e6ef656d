// Checks over the real diagnosis model (content/diagnosis/) and its agreement with the articles and the vocabulary.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkDiagnosis } from '../../src/lib/diagnosis-model';
import { answer, diagnose, nextQuestion, optionValue, type Observations } from '../../src/rules/diagnosis';
import { seededRng } from '../../src/rules/quiz';
import { CAUSE_IDS } from '../../src/schemas/common';
import { realModel } from './diagnosis-model';
import { loadAll, loadDiagnosis } from './load-content';

const model = realModel();
const vocabulary = parse(readFileSync(`${import.meta.dirname}/../fixtures/diagnosis/observations.yaml`, 'utf8')) as {
  observations: Record<string, { values: string[] | string }>;
};

/** Answers that favour one cause: for each question in turn, the option that most widens its lead (two passes). */
function observationsFavouring(cause: string): Observations {
  let obs: Observations = {};
  const margin = (o: Observations) => {
    const ranked = diagnose(model, o);
    const own = ranked.find((r) => r.cause === cause)!.score;
    return own - Math.max(...ranked.filter((r) => r.cause !== cause).map((r) => r.score));
  };
  for (let pass = 0; pass < 2; pass++) {
    for (const q of model.questions) {
      let best: Observations = obs;
      for (const o of q.options) {
        const candidate = answer(obs, q.id, optionValue(q, o.value));
        if (margin(candidate) > margin(best)) best = candidate;
      }
      obs = best;
    }
  }
  return obs;
}

describe('the diagnosis model', () => {
  it('passes every cross-check (questions, options, causes)', () => {
    const { questions, rules } = loadDiagnosis();
    expect(checkDiagnosis(questions.map((q) => q.data), rules.map((r) => r.data), CAUSE_IDS)).toEqual([]);
  });

  it('asks every observation of the shared vocabulary, with its values', () => {
    for (const [id, spec] of Object.entries(vocabulary.observations)) {
      const question = model.questions.find((q) => q.id === id);
      expect(question, id).toBeDefined();
      if (Array.isArray(spec.values)) expect(question!.options.map((o) => o.value).sort(), id).toEqual([...spec.values].sort());
    }
  });

  it('names each cause as its article does', () => {
    const shorts = Object.fromEntries(loadAll().causes.map((c) => [c.data.id, c.data.short]));
    for (const cause of model.causes) expect(cause.name).toBe(shorts[cause.id]);
  });

  it.each(CAUSE_IDS)('can rank %s first', (cause) => {
    expect(diagnose(model, observationsFavouring(cause))[0]?.cause).toBe(cause);
  });

  it('can ask every question on the way to some cause', () => {
    // Walk the wizard once per cause, answering each question the way that most favours that cause, and again with
    // the first answers 不知道: every question must come up on at least one of these walks.
    const asked = new Set<string>();
    const lead = (cause: string, o: Observations) => {
      const ranked = diagnose(model, o);
      return ranked.find((r) => r.cause === cause)!.score - Math.max(...ranked.filter((r) => r.cause !== cause).map((r) => r.score));
    };
    for (const cause of CAUSE_IDS) {
      for (let unknownFirst = 0; unknownFirst <= 3; unknownFirst++) {
        let obs: Observations = {};
        for (let step = 0; step <= model.questions.length; step++) {
          const { question } = nextQuestion(model, obs);
          if (!question) break;
          asked.add(question.id);
          const options = step < unknownFirst ? [question.options.at(-1)!] : question.options;
          const best = options.reduce((a, b) => (lead(cause, answer(obs, question.id, optionValue(question, b.value))) > lead(cause, answer(obs, question.id, optionValue(question, a.value))) ? b : a));
          obs = answer(obs, question.id, optionValue(question, best.value));
        }
      }
    }
    expect(model.questions.map((q) => q.id).filter((id) => !asked.has(id))).toEqual([]);
  });

  it('always comes to an end, whatever the answers', () => {
    const random = seededRng(42);
    for (let walk = 0; walk < 200; walk++) {
      let obs: Observations = {};
      let steps = 0;
      for (;;) {
        const { question, conclusive } = nextQuestion(model, obs);
        if (!question) {
          expect(conclusive).toBe(true);
          break;
        }
        expect(question.id in obs).toBe(false);
        const option = question.options[Math.floor(random() * question.options.length)]!;
        obs = answer(obs, question.id, optionValue(question, option.value));
        steps++;
        expect(steps).toBeLessThanOrEqual(model.questions.length);
      }
    }
  });
});
