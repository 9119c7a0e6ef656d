import { useEffect, useRef, useState } from 'preact/hooks';
import type { Store } from '../../rules/records';
import { switchProfile } from '../../rules/profiles';
import type { Transition } from '../../rules/training-state';
import { useT } from '../../i18n/island';
import { actionContext } from './clock';
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
  const t = useT();
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
    queue.current = openRecords(t).then(apply);
    return watchRecords(() => void enqueue((s) => refreshRecords(t, s)));
  }, []);
  const store = state?.store;
  const profile = store?.profiles.find((p) => p.id === active);
  const pick = (id: string | null) => {
    setActivePerson(id);
    setActive(id);
  };
  return {
    ready: state !== null,
    store,
    readOnly: state?.readOnly ?? false,
    notice: state?.notice ?? null,
    /** The person answering in this tab (null when nobody is picked, or the picked person was removed). */
    profile,
    /** Applies a pure change to the records and saves it. */
    change: (fn: (s: Store) => Store) => enqueue((s) => changeRecords(s, fn)),
    /**
     * Runs a pure transition with this action's clock and ids: the records it returns are saved (merged with the
     * latest in the write), the person it returns answers in this tab.
     */
    act: <E>(transition: Transition<E>, event: E) => {
      const ctx = actionContext();
      let next = active;
      return enqueue((s) =>
        changeRecords(s, (records) => {
          const after = transition({ store: records, active }, event, ctx);
          next = after.active;
          return after.store;
        }),
      ).then(() => {
        if (next !== active) pick(next);
      });
    },
    /** Picks (or with null, un-picks) the person answering in this tab only. */
    pick: (id: string | null) => {
      if (store) pick(switchProfile({ store, active }, { id }, actionContext()).active);
    },
  };
}
