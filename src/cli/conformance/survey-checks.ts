// Survey checks (they store one response unless --read-only) and the rate limit (last, since it
// spends this client's look-up allowance).
import { SurveyForm, SurveyReceipt, type SurveyResponse } from '../../model/index.js';
import type { Check, ConformanceOptions } from './checks.js';
import { CheckFailed, expect, expectError, expectShape, postJson, Skipped } from './http.js';

/** An answer for every criterion: its first option. */
function responseTo(form: SurveyForm, channel: SurveyResponse['channel'], dossierCode?: string): SurveyResponse {
  const answers = Object.fromEntries(form.sections.flatMap((s) => s.criteria).map((c) => [c.id, c.options[0]!.value]));
  return { formId: form.id, formVersion: form.version, answers, channel, ...(dossierCode ? { dossierCode } : {}) };
}

const keyOf = (o: ConformanceOptions, what: string) => `conformance-${o.seed ?? Date.now().toString(36)}-${what}`;

export const SURVEY_CHECKS: Check[] = [
  { name: 'GET /surveys/form', async run(call, _o, found) {
    found.form = expectShape(await call('/surveys/form'), SurveyForm, 'SurveyForm');
  } },
  { name: 'GET /surveys/form?dossier: không khoá → 401, có token → phiếu', async run(call, o, found) {
    if (!o.dossier || !found.token) throw new Skipped('cần một hồ sơ tra cứu được / needs a dossier that looks up');
    expectError(await call(`/surveys/form?dossier=${encodeURIComponent(o.dossier.code)}`), 401);
    const form = expectShape(await call(`/surveys/form?dossier=${encodeURIComponent(o.dossier.code)}`, { headers: { Authorization: `Bearer ${found.token}` } }), SurveyForm, 'SurveyForm');
    expect(form.dossier?.code === o.dossier.code, 'phiếu không nêu hồ sơ / form does not name the dossier');
  } },
  { name: 'POST /surveys/responses thiếu Idempotency-Key → 400', async run(call, _o, found) {
    if (!found.form) throw new Skipped('không có phiếu');
    expectError(await call('/surveys/responses', postJson(responseTo(found.form, 'web'))), 400);
  } },
  { name: 'Gửi lại cùng khoá → cùng biên nhận; khác nội dung → 409 / idempotent replay', async run(call, o, found) {
    if (o.readOnly) throw new Skipped('--read-only');
    if (!found.form) throw new Skipped('không có phiếu');
    const key = { 'Idempotency-Key': keyOf(o, 'replay') };
    const body = responseTo(found.form, 'web');
    const first = await call('/surveys/responses', postJson(body, key));
    expect(first.status === 201, `lần đầu HTTP ${first.status}, cần 201: ${first.text.slice(0, 160)}`);
    const receipt = expectShape(first, SurveyReceipt, 'SurveyReceipt');
    const again = await call('/surveys/responses', postJson(body, key));
    expect(again.status === 200, `gửi lại HTTP ${again.status}, cần 200`);
    const replay = expectShape(again, SurveyReceipt, 'SurveyReceipt');
    if (replay.id !== receipt.id || !replay.duplicate) throw new CheckFailed('gửi lại không trả biên nhận cũ với duplicate: true');
    expectError(await call('/surveys/responses', postJson(responseTo(found.form, 'kiosk'), key)), 409, 'IDEMPOTENCY_CONFLICT');
    return receipt.id;
  } },
];

export const RATE_LIMIT_CHECK: Check = {
  name: 'Tra cứu sai liên tục → 429 + Retry-After / failures limited',
  async run(call, o) {
    if (o.skipRateLimit) throw new Skipped('--skip-rate-limit');
    for (let i = 1; i <= 60; i++) {
      const res = await call('/dossiers/lookup', postJson({ code: `000.00.00.Z99-000101-${String(998000 + i).padStart(6, '0')}`, lookupKey: '0000' }));
      if (res.status === 404) continue;
      expectError(res, 429);
      const wait = Number(res.headers.get('retry-after'));
      expect(Number.isInteger(wait) && wait >= 1, `Retry-After phải là số giây ≥ 1, nhận ${res.headers.get('retry-after')}`);
      return `sau ${i} lần / after ${i} tries, Retry-After ${wait}`;
    }
    throw new CheckFailed('60 lần sai vẫn chưa bị giới hạn / no 429 after 60 failures');
  },
};
