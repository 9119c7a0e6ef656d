// Ships to the browser: the wizard's answers in a link (`?cs=yes&hs=48`), so a cashier can pass a diagnosis on.
import type { DiagnosisModel, Observations } from './diagnosis';

/** Writes the answers as a query string with the questions' short codes, in answer order (`?cs=yes&hs=48`). */
export function encodeAnswers(model: DiagnosisModel, observations: Observations): string {
  const byId = new Map(model.questions.map((q) => [q.id, q]));
  const pairs = Object.entries(observations)
    .filter(([id]) => byId.has(id))
    .map(([id, value]) => `${byId.get(id)!.code}=${encodeURIComponent(String(value))}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** Why a link's answers could not be read: a code for the UI to word, with the question concerned where there is one. */
export type LinkProblem =
  | { code: 'too_long' }
  | { code: 'truncated' }
  | { code: 'unknown_question'; question: string }
  | { code: 'repeated_question' }
  | { code: 'bad_hours' }
  | { code: 'unknown_answer'; question: string };

/** The result of reading answers from a link: the observations, or why the link could not be read. */
export type Decoded = { ok: true; observations: Observations } | { ok: false; error: LinkProblem };

/** Reads answers from a query string; anything unknown, repeated or malformed rejects the whole link. */
export function decodeAnswers(model: DiagnosisModel, search: string): Decoded {
  const text = search.replace(/^\?/, '');
  if (!text) return { ok: true, observations: {} };
  if (text.length > 2000) return { ok: false, error: { code: 'too_long' } };
  const byCode = new Map(model.questions.map((q) => [q.code, q]));
  const observations: Observations = {};
  for (const pair of text.split('&')) {
    const [code = '', raw = ''] = pair.split('=');
    const question = byCode.get(code);
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      return { ok: false, error: { code: 'truncated' } };
    }
    // The unknown code is shown back to the reader: cut to 20 characters.
    if (!question) return { ok: false, error: { code: 'unknown_question', question: code.slice(0, 20) } };
    if (question.id in observations) return { ok: false, error: { code: 'repeated_question' } };
    if (question.kind === 'hours' && value !== 'unknown') {
      const hours = Number(value);
      if (!/^\d+(\.\d+)?$/.test(value) || hours > 10000) return { ok: false, error: { code: 'bad_hours' } };
      observations[question.id] = hours;
    } else if (question.options.some((o) => o.value === value)) {
      observations[question.id] = value;
    } else {
      return { ok: false, error: { code: 'unknown_answer', question: question.id } };
    }
  }
  return { ok: true, observations };
}
