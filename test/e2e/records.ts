import type { Page } from '@playwright/test';
import { RECORDS_DB } from '../../src/rules/records';

/** The training records as stored in IndexedDB (where RECORDS_DB says), or null. */
export function readRecords(page: Page): Promise<any> {
  return page.evaluate(
    (where) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(where.name);
        open.onupgradeneeded = () => open.result.createObjectStore(where.store);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(where.store).objectStore(where.store).get(where.key);
          get.onsuccess = () => {
            resolve(get.result ?? null);
            open.result.close();
          };
        };
      }),
    RECORDS_DB,
  );
}

/** Puts a value in the training records' place, as another version of the site (or a fault) would have. */
export function writeRecords(page: Page, value: unknown): Promise<void> {
  return page.evaluate(
    ({ v, where }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(where.name);
        open.onupgradeneeded = () => open.result.createObjectStore(where.store);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(where.store, 'readwrite');
          tx.objectStore(where.store).put(v, where.key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { v: value, where: RECORDS_DB },
  );
}
