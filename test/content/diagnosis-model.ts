import { buildDiagnosisModel } from '../../src/lib/diagnosis-model';
import type { DiagnosisModel } from '../../src/rules/diagnosis';
import { loadAll, loadDiagnosis } from './load-content';

/** The diagnosis model built from the real content/, as the build publishes it. */
export function realModel(): DiagnosisModel {
  const { questions, rules } = loadDiagnosis();
  const names = Object.fromEntries(loadAll().causes.map((c) => [c.data.id, c.data.short]));
  return buildDiagnosisModel(questions.map((q) => q.data), rules.map((r) => r.data), names, 'test');
}
