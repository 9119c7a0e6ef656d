import type { Store } from '../../rules/records';

/** A new id for a record: time plus randomness, unique across devices for merging. */
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** Adds a person and makes them the active one. */
export const addProfile = (name: string, staffNo: string) => (s: Store): Store => {
  const id = newId('p');
  return { ...s, profiles: [...s.profiles, { id, name, staffNo, createdAt: new Date().toISOString() }], active: id };
};

/** Makes a person the active one. */
export const pickProfile = (id: string) => (s: Store): Store => ({ ...s, active: id });

/** Today on this device as 'YYYY-MM-DD'. */
export function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
