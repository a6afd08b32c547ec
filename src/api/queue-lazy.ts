/**
 * `client.queue` as createClient() builds it: the queue's schemas, the stream parser and the
 * reconnection logic load on the first call, so the SDK and `<motcua-provider>` do not carry them
 * for pages that never show a queue (the queue element imports queue.js itself).
 */
import { deferResource } from './deferred-resource.js';
import type { QueueResource } from './queue.js';
import type { Transport } from './transport.js';

export function lazyQueueResource(transport: Transport): QueueResource {
  return deferResource(() => import('./queue.js').then((m) => m.queueResource(transport))).resource;
}
