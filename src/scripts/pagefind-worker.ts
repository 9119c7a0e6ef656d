// Pagefind's web worker, started the moment the reader touches the search box. Pagefind's own pagefind.js only wraps
// this worker (it posts `{ id, instanceId, method, args }` and gets `{ id, result | error }` back); starting the worker
// here saves downloading and running that 13 KB wrapper before the worker can even be fetched. Both the every-page
// loader (search-box.ts) and the search bundle import this file, so the worker lives on a global and starts once.
// The protocol is Pagefind 1.6's (package.json pins the version; the e2e search tests exercise every message used).

const KEY = Symbol.for('saoma.pagefind-worker');
const INSTANCE = 'site';

type Holder = { [KEY]?: Worker | undefined };

/** The running Pagefind worker; the first call starts it and has it load the index entry, metadata and WebAssembly. */
export function pagefindWorker(): Worker {
  const holder = globalThis as Holder;
  let worker = holder[KEY];
  if (!worker) {
    worker = new Worker('/pagefind/pagefind-worker.js');
    // Pagefind splits a query for a Chinese index with the browser's word segmenter, which cuts many indexed words in
    // two (超时 → 超 + 时). The search code writes each query as the index's words itself (indexTerms in
    // src/rules/read-query.ts), so Pagefind is started with a language it does not segment ('und'); with no index of that
    // name it loads the site's only index, the Chinese one.
    const options = { basePath: '/pagefind/', baseUrl: '/', language: 'und', primary: true };
    worker.postMessage({ id: 'start', instanceId: INSTANCE, method: 'init', args: [options] });
    holder[KEY] = worker;
  }
  return worker;
}

/** Stops the worker after a failure, so that the next search starts a fresh one. */
export function stopPagefindWorker(): void {
  const holder = globalThis as Holder;
  holder[KEY]?.terminate();
  holder[KEY] = undefined;
}

/** Calls a method of the Pagefind instance in the worker without waiting for its answer. */
export function tellPagefind(worker: Worker, method: string, args: unknown[]): void {
  worker.postMessage({ id: `${method}-unanswered`, instanceId: INSTANCE, method, args });
}

/** Calls a method of the Pagefind instance in the worker and waits for its answer. */
export function callPagefind(worker: Worker, method: string, args: unknown[]): Promise<unknown> {
  const id = `${method}-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<{ id: string; result?: unknown; error?: string }>) => {
      if (event.data?.id !== id) return;
      done();
      if (event.data.error !== undefined) reject(new Error(event.data.error));
      else resolve(event.data.result);
    };
    const onError = () => {
      done();
      reject(new Error('Pagefind worker failed'));
    };
    const done = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ id, instanceId: INSTANCE, method, args });
  });
}
