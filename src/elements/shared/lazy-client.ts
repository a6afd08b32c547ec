/**
 * The client of an element's `api-base`, whose code loads on the first call: the HTTP client (ky),
 * zod and the schemas of the element's calls arrive then, not with the element. A dossier tracker
 * waiting for a code, or a local search nobody has touched yet, adds no network code to the page;
 * a widget that fetches as soon as it is drawn loads the same code a moment later instead.
 */
import type { MotcuaClient, ResourceFactories } from '../../api/client.js';
import { deferResource } from '../../api/deferred-resource.js';
import { absoluteApiBase } from './api-base.js';

type ResourceName = keyof MotcuaClient;

/** For each resource an element may call, how to load its factory (a dynamic import). */
export type ResourceLoaders = { readonly [K in ResourceName]?: () => Promise<ResourceFactories[K]> };

/** One dynamic import per resource, so a widget's page fetches only the schemas of its own calls. */
const resourceLoaders = {
  procedures: () => import('../../api/procedures.js').then((m) => m.proceduresResource),
  dossiers: () => import('../../api/dossiers.js').then((m) => m.dossiersResource),
  calendar: () => import('../../api/calendar.js').then((m) => m.calendarResource),
  surveys: () => import('../../api/surveys.js').then((m) => m.surveysResource),
  roster: () => import('../../api/roster.js').then((m) => m.rosterResource),
  stats: () => import('../../api/stats.js').then((m) => m.statsResource),
  queue: () => import('../../api/queue.js').then((m) => m.queueResource),
} satisfies Required<ResourceLoaders>;

/** Starts loading a lazily built client's code (on the reader's first sign of intent). */
const warmers = new WeakMap<object, () => void>();

/** Begins loading the code behind `client` if it is one of these lazy clients; otherwise nothing. */
export function warmClient(client: unknown): void {
  if (typeof client === 'object' && client !== null) warmers.get(client)?.();
}

/**
 * The `connect` of an element that calls the API, for the resources it names: for each base, one
 * client (the same object each time, so re-picking it does not refetch) whose resources join the
 * page's shared client of that base (client-cache.ts) when first called.
 */
export function connectOnCall(...names: ResourceName[]): (apiBase: string) => MotcuaClient {
  return connectWithLoaders(Object.fromEntries(names.map((name) => [name, resourceLoaders[name]])));
}

/** connectOnCall with the loaders given (tests count or fail the loads). */
export function connectWithLoaders(loaders: ResourceLoaders): (apiBase: string) => MotcuaClient {
  const clients = new Map<string, MotcuaClient>();
  return (given) => {
    // '/api/v1' and its absolute form are one base, with one client.
    const apiBase = absoluteApiBase(given);
    let client = clients.get(apiBase);
    if (client) return client;
    const built: Record<string, object> = {};
    const readies: Array<() => Promise<object>> = [];
    for (const [name, loadFactory] of Object.entries(loaders) as [ResourceName, () => Promise<ResourceFactories[ResourceName]>][]) {
      const deferred = deferResource(async () => {
        const [{ clientFor }, make] = await Promise.all([import('./client-cache.js'), loadFactory()]);
        return clientFor(apiBase, { [name]: make })[name] as object;
      });
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
