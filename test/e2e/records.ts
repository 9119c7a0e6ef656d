import type { Page } from '@playwright/test';

/** The training records as stored in IndexedDB (database "saoma", store "records", key "training"), or null. */
export function readRecords(page: Page): Promise<any> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('saoma');
        open.onupgradeneeded = () => open.result.createObjectStore('records');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('records').objectStore('records').get('training');
          get.onsuccess = () => {
            resolve(get.result ?? null);
            open.result.close();
          };
        };
      }),
  );
}

/** Puts a value in the training records' place, as another version of the site (or a fault) would have. */
export function writeRecords(page: Page, value: unknown): Promise<void> {
  return page.evaluate(
    (v) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('saoma');
        open.onupgradeneeded = () => open.result.createObjectStore('records');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          tx.objectStore('records').put(v, 'training');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}
