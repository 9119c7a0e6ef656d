import type { Store } from '../../rules/records';

/** A new id for a record: time plus randomness, unique across devices for merging. */
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** Adds a person with a given id (the tab then picks them: the person answering is per tab, not in the records). */
export const addProfile =
  (id: string, name: string, staffNo: string, now: string) =>
  (s: Store): Store => ({
    ...s,
    profiles: [...s.profiles, { id, name, staffNo, createdAt: now }],
  });

/** Today on this device as 'YYYY-MM-DD'. */
export function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
