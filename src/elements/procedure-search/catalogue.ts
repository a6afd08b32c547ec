/**
 * The catalogue for local-mode search: on the page for a small catalogue, in a worker above a
 * threshold (a search of thousands of long names must not hold up typing on a phone). Either
 * way it answers `search()`; the page's answers are immediate, the worker's come as promises.
 */
import type { Procedure, ProcedureSummary } from '../../model/procedure.js';
import type { Filters, ResultSet } from './local-index.js';
import type { WorkerReply, WorkerRequest } from './search.worker.js';

/** Catalogues larger than this search in a worker (the national one has about 2,600). */
export const WORKER_THRESHOLD = 1000;

export interface LocalCatalogue {
  size: number;
  /** Where searches run. */
  thread: 'main' | 'worker';
  /** Full procedures by code, when the catalogue came from a file (shown without asking the API). */
  procedures?: Map<string, Procedure>;
  search(q: string, filters: Filters, limit: number): ResultSet | Promise<ResultSet>;
}

/** The index on the page; the search code loads only then (a worker has its own copy). */
async function mainCatalogue(items: readonly ProcedureSummary[], prebuilt?: unknown): Promise<LocalCatalogue> {
  const { openIndex, searchIndex } = await import('./local-index.js');
  const index = openIndex(items, prebuilt);
  return { size: index.size, thread: 'main', search: (q, filters, limit) => searchIndex(index, q, filters, limit) };
}

/**
 * A module worker from the built chunk beside this code. A page on another origin than the CDN
 * cannot start a worker from the CDN's URL directly; a one-line module that imports it can.
 */
function startWorker(): Worker {
  try {
    // Written inline, as host bundlers (Vite, webpack) look for it to bundle the worker.
    return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    const url = new URL('./search.worker.ts', import.meta.url);
    if (url.origin === globalThis.location?.origin) throw error;
    const source = new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(source), { type: 'module' });
  }
}

class WorkerCatalogue implements LocalCatalogue {
  readonly thread = 'worker';
  private next = 0;
  private readonly pending = new Map<number, (result: ResultSet) => void>();

  constructor(
    private readonly worker: Worker,
    readonly size: number,
  ) {
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type !== 'result') return;
      this.pending.get(reply.id)?.(reply.result);
      this.pending.delete(reply.id);
    });
  }

  search(q: string, filters: Filters, limit: number): Promise<ResultSet> {
    const id = ++this.next;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      const request: WorkerRequest = { type: 'search', id, q, filters: { ...filters }, limit };
      this.worker.postMessage(request);
    });
  }
}

/** Starts the worker and waits for its index; rejects when a worker cannot run here. */
function workerCatalogue(items: readonly ProcedureSummary[], prebuilt?: unknown): Promise<LocalCatalogue> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    const fail = (reason: string) => {
      worker.terminate();
      reject(new Error(`search worker: ${reason}`));
    };
    worker.addEventListener('error', (event) => fail(event.message || 'could not start'), { once: true });
    worker.addEventListener('message', function ready(event: MessageEvent<WorkerReply>) {
      if (event.data.type === 'result') return;
      worker.removeEventListener('message', ready);
      if (event.data.type === 'ready') resolve(new WorkerCatalogue(worker, items.length));
      else fail(event.data.message);
    });
    const load: WorkerRequest = { type: 'load', items: [...items] };
    if (prebuilt !== undefined) load.index = prebuilt;
    worker.postMessage(load);
  });
}

/**
 * The catalogue, searched in a worker when it has more than `threshold` procedures and the page
 * can run one (a policy may forbid workers); on the page otherwise.
 */
export async function openCatalogue(items: readonly ProcedureSummary[], prebuilt?: unknown, threshold = WORKER_THRESHOLD): Promise<LocalCatalogue> {
  if (items.length > threshold && typeof Worker === 'function') {
    try {
      return await workerCatalogue(items, prebuilt);
    } catch {
      // Fall through: slower typing beats no search.
    }
  }
  return mainCatalogue(items, prebuilt);
}
