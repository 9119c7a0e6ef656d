// Ships to the browser: the people who answer on a shared shop device, as pure transitions.
import { canonical, checkName } from './records';
import { withStore, type Transition } from './training-state';

/** Longest staff number kept. */
export const STAFF_NO_MAX = 20;

/** Adds a person and makes them the one answering in this tab. A name `checkName` refuses changes nothing. */
export const addProfile: Transition<{ name: string; staffNo: string }> = (state, { name, staffNo }, ctx) => {
  if (checkName(name) || staffNo.trim().length > STAFF_NO_MAX) return state;
  const id = ctx.newId('p');
  const profile = { id, name: name.trim(), staffNo: staffNo.trim(), createdAt: ctx.now };
  return { store: { ...state.store, profiles: [...state.store.profiles, profile] }, active: id };
};

/** Picks (or with null, un-picks) the person answering in this tab; an id the records do not have picks nobody. */
export const switchProfile: Transition<{ id: string | null }> = (state, { id }) => {
  const active = id !== null && state.store.profiles.some((p) => p.id === id) ? id : null;
  return active === state.active ? state : { ...state, active };
};

/**
 * Removes a person with their attempts and review cards. The id goes into `removed`, so a merge with an older copy
 * (another tab, an import) does not bring them back. The tab answering as that person then answers as nobody.
 */
export const removeProfile: Transition<{ id: string }> = (state, { id }, ctx) => {
  if (!state.store.profiles.some((p) => p.id === id)) return state;
  const store = canonical({ ...state.store, removed: { ...state.store.removed, [id]: ctx.now } });
  return { ...withStore(state, store), active: state.active === id ? null : state.active };
};
