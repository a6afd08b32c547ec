// GET /surveys/form and POST /surveys/responses (idempotent, durable).
import * as z from 'zod/mini';
import { DossierCode, SurveyResponse, type SurveyForm } from '../../src/model/index.js';
import { normaliseDossierCode } from '../dossier-code.js';
import { ApiError, check, invalidQuery, validationFailed } from '../errors.js';
import { checkAgainstForm, formForDossier } from '../survey-form.js';
import type { Context, Reply } from '../types.js';

const FormQuery = z.object({ dossier: z.optional(DossierCode) });
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

export function getSurveyForm({ url, state }: Context): Reply {
  const raw = url.searchParams.get('dossier')?.trim();
  const input = raw ? { dossier: normaliseDossierCode(raw) } : {};
  const parsed = check(FormQuery, input);
  if (!parsed.ok) throw invalidQuery(parsed.details);
  const code = parsed.data.dossier;
  if (code === undefined) return { body: state.data.surveyForm satisfies SurveyForm };
  const entry = state.dossiers.get(code);
  if (!entry) throw new ApiError(404, 'DOSSIER_NOT_FOUND', `Không tìm thấy hồ sơ ${code}.`);
  return { body: formForDossier(state, entry.dossier) };
}

export async function submitSurveyResponse(ctx: Context): Promise<Reply> {
  const { req, state, clientIp } = ctx;
  state.limits.surveys.assert(clientIp);
  state.limits.surveys.hit(clientIp);
  const header = req.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined || key.trim() === '') {
    throw new ApiError(400, 'IDEMPOTENCY_KEY_REQUIRED', 'Thiếu tiêu đề Idempotency-Key.', {
      details: [{ path: 'Idempotency-Key', message: 'bắt buộc, 8–100 ký tự A-Z a-z 0-9 _ -' }],
    });
  }
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new ApiError(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key không hợp lệ.', {
      details: [{ path: 'Idempotency-Key', message: 'cần 8–100 ký tự A-Z a-z 0-9 _ -' }],
    });
  }
  const raw = await ctx.body();
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const body = raw as Record<string, unknown>;
    if (typeof body.dossierCode === 'string') body.dossierCode = normaliseDossierCode(body.dossierCode);
  }
  const parsed = check(SurveyResponse, raw);
  if (!parsed.ok) throw validationFailed(parsed.details);
  // A retry of a stored response gets its receipt even if the form has changed since.
  const replayed = await state.surveys.replay(key, parsed.data);
  if (replayed) return { status: 200, body: replayed };
  const problems = checkAgainstForm(state, parsed.data);
  if (problems.length > 0) throw validationFailed(problems);
  const { receipt, created } = await state.surveys.submit(key, parsed.data);
  return { status: created ? 201 : 200, body: receipt };
}
