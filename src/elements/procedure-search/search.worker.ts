/**
 * The search worker: holds the procedure index off the page's thread, so typing never waits for
 * a search of a large catalogue. Messages in: `load` (summaries, optional prebuilt index), then
 * `search`; out: `ready` or `failed`, then one `result` per search, with its id.
 */
import type { ProcedureSummary } from '../../model/procedure.js';
import { openIndex, searchIndex, type Filters, type LocalIndex } from './local-index.js';

export type WorkerRequest =
  | { type: 'load'; items: ProcedureSummary[]; index?: unknown }
  | { type: 'search'; id: number; q: string; filters: Filters; limit: number };

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: ReturnType<typeof searchIndex> };

let index: LocalIndex | undefined;
const reply = (message: WorkerReply): void => (globalThis as unknown as { postMessage(m: WorkerReply): void }).postMessage(message);

globalThis.addEventListener('message', (event: Event) => {
  const message = (event as MessageEvent<WorkerRequest>).data;
  try {
    if (message.type === 'load') {
      index = openIndex(message.items, message.index);
      reply({ type: 'ready' });
    } else if (message.type === 'search' && index) {
      reply({ type: 'result', id: message.id, result: searchIndex(index, message.q, message.filters, message.limit) });
    }
  } catch (error) {
    reply({ type: 'failed', message: String(error) });
  }
});
