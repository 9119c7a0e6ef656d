// Build time: what search offers for a vague question, taken from the diagnosis model so the two never disagree.
import type { DiagnosisModel } from '../rules/diagnosis';

/** Causes that explain a general "paid, but it did not arrive", most common first (by the wizard's priors). */
export function commonCauses(model: DiagnosisModel, count = 5): string[] {
  // These two never explain "nothing arrived": a fee leaves the money short, a limit stops the payment on the spot.
  const other = new Set(['fee_deduction', 'limit_exceeded']);
  return model.causes
    .filter((c) => !other.has(c.id))
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.prior - a.c.prior || a.i - b.i)
    .slice(0, count)
    .map(({ c }) => c.id);
}

/**
 * The wizard's address with the problem pre-answered (`/diagnose/?pb=not_arrived`) when the model has a `problem`
 * question with that option; otherwise plain `/diagnose/`, because the wizard refuses a link with an unknown question.
 */
export function diagnoseLink(model: DiagnosisModel, problem: string): string {
  const question = model.questions.find((q) => q.id === 'problem');
  const ok = question?.options.some((o) => o.value === problem);
  return question && ok ? `/diagnose/?${question.code}=${encodeURIComponent(problem)}` : '/diagnose/';
}
