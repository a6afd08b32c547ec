/**
 * `client.queue` as createClient() builds it: the queue's schemas, the stream parser and the
 * reconnection logic load on the first call, so the SDK and `<motcua-provider>` do not carry them
 * for pages that never show a queue (the queue element imports queue.js itself).
 */
import type { QueueResource } from './queue.js';
import type { Transport } from './transport.js';

export function lazyQueueResource(transport: Transport): QueueResource {
  let loaded: Promise<QueueResource> | undefined;
  const real = () => (loaded ??= import('./queue.js').then((m) => m.queueResource(transport)));
  return {
    snapshot: async (options) => (await real()).snapshot(options),
    subscribe: async (onEvent, options) => (await real()).subscribe(onEvent, options),
  };
}
