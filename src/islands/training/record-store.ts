// The one owner of the training records on this device. The format is in src/rules/records.ts, validation in
// src/schemas/records.ts; this module does the I/O, under this contract:
// - Where: IndexedDB database "saoma", object store "records", key "training" (via idb-keyval). IndexedDB rather than
//   localStorage because a readwrite transaction is atomic and serialised across tabs: read, merge and write happen as
//   one step, so two tabs answering at once cannot overwrite each other (localStorage has no such guarantee), and a
//   failed write (quota) leaves the old value exactly as it was.
// - Every write: read the latest value in the transaction, merge it with this tab's copy (mergeStores: by attempt id
//   and answer time), apply the change, check the result against the schema, put it. Other tabs are told over a
//   BroadcastChannel and re-read.
// - A value written by a newer version of the site is never written over: this tab becomes read-only and says so.
// - A value that cannot be read whole keeps every readable part; the original is copied aside (key
//   "corrupt-<time>") and offered for download, never deleted.
// - Storage full: the old value stays; the change is kept in this tab's memory and the page says storage is full.
// - No IndexedDB (some private modes): everything works in memory for this page, and the page says so.
// - Migration: a version-1/2 store in localStorage ("saoma-training") is merged in once, then removed from there.
// - The person answering belongs to the tab (sessionStorage "saoma-training-active"), not to the device.
import { createStore, get, set, update, type UseStore } from 'idb-keyval';
import type { Translate } from '../../i18n';
import {
  ACTIVE_KEY,
  LEGACY_KEY,
  RECORDS_CHANNEL,
  RECORDS_DB,
  emptyStore,
  mergeStores,
  type Store,
} from '../../rules/records';
import { DUE_BADGE_KEY } from '../../rules/due-badge';
import { StoreSchema, describeIssue } from '../../schemas/records';
import { decodeStore, decodeStoreText } from './records-codec';

export { ACTIVE_KEY, LEGACY_KEY };
const RECORD_KEY = RECORDS_DB.key;
const CHANNEL = RECORDS_CHANNEL;

/** What the page should tell the person about their records, if anything; the banner words it by its kind. */
export type Notice =
  | { kind: 'unavailable' | 'full' | 'migrated' | 'newer' | 'error'; message?: undefined; raw?: undefined }
  /** `message` says what was unreadable, in words; `raw` is the unreadable original, so it can be downloaded. */
  | { kind: 'corrupt'; message: string; raw: string };

/** The records as this tab sees them. */
export interface RecordsState {
  store: Store;
  /** True when the stored records were written by a newer version: nothing is written until the page is updated. */
  readOnly: boolean;
  notice: Notice | null;
}

let db: UseStore | null | undefined;
/** The IndexedDB store, or null where the browser refuses IndexedDB. */
function database(): UseStore | null {
  if (db !== undefined) return db;
  try {
    db = typeof indexedDB === 'undefined' || !indexedDB ? null : createStore(RECORDS_DB.name, RECORDS_DB.store);
  } catch {
    db = null;
  }
  return db;
}

let channel: BroadcastChannel | null = null;
function broadcast(): void {
  try {
    channel ??= new BroadcastChannel(CHANNEL);
    channel.postMessage('changed');
  } catch {
    /* no other tabs to tell */
  }
}

/** Calls `onChange` when another tab writes the records; returns a function that stops listening. */
export function watchRecords(onChange: () => void): () => void {
  let listener: BroadcastChannel | null = null;
  try {
    listener = new BroadcastChannel(CHANNEL);
    listener.onmessage = onChange;
  } catch {
    /* no BroadcastChannel: the page still re-reads when it becomes visible */
  }
  const onVisible = () => document.visibilityState === 'visible' && onChange();
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    listener?.close();
    document.removeEventListener('visibilitychange', onVisible);
  };
}

const isQuota = (e: unknown) =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

// The records as this page last saw them: what a later open shows when IndexedDB has become unavailable.
let memory: Store = emptyStore();

/** Reads the records (migrating the localStorage ones once); never throws. */
export async function openRecords(t: Translate): Promise<RecordsState> {
  const store = database();
  if (!store) return { store: memory, readOnly: false, notice: { kind: 'unavailable' } };
  // What could be read so far: shown even when a later write (setting a damaged value aside) fails.
  let current = emptyStore();
  try {
    const value = await get(RECORD_KEY, store);
    const read = decodeStore(t, value);
    if (read.kind === 'newer') return { store: read.store, readOnly: true, notice: { kind: 'newer' } };
    let notice: Notice | null = null;
    if (read.kind === 'ok') current = read.store;
    if (read.kind === 'corrupt' || (read.kind === 'ok' && read.dropped.length > 0)) {
      const raw = JSON.stringify(value);
      const what =
        read.kind === 'corrupt'
          ? read.reason
          : t('recordsDroppedParts', {
              count: read.dropped.length,
              list: read.dropped.slice(0, 3).join(t('recordsDroppedSeparator')),
            });
      notice = { kind: 'corrupt', message: t('recordsCorrupt', { what }), raw };
      await set(`corrupt-${stamp()}`, raw, store);
      current = await write(current, (s) => s, store);
    }
    const legacy = await migrateLegacy(t, store, current);
    if (legacy) {
      current = legacy.store;
      notice ??= legacy.notice;
    }
    memory = current;
    return { store: current, readOnly: false, notice };
  } catch (e) {
    memory = current;
    if (isQuota(e)) return { store: current, readOnly: false, notice: { kind: 'full' } };
    db = null;
    return { store: current, readOnly: false, notice: { kind: 'unavailable' } };
  }
}

