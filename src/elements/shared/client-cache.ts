/**
 * One SDK client per API base, shared by every standalone element that names the same base,
 * so ten widgets on a page do not build ten clients.
 */
import { createClient, type MotcuaClient } from '../../api/client.js';

const clients = new Map<string, MotcuaClient>();

/** Resolves `/api/v1`-style bases against the page, so the client always has an absolute URL. */
export function absoluteApiBase(apiBase: string): string {
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  try {
    return new URL(apiBase, base).href.replace(/\/+$/, '');
  } catch {
    return apiBase;
  }
}

export function clientFor(apiBase: string): MotcuaClient {
  const url = absoluteApiBase(apiBase);
  let client = clients.get(url);
  if (!client) {
    client = createClient({ baseUrl: url });
    clients.set(url, client);
  }
  return client;
}
