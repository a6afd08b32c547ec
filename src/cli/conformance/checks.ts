// The checks of `motcua conformance`: each one call (or a few) of the contract and what its
// answer must be. They run in order; a later check may use what an earlier one found.
import {
  Dossier,
  FieldList,
  HolidayList,
  Procedure,
  ProcedurePage,
  ProcedureSearchBundle,
  RosterWeek,
  Stats,
  SurveyForm,
  SurveyReceipt,
} from '../../model/index.js';
import { CheckFailed, expect, expectError, expectShape, expectStatus, postJson, Skipped, type Call } from './http.js';

export interface ConformanceOptions {
  /** A dossier the back end knows, with its key: enables the look-up, wrong-key and survey checks. */
  dossier?: { code: string; key: string };
  /** Skip the checks that store something (a survey response). */
  readOnly?: boolean;
  /** Skip hammering the look-up until it answers 429. */
  skipRateLimit?: boolean;
  /** Idempotency keys and unknown codes are derived from this (tests fix it). */
  seed?: string;
}

export interface Found {
  procedure?: string;
  token?: string;
  form?: SurveyForm;
}

export interface Check {
  name: string;
  run(call: Call, options: ConformanceOptions, found: Found): Promise<string | void>;
}

const year = () => new Date().getFullYear();
/** A well-formed dossier code no office issues (counter 999999 on 1 January 2000). */
const unknownCode = (n: number) => `000.00.00.Z99-000101-${String(999000 + n).padStart(6, '0')}`;
const needDossier = (o: ConformanceOptions) => {
  if (!o.dossier) throw new Skipped('cần --dossier và --key / needs --dossier and --key');
  return o.dossier;
};

export const READ_CHECKS: Check[] = [
  { name: 'GET /procedures: trang kết quả / a page with facets', async run(call, _o, found) {
    const page = expectShape(await call('/procedures?pageSize=5'), ProcedurePage, 'ProcedurePage');
    found.procedure = page.items[0]?.code;
    return `${page.total} thủ tục`;
  } },
  { name: 'GET /procedures?page=0 → 400 nêu tham số / names the parameter', async run(call) {
    const body = expectError(await call('/procedures?page=0'), 400);
    expect(body.error.details?.some((d) => d.path === 'page'), 'details không nêu page');
  } },
  { name: 'GET /procedures/{code}: thủ tục đầy đủ / full procedure', async run(call, _o, found) {
    if (!found.procedure) throw new Skipped('danh mục rỗng / empty catalogue');
    expectShape(await call(`/procedures/${encodeURIComponent(found.procedure)}`), Procedure, 'Procedure');
  } },
  { name: 'GET /procedures/{unknown} → 404 PROCEDURE_NOT_FOUND', async run(call) {
    expectError(await call('/procedures/9.999999'), 404, 'PROCEDURE_NOT_FOUND');
  } },
  { name: 'GET /procedures/search-index', async run(call) {
    expectShape(await call('/procedures/search-index'), ProcedureSearchBundle, 'ProcedureSearchBundle');
  } },
  { name: 'GET /fields', async run(call) {
    expectShape(await call('/fields'), FieldList, 'FieldList');
  } },
  { name: 'GET /holidays?year → ngày nghỉ, ngày làm bù / days off, make-up days', async run(call) {
    expectShape(await call(`/holidays?year=${year()}`), HolidayList, 'HolidayList');
    expectError(await call('/holidays?year=20x6'), 400);
  } },
  { name: 'GET /roster (và tuần sai → 400 / bad week → 400)', async run(call) {
    expectShape(await call('/roster'), RosterWeek, 'RosterWeek');
    expectError(await call('/roster?week=2026-W99'), 400);
  } },
  { name: 'GET /stats', async run(call) {
    expectShape(await call('/stats'), Stats, 'Stats');
  } },
  { name: 'Đường dẫn lạ → 404 JSON, sai phương thức → 405 + Allow', async run(call) {
    expectError(await call('/no-such-route'), 404);
    const wrong = await call('/fields', { method: 'DELETE' });
    expectError(wrong, 405);
    expect(wrong.headers.get('allow')?.includes('GET'), 'thiếu Allow');
  } },
  { name: 'GET /openapi.json: OpenAPI 3.1 (nếu có / if served)', async run(call) {
    const res = await call('/openapi.json');
    if (res.status === 404) throw new Skipped('không phục vụ / not served');
    expectStatus(res, 200);
    const doc = res.body as { openapi?: unknown; paths?: Record<string, unknown> } | undefined;
    expect(typeof doc?.openapi === 'string' && doc.openapi.startsWith('3.1'), `openapi = ${String(doc?.openapi)}, cần 3.1.x`);
    expect(doc?.paths && '/dossiers/lookup' in doc.paths, 'thiếu /dossiers/lookup trong paths');
  } },
  { name: 'CORS cho tiện ích ở trang khác / for widgets on other origins', async run(call) {
    const res = await call('/fields', { headers: { Origin: 'https://portal.example.gov.vn' } });
    expect(res.headers.get('access-control-allow-origin'), 'thiếu Access-Control-Allow-Origin');
  } },
];

export const LOOKUP_CHECKS: Check[] = [
  { name: 'POST /dossiers/lookup thân sai → 422 VALIDATION_FAILED', async run(call) {
    expectError(await call('/dossiers/lookup', postJson({ code: 'x' })), 422, 'VALIDATION_FAILED');
  } },
  { name: 'Tra cứu đúng: Dossier + token, no-store / right key', async run(call, o, found) {
    const { code, key } = needDossier(o);
    const res = await call('/dossiers/lookup', postJson({ code, lookupKey: key }));
    const dossier = expectShape(res, Dossier, 'Dossier');
    expect(/no-store/.test(res.headers.get('cache-control') ?? ''), 'look-up thiếu Cache-Control: no-store');
    found.token = dossier.access?.token;
  } },
  { name: 'Mã lạ và khoá sai → cùng một 404, no-store / same 404', async run(call, o) {
    const { code } = needDossier(o);
    const unknown = await call('/dossiers/lookup', postJson({ code: unknownCode(0), lookupKey: '0000' }));
    const wrongKey = await call('/dossiers/lookup', postJson({ code, lookupKey: 'ZZZZ9999' }));
    const a = expectError(unknown, 404), b = expectError(wrongKey, 404);
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new CheckFailed(`hai lỗi khác nhau / differ: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
    for (const r of [unknown, wrongKey]) expect(/no-store/.test(r.headers.get('cache-control') ?? ''), '404 thiếu no-store');
  } },
];
