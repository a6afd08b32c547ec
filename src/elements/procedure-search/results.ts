/**
 * One result shape for both modes: local (the index on the device) and server (`GET /procedures`),
 * so the element renders them the same way.
 */
import type { MotcuaClient } from '../../api/client.js';
import type { Procedure, ProcedureHit, ProcedureSummary } from '../../model/procedure.js';
import { createProcedureIndex } from '../../search/index.js';
import type { Facets, FacetName, ProcedureIndex, SearchHit } from '../../search/types.js';

export type Filters = Partial<Record<FacetName, string>>;

export interface ResultItem {
  procedure: ProcedureSummary;
  /** [start, end) ranges on `procedure.name` to highlight. */
  ranges: [number, number][];
}

export interface ResultSet {
  items: ResultItem[];
  total: number;
  facets: Facets;
}

export const FACET_NAMES: FacetName[] = ['field', 'level', 'channel', 'onlineLevel'];

/** The index wants channels as `{ kind }`; the summary keeps the original for the event. */
interface Indexed {
  code: string;
  name: string;
  field: { code: string; name: string };
  levels: string[];
  onlineLevel?: string;
  channels: { kind: string }[];
  keywords?: string[];
  summary: ProcedureSummary;
}

export interface LocalCatalogue {
  index: ProcedureIndex<Indexed>;
  size: number;
  /** Full procedures by code, when the catalogue came from a file (shown without asking the API). */
  procedures?: Map<string, Procedure>;
}

const PAGE_SIZE = 100;

/**
 * Loads the whole catalogue page by page (the first page tells how many there are; the rest
 * are fetched two at a time) and builds the index once.
 */
export async function loadCatalogue(client: MotcuaClient, signal?: AbortSignal): Promise<LocalCatalogue> {
  const first = await client.procedures.search({ pageSize: PAGE_SIZE, page: 1 }, { signal });
  const pages = Math.ceil(first.total / PAGE_SIZE);
  const all: ProcedureSummary[] = [...first.items];
  for (let page = 2; page <= pages; page += 2) {
    const batch = [page, page + 1].filter((p) => p <= pages);
    const results = await Promise.all(batch.map((p) => client.procedures.search({ pageSize: PAGE_SIZE, page: p }, { signal })));
    for (const r of results) all.push(...r.items);
  }
  return buildCatalogue(all);
}

export function buildCatalogue(procedures: readonly ProcedureSummary[]): LocalCatalogue {
  const docs: Indexed[] = procedures.map((p) => {
    const doc: Indexed = {
      code: p.code,
      name: p.name,
      field: p.field,
      levels: p.levels,
      channels: p.channels.map((kind) => ({ kind })),
      summary: p,
    };
    if (p.onlineLevel) doc.onlineLevel = p.onlineLevel;
    if (p.keywords) doc.keywords = p.keywords;
    return doc;
  });
  const index = createProcedureIndex(docs);
  return { index, size: index.size };
}

const catalogues = new WeakMap<MotcuaClient, Promise<LocalCatalogue>>();

/** One catalogue per client, shared by every search box on the page; a failed load is retried next time. */
export function sharedCatalogue(client: MotcuaClient): Promise<LocalCatalogue> {
  let promise = catalogues.get(client);
  if (!promise) {
    promise = loadCatalogue(client);
    catalogues.set(client, promise);
    promise.catch(() => {
      if (catalogues.get(client) === promise) catalogues.delete(client);
    });
  }
  return promise;
}

export function searchLocal(catalogue: LocalCatalogue, q: string, filters: Filters, limit: number): ResultSet {
  const result = catalogue.index.search(q, { limit, filters });
  return {
    items: result.hits.map((hit: SearchHit<Indexed>) => ({ procedure: hit.procedure.summary, ranges: nameRanges(hit) })),
    total: result.total,
    facets: result.facets,
  };
}

function nameRanges(hit: SearchHit<Indexed>): [number, number][] {
  return hit.matches.filter((m) => m.key === 'name').flatMap((m) => m.ranges);
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
