// The two test sets of the diagnosis: the public dev set (written without the rules) and the site's own scenarios.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DiagnosisCase } from '../../src/lib/diagnosis-eval';
import type { Observations } from '../../src/rules/diagnosis';

const FIXTURES = join(import.meta.dirname, '../fixtures/diagnosis');

/** The 60 cases of the public development set (test/fixtures/diagnosis/cases-dev.yaml, copied unchanged). */
export function devCases(): DiagnosisCase[] {
  const file = parse(readFileSync(join(FIXTURES, 'cases-dev.yaml'), 'utf8')) as {
    cases: { id: string; facts: Observations; primary_cause: string; acceptable?: string[] }[];
  };
  return file.cases.map((c) => ({ id: c.id, facts: c.facts, primary: c.primary_cause, acceptable: c.acceptable ?? [] }));
}

/** The site's own scenarios (test/fixtures/diagnosis/scenarios.yaml). */
export function ownScenarios(): DiagnosisCase[] {
  const list = parse(readFileSync(join(FIXTURES, 'scenarios.yaml'), 'utf8')) as { name: string; observations: Observations; top: string; acceptable?: string[] }[];
  return list.map((s) => ({ id: s.name, facts: s.observations, primary: s.top, acceptable: s.acceptable ?? [] }));
}
