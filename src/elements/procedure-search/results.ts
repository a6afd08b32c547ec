/**
 * One result shape for both modes: local (the index on the device) and server (`GET /procedures`),
 * so the element renders them the same way.
 */
import type { MotcuaClient } from '../../api/client.js';
import { HttpError, isHttpError, NetworkError, ValidationError } from '../../api/errors.js';
import { readCatalogue } from '../../model/catalogue.js';
import type { ProcedureHit, ProcedureSummary } from '../../model/procedure.js';
import { toProcedureSummary } from '../../model/summary.js';
import type { FacetName } from '../../search/types.js';
import { openCatalogue, WORKER_THRESHOLD, type LocalCatalogue } from './catalogue.js';
import type { Filters, ResultSet } from './local-index.js';

export type { LocalCatalogue } from './catalogue.js';
export type { Filters, ResultItem, ResultSet } from './local-index.js';

export const FACET_NAMES: FacetName[] = ['field', 'level', 'channel', 'onlineLevel'];

const PAGE_SIZE = 100;

/** Every procedure, page by page (the first page tells how many; the rest two at a time). */
async function allPages(client: MotcuaClient, signal?: AbortSignal): Promise<ProcedureSummary[]> {
  const first = await client.procedures.search({ pageSize: PAGE_SIZE, page: 1 }, { signal });
  const pages = Math.ceil(first.total / PAGE_SIZE);
  const all: ProcedureSummary[] = [...first.items];
  for (let page = 2; page <= pages; page += 2) {
    const batch = [page, page + 1].filter((p) => p <= pages);
    const results = await Promise.all(batch.map((p) => client.procedures.search({ pageSize: PAGE_SIZE, page: p }, { signal })));
    for (const r of results) all.push(...r.items);
  }
  return all;
}

/**
 * Loads the whole catalogue once: with the server's prebuilt index in one response when the
 * server offers it (`GET /procedures/search-index`), else page by page, building the index here.
 */
export async function loadCatalogue(client: MotcuaClient, threshold = WORKER_THRESHOLD, signal?: AbortSignal): Promise<LocalCatalogue> {
  try {
    const bundle = await client.procedures.searchIndex({ signal });
    return await openCatalogue(bundle.items, bundle.index, threshold);
  } catch (error) {
    // An older server without the prebuilt index: the pages have everything the index needs.
    if (!isHttpError(error) || (error.status !== 404 && error.status !== 405 && error.status !== 501)) throw error;
  }
  return openCatalogue(await allPages(client, signal), undefined, threshold);
}

/**
 * Loads a catalogue file (`motcua import-national` output: a JSON array of procedures, or
 * `{ procedures }`) and indexes it. Failures are the SDK's errors, so the element words them as
 * it does for the API: unreachable, an HTTP status, or a file that is not a catalogue.
 */
export async function loadCatalogueFile(url: string, threshold = WORKER_THRESHOLD, signal?: AbortSignal): Promise<LocalCatalogue> {
  let res: Response;
  try {
    res = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!res.ok) throw new HttpError({ status: res.status, url });
  let value: unknown;
  try {
    value = await res.json();
  } catch (error) {
    throw new ValidationError('response', [{ path: '', message: 'not JSON' }], error);
  }
  const read = readCatalogue(value);
  if (!read.ok) throw new ValidationError('response', read.issues);
  const catalogue = await openCatalogue(read.procedures.map(toProcedureSummary), undefined, threshold);
  catalogue.procedures = new Map(read.procedures.map((p) => [p.code, p]));
  return catalogue;
}

const files = new Map<string, Promise<LocalCatalogue>>();

/** One load per catalogue URL, shared by every search box on the page; a failed load is retried next time. */
export function sharedCatalogueFile(url: string, threshold = WORKER_THRESHOLD): Promise<LocalCatalogue> {
  const key = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
  let promise = files.get(key);
  if (!promise) {
    promise = loadCatalogueFile(key, threshold);
    files.set(key, promise);
    promise.catch(() => {
      if (files.get(key) === promise) files.delete(key);
    });
  }
  return promise;
}

/** Per client, per worker threshold (elements that ask for the same share one). */
const catalogues = new WeakMap<MotcuaClient, Map<number, Promise<LocalCatalogue>>>();

/** One catalogue per client, shared by every search box on the page; a failed load is retried next time. */
export function sharedCatalogue(client: MotcuaClient, threshold = WORKER_THRESHOLD): Promise<LocalCatalogue> {
  let byThreshold = catalogues.get(client);
  if (!byThreshold) catalogues.set(client, (byThreshold = new Map()));
  let promise = byThreshold.get(threshold);
  if (!promise) {
    const loading = loadCatalogue(client, threshold);
    byThreshold.set(threshold, loading);
    loading.catch(() => {
      if (byThreshold.get(threshold) === loading) byThreshold.delete(threshold);
    });
    promise = loading;
  }
  return promise;
}

export async function searchServer(
  client: MotcuaClient,
  q: string,
  filters: Filters,
  page: number,
  pageSize: number,
  signal: AbortSignal,
): Promise<ResultSet> {
  const query: Parameters<MotcuaClient['procedures']['search']>[0] = { page, pageSize };
  if (q.trim()) query.q = q.trim().slice(0, 200);
  if (filters.field) query.field = filters.field;
  if (filters.level) query.level = filters.level as never;
  if (filters.channel) query.channel = filters.channel as never;
  if (filters.onlineLevel) query.onlineLevel = filters.onlineLevel as never;
  const page_ = await client.procedures.search(query, { signal });
  return {
    items: page_.items.map((hit: ProcedureHit) => {
      const { score: _score, highlights, ...procedure } = hit;
      return { procedure, ranges: highlights ?? [] };
    }),
    total: page_.total,
    facets: page_.facets,
  };
}
