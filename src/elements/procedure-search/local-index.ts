/**
 * The procedure index on the device, the same code on the page and in the search worker: from
 * summaries (and the server's prebuilt index when it has one) to result sets.
 */
import type { ProcedureSummary } from '../../model/procedure.js';
import { createProcedureIndex, isSearchIndexError, loadProcedureIndex } from '../../search/index.js';
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
  /** Where a local search ran (the page or the search worker); unset for server results. */
  thread?: 'main' | 'worker';
}

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

export type LocalIndex = ProcedureIndex<Indexed>;

function toIndexed(p: ProcedureSummary): Indexed {
  const doc: Indexed = { code: p.code, name: p.name, field: p.field, levels: p.levels, channels: p.channels.map((kind) => ({ kind })), summary: p };
  if (p.onlineLevel) doc.onlineLevel = p.onlineLevel;
  if (p.keywords) doc.keywords = p.keywords;
  return doc;
}

/** Loads the prebuilt index when there is one that fits these procedures, else builds one. */
export function openIndex(items: readonly ProcedureSummary[], prebuilt?: unknown): LocalIndex {
  const docs = items.map(toIndexed);
  if (prebuilt !== undefined) {
    try {
      return loadProcedureIndex(docs, prebuilt);
    } catch (error) {
      // Another version or another catalogue: building is slower but always right.
      if (!isSearchIndexError(error)) throw error;
    }
  }
  return createProcedureIndex(docs);
}

/** True inside a worker (no window, a WorkerGlobalScope). */
function inWorker(): boolean {
  const scope = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
  return scope !== undefined && globalThis instanceof scope;
}

export function searchIndex(index: LocalIndex, q: string, filters: Filters, limit: number): ResultSet {
  const result = index.search(q, { limit, filters });
  return {
    items: result.hits.map((hit: SearchHit<Indexed>) => ({ procedure: hit.procedure.summary, ranges: nameRanges(hit) })),
    total: result.total,
    facets: result.facets,
    thread: inWorker() ? 'worker' : 'main',
  };
}

function nameRanges(hit: SearchHit<Indexed>): [number, number][] {
  return hit.matches.filter((m) => m.key === 'name').flatMap((m) => m.ranges);
}
