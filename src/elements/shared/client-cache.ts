/**
 * One SDK transport per API base, shared by every standalone element that names the same base,
 * so ten widgets on a page do not build ten clients. Each element adds only the resources it
 * calls (lazy-client.ts loads them on its first call), so an element bundled alone does not carry
 * every schema.
 */
import type { MotcuaClient, ResourceFactories } from '../../api/client.js';
import { createTransport, type Transport } from '../../api/transport.js';
import { absoluteApiBase } from './api-base.js';

const clients = new Map<string, { transport: Transport; client: Partial<Record<keyof MotcuaClient, unknown>> }>();

/**
 * The shared client for `apiBase`, holding at least the resources in `factories`. Typed as the
 * whole client: a caller uses only the resources it asked for.
 */
export function clientFor(apiBase: string, factories: Partial<ResourceFactories>): MotcuaClient {
  const url = absoluteApiBase(apiBase);
  let entry = clients.get(url);
  if (!entry) {
    entry = { transport: createTransport({ baseUrl: url }), client: {} };
    clients.set(url, entry);
  }
  for (const [name, make] of Object.entries(factories) as [keyof MotcuaClient, (t: Transport) => unknown][]) {
    entry.client[name] ??= make(entry.transport);
  }
  return entry.client as MotcuaClient;
}
