import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../../rules/records';
import { KEY, loadStore, updateStore, type Notice } from './storage';

/** The records on this device, kept in step with other tabs, and a way to change them. */
export function useRecords() {
  const [state, setState] = useState<{ store: Store; notice: Notice | null } | null>(null);
  useEffect(() => {
    setState(loadStore());
    const onStorage = (e: StorageEvent) => {
      if (e.key === KEY) setState((s) => ({ store: loadStore().store, notice: s?.notice ?? null }));
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);
  const change = (fn: (s: Store) => Store) => {
    setState((s) => {
      const result = updateStore(fn, s!.store);
      return { store: result.store, notice: result.notice ?? (s?.notice?.kind === 'corrupt' ? s.notice : null) };
    });
  };
  return { ready: state !== null, store: state?.store, notice: state?.notice ?? null, change };
}
