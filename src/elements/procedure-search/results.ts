/**
 * One result shape for both modes: local (the index on the device) and server (`GET /procedures`),
 * so the element renders them the same way.
 */
import type { MotcuaClient } from '../../api/client.js';
import { isHttpError } from '../../api/errors.js';
import type { ProcedureHit, ProcedureSummary } from '../../model/procedure.js';
import { openCatalogue, WORKER_THRESHOLD, type LocalCatalogue } from './catalogue.js';
import type { Filters, ResultSet } from './local-index.js';

export type { LocalCatalogue } from './catalogue.js';
export type { Filters, ResultItem, ResultSet } from './local-index.js';

export { FACET_NAMES } from '../../domain/facets.js';

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

/** One page of a server search. */
export interface ServerSearch {
  q: string;
  filters: Filters;
  page: number;
  pageSize: number;
  /** The results already shown: the page is appended to them (without repeats). */
  after?: ResultSet;
}

export async function searchServer(client: MotcuaClient, request: ServerSearch, signal: AbortSignal): Promise<ResultSet> {
  const next = await searchPage(client, request, signal);
  const after = request.after;
  if (!after) return next;
  const seen = new Set(after.items.map((i) => i.procedure.code));
  return { ...next, items: [...after.items, ...next.items.filter((i) => !seen.has(i.procedure.code))] };
}

async function searchPage(client: MotcuaClient, { q, filters, page, pageSize }: ServerSearch, signal: AbortSignal): Promise<ResultSet> {
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
