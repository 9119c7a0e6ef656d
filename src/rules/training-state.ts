// Ships to the browser: the state every training transition takes and returns, and what the outside world lends it.
// Transitions have XState's shape without the library: `(state, event, ctx) → state`, pure, with the clock, new ids and
// the random seed in `ctx`, so a test can replay any of them. A transition that does not apply returns `state` itself.
import type { Day } from './days';
import type { Store } from './records';

/** The records of this device and the person answering in this tab (the person is per tab, not in the records). */
export interface TrainingState {
  store: Store;
  active: string | null;
}

/** What a transition may not compute itself: the time, a fresh id, a seed for drawing. Made once per user action. */
export interface ActionContext {
  /** The moment of the action, ISO 8601. */
  now: string;
  /** The day on this device, 'YYYY-MM-DD'. */
  today: Day;
  /** A new record id with this prefix; the same prefix gives the same id within one action, so a re-run agrees. */
  newId: (prefix: string) => string;
  /** Seed of the random draw (questions and the order of their choices). */
  seed: number;
}

/** A pure transition of the training state. */
export type Transition<E> = (state: TrainingState, event: E, ctx: ActionContext) => TrainingState;

/** The state with a changed store (or `state` itself when the store did not change). */
export const withStore = (state: TrainingState, store: Store): TrainingState =>
  store === state.store ? state : { ...state, store };
