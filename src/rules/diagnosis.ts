// Ships to the browser: the pure diagnosis engine shared by the wizard, the build-time map and the tests.
import type { Condition, Question } from '../schemas/diagnosis';
import { GIVE_UP_AFTER, appDeclaredOutOfReach, taps } from './wizard-state';

/**
 * What staff have observed: observation name → option value (`hours_since_payment` is a number of hours).
 * A missing key means the question was not asked; `'unknown'` means 不知道. Key order is the order of answering.
 */
export type Observations = Record<string, string | number>;

/** Evidence rules of one cause, as published in model.json. */
export interface ModelCause {
  id: string;
  name: string;
  prior: number;
  evidence: { when: Record<string, Condition>; weight: number }[];
  /** Questions that must have a real answer before the wizard may say 很可能是 this cause, and the look-alike each reveals. */
  ruleOut: { question: string; lookAlike: string }[];
}

/** The published diagnosis model (`/diagnose/model.json`). */
export interface DiagnosisModel {
  version: string;
  questions: Question[];
  causes: ModelCause[];
}

/** One answer that moved a cause's score. */
export interface Reason {
  /** The answers the rule looked at (question id → value). */
  answers: { question: string; value: string | number }[];
  /** Points added (positive) or taken away (negative). */
  weight: number;
}

/** A cause with its score, its share of the probability and why. */
export interface RankedCause {
  cause: string;
  score: number;
  probability: number;
  reasons: Reason[];
}

/** Does one observed value satisfy a rule's condition? */
export function conditionHolds(condition: Condition, value: string | number | undefined): boolean {
  if (value === undefined || value === 'unknown') return false;
  if (typeof condition === 'string') return String(value) === condition;
  if (Array.isArray(condition)) return condition.includes(String(value));
  if (typeof value !== 'number') return false;
  return (
    (condition.gte === undefined || value >= condition.gte) && (condition.lt === undefined || value < condition.lt)
  );
}

