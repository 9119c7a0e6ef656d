// The record store against a real IndexedDB implementation (fake-indexeddb): two tabs are two states of the module,
// each with its own (possibly stale) copy of the records, writing to one database.
import 'fake-indexeddb/auto';
import { get, set, createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '../../../src/i18n';
import { changeRecords, openRecords, type RecordsState } from '../../../src/islands/training/record-store';
import { LEGACY_KEY, RECORDS_DB, type Store } from '../../../src/rules/records';
import { storeWith } from '../rules/records-arbitraries';

const db = createStore(RECORDS_DB.name, RECORDS_DB.store);
const KEY = RECORDS_DB.key;
const answer =
  (q: string, response: string, at: string) =>
  (s: Store): Store => ({
    ...s,
    attempts: s.attempts.map((a) =>
      a.id === 'a1'
        ? { ...a, answers: { ...a.answers, [q]: { response: [response], points: 1, correct: true, at } } }
        : a,
    ),
  });

beforeEach(async () => {
  await set(KEY, storeWith(), db);
});

describe('record store', () => {
  it('keeps both answers when two tabs with the same old copy answer the same attempt', async () => {
    const tabA = await openRecords(t);
    const tabB: RecordsState = structuredClone(tabA);
    const [a, b] = await Promise.all([
      changeRecords(tabA, answer('q2', 'a', '2026-11-02T08:02:00.000Z')),
      changeRecords(tabB, answer('q3', 'b', '2026-11-02T08:02:00.100Z')),
    ]);
    const stored = (await get(KEY, db)) as Store;
    expect(Object.keys(stored.attempts[0]!.answers)).toEqual(['q1', 'q2', 'q3']);
    // The tab that wrote last sees both; neither tab lost its own.
    expect(Object.keys(b.store.attempts[0]!.answers)).toContain('q2');
    expect(Object.keys(a.store.attempts[0]!.answers)).toContain('q2');
  });

  it('never writes over records of a newer version, and becomes read-only', async () => {
    const tab = await openRecords(t);
    const newer = { ...storeWith(), version: 4, devices: ['pos'] };
    await set(KEY, newer, db);
    const after = await changeRecords(tab, answer('q2', 'a', '2026-11-02T08:02:00.000Z'));
    expect(after.readOnly).toBe(true);
    expect(after.notice?.kind).toBe('newer');
    expect(await get(KEY, db)).toEqual(newer);
  });

  it('opens records of a newer version read-only, without touching them', async () => {
    const newer = { ...storeWith(), version: 7 };
    await set(KEY, newer, db);
    const tab = await openRecords(t);
    expect(tab.readOnly).toBe(true);
    expect(tab.store.profiles).toHaveLength(1);
    expect(await get(KEY, db)).toEqual(newer);
  });

  it('sets a damaged value aside, keeps every readable part and says what was left out', async () => {
    const damaged = structuredClone(storeWith()) as Store & { attempts: unknown[] };
    damaged.attempts.push({ ...(damaged.attempts[0] as object), id: 'a2', finishedAt: 'later' });
    await set(KEY, damaged, db);
    const tab = await openRecords(t);
    expect(tab.notice?.kind).toBe('corrupt');
    expect(tab.notice?.message).toContain('finishedAt');
    expect(tab.store.attempts.map((a) => a.id)).toEqual(['a1']);
    expect(JSON.parse(tab.notice!.raw!)).toEqual(damaged);
  });

  it('refuses to write a change that would break the format, keeping the stored value', async () => {
    const tab = await openRecords(t);
    const before = await get(KEY, db);
    const after = await changeRecords(tab, (s) => ({ ...s, profiles: [{ ...s.profiles[0]!, name: '<b>' }] }));
    expect(after.notice?.kind).toBe('error');
    expect(await get(KEY, db)).toEqual(before);
  });

  it('shows the stored records when an old localStorage copy next to them cannot be read', async () => {
    // Node has no localStorage: a plain one, holding the unreadable copy a version-2 site left.
    const items = new Map([[LEGACY_KEY, '{"version": 2, "profiles": "broken"']]);
    globalThis.localStorage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    } as Storage;
    try {
      // A fresh page: the module as first loaded, with no records seen before.
      vi.resetModules();
      const fresh = await import('../../../src/islands/training/record-store');
      const tab = await fresh.openRecords(t);
      expect(tab.notice?.kind).toBe('corrupt');
      expect(tab.store.attempts.map((a) => a.id)).toEqual(['a1']);
      expect([...items.keys()].some((k) => k.startsWith(`${LEGACY_KEY}-corrupt-`))).toBe(true);
    } finally {
      delete (globalThis as { localStorage?: Storage }).localStorage;
    }
  });
});
