/**
 * The client of an element's `api-base`, whose code loads on the first call: the HTTP client (ky),
 * zod and the schemas of the element's calls arrive then, not with the element. A dossier tracker
 * waiting for a code, or a local search nobody has touched yet, adds no network code to the page;
 * a widget that fetches as soon as it is drawn loads the same code a moment later instead.
 */
import type { MotcuaClient, ResourceFactories } from '../../api/client.js';
import { NetworkError } from '../../api/errors.js';

/** For each resource the element calls, how to load its factory (a dynamic import). */
export type ResourceLoaders = { readonly [K in keyof MotcuaClient]?: () => Promise<ResourceFactories[K]> };

/** Starts loading a lazily built client's code (on the reader's first sign of intent). */
const warmers = new WeakMap<object, () => void>();

/** Begins loading the code behind `client` if it is one of these lazy clients; otherwise nothing. */
export function warmClient(client: unknown): void {
  if (typeof client === 'object' && client !== null) warmers.get(client)?.();
}

/**
 * A resource whose every method waits for the real one. A chunk that fails to load (a dropped
 * connection) rejects the call with the SDK's NetworkError, like a failed request, and is tried
 * again on the next call.
 */
function deferredResource(load: () => Promise<object>): { resource: object; ready: () => Promise<object> } {
  let real: Promise<object> | undefined;
  const ready = () =>
    (real ??= load().catch((cause: unknown) => {
      real = undefined;
      throw new NetworkError(cause);
    }));
  const resource = new Proxy(
    {},
    {
      get(_target, method) {
        // `then` stays undefined, so awaiting a resource does not mistake it for a promise.
        if (typeof method !== 'string' || method === 'then') return undefined;
        return async (...args: unknown[]) => {
          const resource = (await ready()) as Record<string, (...a: unknown[]) => unknown>;
          return resource[method]!(...args);
        };
      },
    },
  );
  return { resource, ready };
}

/**
 * The `connect` of an element that calls the API: for each base, one client (the same object each
 * time, so re-picking it does not refetch) whose resources join the page's shared client of that
 * base (client-cache.ts) when first called.
 */
export function connectOnCall(loaders: ResourceLoaders): (apiBase: string) => MotcuaClient {
  const clients = new Map<string, MotcuaClient>();
  return (apiBase) => {
    let client = clients.get(apiBase);
    if (client) return client;
    const built: Record<string, object> = {};
    const readies: Array<() => Promise<object>> = [];
    for (const [name, loadFactory] of Object.entries(loaders) as [keyof MotcuaClient, () => Promise<ResourceFactories[keyof MotcuaClient]>][]) {
      const load = async () => {
        const [{ clientFor }, make] = await Promise.all([import('./client-cache.js'), loadFactory()]);
        return clientFor(apiBase, { [name]: make })[name];
      };
      const deferred = deferredResource(load);
      readies.push(deferred.ready);
      built[name] = deferred.resource;
    }
    client = built as unknown as MotcuaClient;
    // Warming loads the code only; a failure here is reported by the call that needs it.
    warmers.set(client, () => {
      for (const ready of readies) ready().catch(() => undefined);
    });
    clients.set(apiBase, client);
    return client;
  };
}
