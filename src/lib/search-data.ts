// Build time: what search offers for a vague question, taken from the diagnosis model so the two never disagree.
import type { DiagnosisModel } from '../rules/diagnosis';
import type { Term } from '../schemas/glossary';

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

/** The glossary's other names as synonym groups (B扫C → 付款码支付): the term without its bracketed note, aliases of 2+ characters. */
export function glossarySynonyms(
  terms: readonly Pick<Term, 'term' | 'aliases'>[],
): { term: string; words: string[] }[] {
  return terms
    .map((t) => ({
      term: t.term.replace(/（.*?）|\(.*?\)/g, '').trim(),
      words: t.aliases.filter((a) => a.length >= 2),
    }))
    .filter((g) => g.term && g.words.length > 0);
}
