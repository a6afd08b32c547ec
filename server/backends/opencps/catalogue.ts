// The procedure catalogue of an OpenCPS site: fetched whole (`end=0`, published only), mapped to
// the contract, and indexed by the same Vietnamese search the reference server uses, so search,
// facets, fields and the prebuilt index behave the same over either back end. The snapshot is
// kept for a few minutes; callers during a refresh share one fetch. A detail is fetched fresh.
import { createProcedureIndex } from '../../../src/search/index.js';
import { ProcedureCode, type Procedure } from '../../../src/model/index.js';
import { ApiError, check } from '../../errors.js';
import { getProcedure as referenceDetail, getSearchIndex, listFields, searchProcedures } from '../../routes/procedures.js';
import type { AppState, Context, Handler, Reply } from '../../types.js';
import { mustHave, type OpencpsClient } from './client.js';
import { items, obj, ShapeError, str, type Rec } from './read.js';
import { toProcedure } from './procedure.js';

const LIST = '/o/rest/v2/serviceinfos';

interface Snapshot {
  at: number;
  procedures: Procedure[];
  /** List items by code: their serviceConfigs stand in for a detail's empty ones (BE-3.0). */
  raw: Map<string, Rec>;
  /** The server's state with this catalogue in place of the sample one (built on first use). */
  states: WeakMap<AppState, AppState>;
}

export interface OpencpsCatalogue {
  searchProcedures: Handler;
  getSearchIndex: Handler;
  listFields: Handler;
  getProcedure: Handler;
}

export function opencpsCatalogue(client: OpencpsClient, ttlMs: number, now: () => number, log: (m: string) => void): OpencpsCatalogue {
  let current: Snapshot | undefined;
  let loading: Promise<Snapshot> | undefined;

  async function load(): Promise<Snapshot> {
    const call = `GET ${LIST}`;
    const body = mustHave(call, await client.get(LIST, { active: 'true', start: '0', end: '0', sort: 'serviceCodeSearch_String_sortable' }));
    return client.read(call, () => {
      const rows = items(obj(body, 'body').data, 'data');
      const procedures: Procedure[] = [];
      const raw = new Map<string, Rec>();
      for (const row of rows) {
        const p = toProcedure(row);
        if (!p || raw.has(p.code)) continue;
        procedures.push(p);
        raw.set(p.code, row);
      }
      // §1.3: a wrong groupId is not an error to OpenCPS, just an empty site.
      if (rows.length === 0) log('opencps: danh mục thủ tục rỗng — kiểm tra OPENCPS_GROUP_ID / the catalogue is empty: check OPENCPS_GROUP_ID');
      if (rows.length > procedures.length) log(`opencps: bỏ qua ${rows.length - procedures.length} thủ tục có mã ngoài chuẩn quốc gia / procedures with codes the contract cannot carry`);
      return { at: now(), procedures, raw, states: new WeakMap() };
    });
  }

  async function snapshot(): Promise<Snapshot> {
    if (current && now() - current.at < ttlMs) return current;
    loading ??= load().finally(() => (loading = undefined));
    current = await loading;
    return current;
  }

  /** The request with the catalogue's state, so the reference handlers answer from it. */
  async function withCatalogue(ctx: Context): Promise<Context> {
    const snap = await snapshot();
    let state = snap.states.get(ctx.state);
    if (!state) {
      const procedures = new Map(snap.procedures.map((p) => [p.code, p]));
      state = { ...ctx.state, procedures, index: createProcedureIndex(snap.procedures), data: { ...ctx.state.data, procedures: snap.procedures } };
      snap.states.set(ctx.state, state);
    }
    return { ...ctx, state };
  }

  async function getProcedure(ctx: Context): Promise<Reply> {
    const code = (ctx.params.code ?? '').trim();
    // An invalid code gets the reference's own 400 without a call to OpenCPS.
    if (!check(ProcedureCode, code).ok) return referenceDetail(ctx);
    const path = `${LIST}/${encodeURIComponent(code)}`;
    const result = await client.get(path);
    if (!result.ok && result.kind === 'not-found') throw new ApiError(404, 'PROCEDURE_NOT_FOUND', `Không tìm thấy thủ tục ${code}.`);
    const body = mustHave(`GET ${path}`, result);
    // BE-3.0 answers a guest's detail with no serviceConfigs; the list item has them (§2.2).
    const listed = (await snapshot().catch(() => undefined))?.raw.get(code);
    const procedure = client.read(`GET ${path}`, () => {
      const detail = obj(body, 'body');
      // §2.2: asked by code, OpenCPS answers that procedure; another one is outside the document.
      const answered = str(detail.serviceCode, 'serviceCode').trim();
      if (answered !== code) throw new ShapeError('serviceCode', `hỏi ${code}, nhận ${answered.slice(0, 40)}`);
      return toProcedure(detail, listed ? items(listed.serviceConfigs, 'serviceConfigs') : []);
    });
    if (!procedure) throw new ApiError(404, 'PROCEDURE_NOT_FOUND', `Không tìm thấy thủ tục ${code}.`);
    return { body: procedure };
  }

  return {
    searchProcedures: async (ctx) => searchProcedures(await withCatalogue(ctx)),
    getSearchIndex: async (ctx) => getSearchIndex(await withCatalogue(ctx)),
    listFields: async (ctx) => listFields(await withCatalogue(ctx)),
    getProcedure,
  };
}