/** Merges a version-1/2 store left in localStorage into IndexedDB, then removes it from localStorage. */
async function migrateLegacy(
  t: Translate,
  store: UseStore,
  current: Store,
): Promise<{ store: Store; notice: Notice | null } | null> {
  let raw: string | null;
  try {
    raw = localStorage.getItem(LEGACY_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  const read = decodeStoreText(t, raw);
  if (read.kind !== 'ok') {
    // Keep it, renamed, for download; it must not block the new records.
    try {
      localStorage.setItem(`${LEGACY_KEY}-corrupt-${stamp()}`, raw);
      localStorage.removeItem(LEGACY_KEY);
    } catch {
      /* no room to copy it: it stays where it is, and is offered for download below */
    }
    const reason = read.kind === 'corrupt' ? read.reason : t('recordsWrongVersion');
    // What was read from IndexedDB stands: an unreadable old copy must not hide it.
    return { store: current, notice: { kind: 'corrupt', message: t('recordsLegacyCorrupt', { reason }), raw } };
  }
  const next = await write(read.store, (s) => s, store);
  localStorage.removeItem(LEGACY_KEY);
  if (read.active && !activePerson()) setActivePerson(read.active);
  return { store: next, notice: { kind: 'migrated' } };
}

/** The transaction: latest value ⊕ this tab's copy, then the change, checked, then put. Resolves to what was written. */
async function write(mine: Store, change: (s: Store) => Store, store: UseStore): Promise<Store> {
  let next: Store | null = null;
  await update(
    RECORD_KEY,
    (old: unknown) => {
      // Only the store is read here; what was unreadable is said by openRecords, so its words are not needed.
      const latest = decodeStore(String, old);
      if (latest.kind === 'newer') throw new NewerVersion();
      const base = latest.kind === 'ok' ? mergeStores(latest.store, mine) : mine;
      const candidate = change(base);
      const checked = StoreSchema.safeParse(candidate);
      if (!checked.success)
        throw new Error(`refusing to write an invalid store: ${describeIssue(checked.error.issues[0]!)}`);
      next = candidate;
      return candidate;
    },
    store,
  );
  return next ?? mine;
}

class NewerVersion extends Error {}

/** Applies a change to the latest records and saves it; on any failure the change stays in this tab's memory. */
export async function changeRecords(state: RecordsState, change: (s: Store) => Store): Promise<RecordsState> {
  if (state.readOnly) return { ...state, notice: { kind: 'newer' } };
  const store = database();
  if (!store) {
    memory = change(state.store);
    return { store: memory, readOnly: false, notice: { kind: 'unavailable' } };
  }
  try {
    memory = await write(state.store, change, store);
    broadcast();
    // A saved change clears an earlier full/error notice; a corrupt notice stays until the page is left.
    const keep =
      state.notice && (state.notice.kind === 'corrupt' || state.notice.kind === 'migrated') ? state.notice : null;
    return { store: memory, readOnly: false, notice: keep };
  } catch (e) {
    memory = change(state.store);
    if (e instanceof NewerVersion) return { store: state.store, readOnly: true, notice: { kind: 'newer' } };
    return {
      store: memory,
      readOnly: false,
      notice: isQuota(e) ? { kind: 'full' } : { kind: 'error' },
    };
  }
}

/** Re-reads the records after another tab wrote them, keeping this tab's unsaved changes. */
export async function refreshRecords(t: Translate, state: RecordsState): Promise<RecordsState> {
  const store = database();
  if (!store) return state;
  try {
    const read = decodeStore(t, await get(RECORD_KEY, store));
    if (read.kind === 'newer') return { store: read.store, readOnly: true, notice: { kind: 'newer' } };
    if (read.kind !== 'ok') return state;
    memory = mergeStores(read.store, state.store);
    return { ...state, store: memory };
  } catch {
    return state;
  }
}

/** The person answering in this tab, or null. */
export function activePerson(): string | null {
  try {
    return sessionStorage.getItem(ACTIVE_KEY) || null;
  } catch {
    return tabActive;
  }
}
let tabActive: string | null = null;

/** Sets (or with null, clears) the person answering in this tab. Other tabs are not affected. */
export function setActivePerson(id: string | null): void {
  tabActive = id;
  try {
    if (id === null) sessionStorage.removeItem(ACTIVE_KEY);
    else sessionStorage.setItem(ACTIVE_KEY, id);
  } catch {
    /* kept in memory for this page */
  }
}

/** Writes the header badge summary; failures are ignored (the badge is a convenience). */
export function writeBadge(due: number): void {
  try {
    localStorage.setItem(DUE_BADGE_KEY, JSON.stringify({ due }));
  } catch {
    /* no storage: no badge */
  }
}
