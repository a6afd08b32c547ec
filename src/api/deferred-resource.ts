/**
 * A resource whose code loads on its first call: every method waits for the real resource, then
 * calls it. A chunk that cannot be fetched (a dropped connection) fails the call with NetworkError,
 * like a failed request, and is fetched again on the next call. Used by the SDK's queue resource
 * (queue-lazy.ts) and by the elements' clients (elements/shared/lazy-client.ts).
 */
import { NetworkError } from './errors.js';

export interface DeferredResource<R extends object> {
  /** Stands in for the real resource: each method is the real one's, once loaded. */
  readonly resource: R;
  /** The real resource, loading it on the first call. */
  ready(): Promise<R>;
}

export function deferResource<R extends object>(load: () => Promise<R>): DeferredResource<R> {
  let real: Promise<R> | undefined;
  const ready = () =>
    (real ??= load().catch((cause: unknown) => {
      real = undefined;
      throw new NetworkError(cause);
    }));
  const resource = new Proxy({} as R, {
    get(_target, method) {
      // `then` stays undefined, so awaiting a resource does not mistake it for a promise.
      if (typeof method !== 'string' || method === 'then') return undefined;
      return async (...args: unknown[]) => {
        const loaded = (await ready()) as unknown as Record<string, (...a: unknown[]) => unknown>;
        return loaded[method]!(...args);
      };
    },
  });
  return { resource, ready };
}
