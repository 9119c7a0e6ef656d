// Ships to the browser: the diagnosis wizard's state changes, as pure functions of the answers so far
// (`answer(state, questionId, value) → state`); the answers' key order is the order of answering.
import type { DiagnosisModel, Observations } from './diagnosis';

/** After this many 不知道 from the app, the bank or the manager, the wizard stops asking that source. */
export const GIVE_UP_AFTER = 2;

/**
 * Has the cashier said the merchant app is out of reach (`skipSource`)? Every app question answered 不知道 can only
 * come from that button (or a link made after it): the wizard stops asking the app after two 不知道.
 */
export function appDeclaredOutOfReach(model: DiagnosisModel, observations: Observations): boolean {
  const app = model.questions.filter((q) => q.cost === 'app');
  return app.length > GIVE_UP_AFTER && app.every((q) => observations[q.id] === 'unknown');
}

/** Taps the cashier made: one per answer, and one for all the app questions skipped with `skipSource`. */
export function taps(model: DiagnosisModel, observations: Observations): number {
  const count = Object.keys(observations).length;
  return appDeclaredOutOfReach(model, observations)
    ? count - model.questions.filter((q) => q.cost === 'app').length + 1
    : count;
}

/**
 * “手边没有商户 App”: answers 不知道 to this question and to every other question of the merchant app in one tap, so the
 * wizard goes on with what the till can show, and ends within MAX_TAPS_WITHOUT_APP taps.
 */
export function skipSource(model: DiagnosisModel, observations: Observations, questionId: string): Observations {
  let next = answer(observations, questionId, 'unknown');
  for (const q of model.questions) if (q.cost === 'app' && !(q.id in next)) next = { ...next, [q.id]: 'unknown' };
  return next;
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

/** 上一步 in the wizard: takes back the last answer, or the whole “手边没有商户 App” tap (`skipSource`) if that came last. */
export function undo(model: DiagnosisModel, observations: Observations): Observations {
  if (!appDeclaredOutOfReach(model, observations)) return back(observations);
  const app = new Set(model.questions.filter((q) => q.cost === 'app').map((q) => q.id));
  const keys = Object.keys(observations);
  let end = keys.length;
  while (end > 0 && app.has(keys[end - 1]!) && observations[keys[end - 1]!] === 'unknown') end--;
  if (end === keys.length) return back(observations);
  return Object.fromEntries(keys.slice(0, end).map((k) => [k, observations[k]!]));
}
