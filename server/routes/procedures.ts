// GET /procedures (search + facets), GET /procedures/{code}, GET /fields.
import {
  ProcedureCode,
  ProcedureQuery,
  toProcedureSummary,
  type FieldList,
  type ProcedureHit,
  type ProcedurePage,
  type ProcedureSearchBundle,
} from '../../src/model/index.js';
import { FACET_NAMES } from '../../src/domain/facets.js';
import { ApiError, check } from '../errors.js';
import { parseQuery } from '../query.js';
import type { Context, Reply, SearchFilters } from '../types.js';

const QUERY_KEYS = ['q', ...FACET_NAMES, 'page', 'pageSize'] as const;

/** A procedure as a search result shows it (shared with the local index of the elements). */
export const toSummary = toProcedureSummary;

export function searchProcedures({ url, state }: Context): Reply {
  const query = parseQuery(url.searchParams, ProcedureQuery, QUERY_KEYS, ['page', 'pageSize']);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const filters: SearchFilters = {};
  for (const name of FACET_NAMES) {
    const value = query[name];
    if (value) filters[name] = value;
  }
  const offset = (page - 1) * pageSize;
  const result = state.index.search(query.q ?? '', { limit: pageSize, offset, filters });
  const items: ProcedureHit[] = [];
  for (const hit of result.hits) {
    const procedure = state.procedures.get(hit.code);
    if (!procedure) continue;
    const item: ProcedureHit = toSummary(procedure);
    if (Number.isFinite(hit.score)) item.score = hit.score;
    const ranges = hit.matches.filter((m) => m.key === 'name').flatMap((m) => m.ranges);
    if (ranges.length > 0) item.highlights = ranges.map(([a, b]) => [a, b] as [number, number]);
    items.push(item);
  }
  const body: ProcedurePage = { items, total: result.total, page, pageSize, facets: result.facets };
  return { body };
}

/** The catalogue and its prebuilt index, made once per server state (the catalogue does not change). */
const bundles = new WeakMap<Context['state'], ProcedureSearchBundle>();

/**
 * GET /procedures/search-index: every procedure as a summary, in the index's order, with the
 * prebuilt search index, so local-mode search loads instead of building.
 */
export function getSearchIndex({ state }: Context): Reply {
  let bundle = bundles.get(state);
  if (!bundle) {
    bundle = { items: state.data.procedures.map(toSummary) };
    const index = state.index.serialize?.();
    if (index !== undefined) bundle.index = index;
    bundles.set(state, bundle);
  }
  return { body: bundle };
}

export function getProcedure({ params, state }: Context): Reply {
  const code = (params.code ?? '').trim();
  const valid = check(ProcedureCode, code);
  if (!valid.ok) {
    throw new ApiError(400, 'INVALID_CODE', 'Mã thủ tục không hợp lệ (ví dụ 1.001108).', {
      details: [{ path: 'code', message: valid.details[0]?.message ?? 'mã thủ tục không hợp lệ' }],
    });
  }
  const procedure = state.procedures.get(code);
  if (!procedure) throw new ApiError(404, 'PROCEDURE_NOT_FOUND', `Không tìm thấy thủ tục ${code}.`);
  return { body: procedure };
}

const collator = new Intl.Collator('vi');

export function listFields({ state }: Context): Reply {
  const counts = new Map<string, { code: string; name: string; count: number }>();
  for (const p of state.procedures.values()) {
    const entry = counts.get(p.field.code) ?? { code: p.field.code, name: p.field.name, count: 0 };
    entry.count++;
    counts.set(p.field.code, entry);
  }
  const body: FieldList = { items: [...counts.values()].sort((a, b) => collator.compare(a.name, b.name)) };
  return { body };
}
