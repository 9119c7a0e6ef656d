import { useEffect, useRef, useState } from 'preact/hooks';
import type { Store } from '../../rules/records';
import {
  activePerson,
  changeRecords,
  openRecords,
  refreshRecords,
  setActivePerson,
  watchRecords,
  type RecordsState,
} from './record-store';

/**
 * The records on this device, kept in step with other tabs, the person answering in this tab, and a way to change
 * the records. Changes are applied one after another, each on the result of the last.
 */
export function useRecords() {
  const [state, setState] = useState<RecordsState | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const latest = useRef<RecordsState | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const apply = (next: RecordsState) => {
    latest.current = next;
    setState(next);
  };
  const enqueue = (task: (s: RecordsState) => Promise<RecordsState>) => {
    queue.current = queue.current.then(async () => {
      if (latest.current) apply(await task(latest.current));
    });
    return queue.current;
  };
  useEffect(() => {
    setActive(activePerson());
    queue.current = openRecords().then(apply);
    return watchRecords(() => void enqueue(refreshRecords));
  }, []);
  const store = state?.store;
  const profile = store?.profiles.find((p) => p.id === active);
  return {
    ready: state !== null,
    store,
    readOnly: state?.readOnly ?? false,
    notice: state?.notice ?? null,
    /** The person answering in this tab (null when nobody is picked, or the picked person was removed). */
    profile,
    /** Applies a pure change to the records and saves it. */
    change: (fn: (s: Store) => Store) => enqueue((s) => changeRecords(s, fn)),
    /** Picks (or with null, un-picks) the person answering in this tab only. */
    pick: (id: string | null) => {
      setActivePerson(id);
      setActive(id);
    },
  };
}
