// Ships to the browser: the pure diagnosis engine shared by the wizard, the build-time map and the tests.
import type { Condition, Question } from '../schemas/diagnosis';

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
  return (condition.gte === undefined || value >= condition.gte) && (condition.lt === undefined || value < condition.lt);
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

/** Ranks every cause for the observations, best first, with the reasons that raised or lowered each. */
export function diagnose(model: DiagnosisModel, observations: Observations): RankedCause[] {
  const scored = model.causes.map((c) => ({ cause: c.id, ...scoreCause(c, observations) }));
  const probabilities = softmax(scored.map((s) => s.score));
  return scored
    .map((s, i) => ({ ...s, probability: probabilities[i]! }))
    .sort((a, b) => b.score - a.score || a.cause.localeCompare(b.cause));
}

/** How sure the ranking is about its first cause, in words the result page can use. */
export function confidence(ranked: RankedCause[]): 'likely' | 'possible' | 'unclear' {
  const top = ranked[0]?.probability ?? 0;
  if (top >= CONCLUSIVE_PROBABILITY) return 'likely';
  return top >= 0.35 ? 'possible' : 'unclear';
}

/** The top probability at which the wizard stops asking. */
export const CONCLUSIVE_PROBABILITY = 0.7;
/** Below this expected gain (bits), a question is not worth a cashier's time. */
const MIN_GAIN = 0.05;

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
    const next = new Map(diagnose(model, { ...observations, [question.id]: optionValue(question, o.value) }).map((r) => [r.cause, r.score]));
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

/** The next question to ask, or none when the ranking is conclusive or nothing left would change it. */
export function nextQuestion(model: DiagnosisModel, observations: Observations): { question: Question | null; conclusive: boolean } {
  const ranked = diagnose(model, observations);
  if ((ranked[0]?.probability ?? 0) >= CONCLUSIVE_PROBABILITY) return { question: null, conclusive: true };
  let best: Question | null = null;
  let bestGain = MIN_GAIN;
  for (const q of model.questions) {
    if (q.id in observations) continue;
    const gain = expectedGain(model, observations, q);
    if (gain > bestGain) {
      best = q;
      bestGain = gain;
    }
  }
  return { question: best, conclusive: best === null };
}

/** Records an answer (moving it to the end of the answer order); a pure state change. */
export function answer(observations: Observations, questionId: string, value: string | number): Observations {
  const { [questionId]: _previous, ...rest } = observations;
  return { ...rest, [questionId]: value };
}

/** Takes back the last answer. */
export function back(observations: Observations): Observations {
  const keys = Object.keys(observations);
  return Object.fromEntries(keys.slice(0, -1).map((k) => [k, observations[k]!]));
}

/** Writes the answers as a query string with the questions' short codes, in answer order (`?cs=yes&hs=48`). */
export function encodeAnswers(model: DiagnosisModel, observations: Observations): string {
  const byId = new Map(model.questions.map((q) => [q.id, q]));
  const pairs = Object.entries(observations)
    .filter(([id]) => byId.has(id))
    .map(([id, value]) => `${byId.get(id)!.code}=${encodeURIComponent(String(value))}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** The result of reading answers from a link: the observations, or why the link could not be read. */
export type Decoded = { ok: true; observations: Observations } | { ok: false; error: string };

/** Reads answers from a query string; anything unknown, repeated or malformed rejects the whole link. */
export function decodeAnswers(model: DiagnosisModel, search: string): Decoded {
  const text = search.replace(/^\?/, '');
  if (!text) return { ok: true, observations: {} };
  if (text.length > 2000) return { ok: false, error: '链接太长，不是本站生成的排查链接。' };
  const byCode = new Map(model.questions.map((q) => [q.code, q]));
  const observations: Observations = {};
  for (const pair of text.split('&')) {
    const [code = '', raw = ''] = pair.split('=');
    const question = byCode.get(code);
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      return { ok: false, error: '链接里的答案无法识别，可能被截断了。' };
    }
    if (!question) return { ok: false, error: `链接里有无法识别的问题（${code.slice(0, 20)}）。` };
    if (question.id in observations) return { ok: false, error: '链接里同一个问题出现了两次。' };
    if (question.kind === 'hours' && value !== 'unknown') {
      const hours = Number(value);
      if (!/^\d+(\.\d+)?$/.test(value) || hours > 10000) return { ok: false, error: '链接里的“付款后过了多久”不是有效的时间。' };
      observations[question.id] = hours;
    } else if (question.options.some((o) => o.value === value)) {
      observations[question.id] = value;
    } else {
      return { ok: false, error: `链接里“${question.text}”的答案无法识别。` };
    }
  }
  return { ok: true, observations };
}