function scoreCause(cause: ModelCause, observations: Observations): { score: number; reasons: Reason[] } {
  let score = cause.prior;
  const reasons: Reason[] = [];
  for (const rule of cause.evidence) {
    const keys = Object.keys(rule.when);
    if (keys.every((k) => conditionHolds(rule.when[k]!, observations[k]))) {
      score += rule.weight;
      reasons.push({ answers: keys.map((k) => ({ question: k, value: observations[k]! })), weight: rule.weight });
    }
  }
  reasons.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { score, reasons };
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** Scores closer than this are a tie: the ranking shows them together and never picks one by name. */
const TIE = 1e-9;

/**
 * Ranks every cause for the observations, best first, with the reasons that raised or lowered each. Equal scores
 * keep the order of rules.yaml (never alphabetical); `tiedWithTop` in the result page shows them as a tie.
 */
export function diagnose(model: DiagnosisModel, observations: Observations): RankedCause[] {
  const scored = model.causes.map((c) => ({ cause: c.id, ...scoreCause(c, observations) }));
  const probabilities = softmax(scored.map((s) => s.score));
  return scored
    .map((s, i) => ({ ...s, probability: probabilities[i]! }))
    .sort((a, b) => (Math.abs(b.score - a.score) < TIE ? 0 : b.score - a.score));
}

/** The causes whose score equals the first one's (the first one included). */
export function tiedWithTop(ranked: RankedCause[]): RankedCause[] {
  const top = ranked[0];
  return top ? ranked.filter((r) => Math.abs(r.score - top.score) < TIE) : [];
}

/** The top probability at which the wizard stops asking. */
export const CONCLUSIVE_PROBABILITY = 0.8;
/** Below this expected gain (bits), a question is not worth a cashier's time. */
const MIN_GAIN = 0.05;
/** The wizard never asks more than this many questions. */
export const MAX_QUESTIONS = 12;
/** …and ends within this many taps once the cashier has said the merchant app is not at hand (`skipSource`). */
export const MAX_TAPS_WITHOUT_APP = 8;
/** Effort of one answer by where it comes from: gain is divided by it, so the till is asked before the app and the bank. */
export const COST: Record<Question['cost'], number> = { till: 1, app: 1.6, bank: 2.4, history: 2.4 };
/** At most this many causes are listed on the result page (more when they tie with the first). */
const SHOWN = 3;
/** A cause below this probability is not listed on the result page, unless it ties with the first. */
const SHOWN_MIN_PROBABILITY = 0.05;

const known = (v: string | number | undefined) => v !== undefined && v !== 'unknown';

/** The rule-out questions of the first cause that have no real answer yet (missing or 不知道). */
export function openRuleOuts(
  model: DiagnosisModel,
  observations: Observations,
  cause: string,
): { question: string; lookAlike: string }[] {
  const c = model.causes.find((x) => x.id === cause);
  return (c?.ruleOut ?? []).filter((r) => !known(observations[r.question]));
}

/** How sure the ranking is about its first cause, in words the result page can use. */
export type Confidence = 'likely' | 'possible' | 'unclear';

/**
 * 很可能是 only when the first cause is clearly ahead, not tied, and every look-alike it names has been ruled out
 * with a real answer; otherwise 可能是 or 还不能确定.
 */
export function confidence(model: DiagnosisModel, observations: Observations, ranked: RankedCause[]): Confidence {
  const top = ranked[0];
  if (!top) return 'unclear';
  const tied = tiedWithTop(ranked).length > 1;
  if (!tied && top.probability >= CONCLUSIVE_PROBABILITY && openRuleOuts(model, observations, top.cause).length === 0)
    return 'likely';
  return top.probability >= 0.35 && !tied ? 'possible' : 'unclear';
}

/** The causes the result page lists: the first, any that tie with it, then the next likely ones. */
export function shownCauses(ranked: RankedCause[]): RankedCause[] {
  const tied = tiedWithTop(ranked);
  const rest = ranked.slice(tied.length).filter((r) => r.probability >= SHOWN_MIN_PROBABILITY);
  return [...tied, ...rest.slice(0, Math.max(0, SHOWN - tied.length))];
}

const entropy = (p: number[]) => -p.reduce((h, x) => (x > 0 ? h + x * Math.log2(x) : h), 0);

/** The value an option stands for in the observations. */
export function optionValue(question: Question, value: string): string | number {
  if (question.kind !== 'hours' || value === 'unknown') return value;
  return question.options.find((o) => o.value === value)?.hours ?? value;
}

/** Expected information (bits) that answering `question` would give about the cause, under the current ranking. */
export function expectedGain(model: DiagnosisModel, observations: Observations, question: Question): number {
  const base = diagnose(model, observations);
  const order = base.map((r) => r.cause);
  const prior = base.map((r) => r.probability);
  const baseScore = new Map(base.map((r) => [r.cause, r.score]));
  const options = question.options.filter((o) => o.value !== 'unknown');
  // P(answer | cause) ∝ exp(score change the answer would cause): rules' weights read as log-likelihoods.
  const likelihood = options.map((o) => {
    const next = new Map(
      diagnose(model, { ...observations, [question.id]: optionValue(question, o.value) }).map((r) => [
        r.cause,
        r.score,
      ]),
    );
    return order.map((c) => Math.exp(next.get(c)! - baseScore.get(c)!));
  });
  const totals = order.map((_, ci) => likelihood.reduce((sum, l) => sum + l[ci]!, 0));
  let expected = 0;
  for (const l of likelihood) {
    const joint = prior.map((p, ci) => (p * l[ci]!) / totals[ci]!);
    const pAnswer = joint.reduce((a, b) => a + b, 0);
    if (pAnswer > 0) expected += pAnswer * entropy(joint.map((j) => j / pAnswer));
  }
  return entropy(prior) - expected;
}

/** Sources (app, bank, history) the cashier has twice not been able to answer from: probably out of reach. */
function unreachableSources(model: DiagnosisModel, observations: Observations): Set<Question['cost']> {
  const unknowns = new Map<Question['cost'], number>();
  for (const q of model.questions) {
    if (q.cost !== 'till' && observations[q.id] === 'unknown') unknowns.set(q.cost, (unknowns.get(q.cost) ?? 0) + 1);
  }
  return new Set([...unknowns].filter(([, n]) => n >= GIVE_UP_AFTER).map(([cost]) => cost));
}

/** The unasked question with the most expected information per unit of effort, if any is worth asking. */
function bestQuestion(
  model: DiagnosisModel,
  observations: Observations,
  candidates: Question[],
  perEffort: boolean,
): Question | null {
  let best: Question | null = null;
  let bestValue = 0;
  for (const q of candidates) {
    const gain = expectedGain(model, observations, q);
    if (gain < MIN_GAIN) continue;
    const value = perEffort ? gain / COST[q.cost] : gain;
    if (value > bestValue) {
      best = q;
      bestValue = value;
    }
  }
  return best;
}

/**
 * The next question to ask, or none when the wizard is done. The `first` question opens; then the question with
 * the most information per unit of effort. When one cause is ahead, its unasked rule-out questions come before the
 * end. A source answered 不知道 twice (no merchant app at hand, say) is not asked again. It stops after
 * MAX_QUESTIONS, or when nothing left would change the ranking.
 */
export function nextQuestion(
  model: DiagnosisModel,
  observations: Observations,
): { question: Question | null; conclusive: boolean } {
  const unreachable = unreachableSources(model, observations);
  const unasked = model.questions.filter((q) => !(q.id in observations) && !unreachable.has(q.cost));
  const opening = unasked.find((q) => q.first);
  if (opening) return { question: opening, conclusive: false };
  const tapped = taps(model, observations);
  if (tapped >= (appDeclaredOutOfReach(model, observations) ? MAX_TAPS_WITHOUT_APP : MAX_QUESTIONS))
    return { question: null, conclusive: true };
  const ranked = diagnose(model, observations);
  const top = ranked[0];
  if (top && top.probability >= CONCLUSIVE_PROBABILITY && tiedWithTop(ranked).length === 1) {
    // In the order rules.yaml lists them: the editor puts the cheapest, most telling check first.
    const pending = openRuleOuts(model, observations, top.cause).map((r) => r.question);
    const ruleOut = pending.map((id) => unasked.find((q) => q.id === id)).find((q) => q !== undefined) ?? null;
    return { question: ruleOut, conclusive: ruleOut === null };
  }
  const best = bestQuestion(model, observations, unasked, true);
  return { question: best, conclusive: best === null };
}

/**
 * When the result is not sure: the one question that would settle it. First the open rule-out of a sole leading
 * cause (the check that stands between it and 很可能是), else the question that would tell the most, even one answered
 * 不知道 (someone else, the manager or the bank, may know). Null when no question would change anything.
 */
export function settlingQuestion(model: DiagnosisModel, observations: Observations): Question | null {
  const ranked = diagnose(model, observations);
  const top = tiedWithTop(ranked).length === 1 ? ranked[0] : undefined;
  const ruleOut = top ? openRuleOuts(model, observations, top.cause)[0] : undefined;
  if (ruleOut) return model.questions.find((q) => q.id === ruleOut.question) ?? null;
  const open = model.questions.filter((q) => !known(observations[q.id]));
  const without = Object.fromEntries(Object.entries(observations).filter(([, v]) => known(v)));
  return bestQuestion(model, without, open, false);
}

// The wizard's answers in a link live in answer-link.ts; re-exported so the engine keeps one import for other tools.
export { decodeAnswers, encodeAnswers, type Decoded, type LinkProblem } from './answer-link';
// The wizard's state changes live in wizard-state.ts; re-exported so the engine keeps one import for other tools.
export { answer, back, skipSource, taps, undo } from './wizard-state';
