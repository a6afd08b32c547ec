// GET /surveys/form and POST /surveys/responses (idempotent, durable, one per dossier). Anything
// about a dossier needs its look-up key or token (dossier-access.ts).
import type { IncomingMessage } from 'node:http';
import * as z from 'zod/mini';
import { DossierCode, SurveyResponse, type SurveyForm } from '../../src/model/index.js';
import { requireDossierAccess } from '../dossier-access.js';
import { normaliseDossierCode } from '../../src/domain/dossier-code.js';
import { ApiError, check, invalidQuery, validationFailed } from '../errors.js';
import { officeDate as localDay } from '../../src/domain/office-time.js';
import { hashBody } from '../store/body-hash.js';
import { agencyOfResponse, checkAgainstForm, formForDossier, overallAnswer } from '../survey-form.js';
import type { Context, Reply } from '../types.js';

const FormQuery = z.object({ dossier: z.optional(DossierCode) });
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

export async function getSurveyForm(ctx: Context): Promise<Reply> {
  const { url, state } = ctx;
  const raw = url.searchParams.get('dossier')?.trim();
  const input = raw ? { dossier: normaliseDossierCode(raw) } : {};
  const parsed = check(FormQuery, input);
  if (!parsed.ok) throw invalidQuery(parsed.details);
  const code = parsed.data.dossier;
  if (code === undefined) return { body: state.data.surveyForm satisfies SurveyForm };
  const entry = await requireDossierAccess(ctx, code);
  return { body: formForDossier(state, entry.dossier) };
}

export function idempotencyKey(req: IncomingMessage): string {
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
  return key;
}

export async function readResponse(ctx: Context): Promise<SurveyResponse> {
  const raw = await ctx.body();
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const body = raw as Record<string, unknown>;
    if (typeof body.dossierCode === 'string') body.dossierCode = normaliseDossierCode(body.dossierCode);
  }
  const parsed = check(SurveyResponse, raw);
  if (!parsed.ok) throw validationFailed(parsed.details);
  return parsed.data;
}

export async function submitSurveyResponse(ctx: Context): Promise<Reply> {
  const { req, state, clientIp } = ctx;
  const limiter = state.limits.surveys;
  const key = idempotencyKey(req);
  const response = await readResponse(ctx);
  const bodyHash = hashBody(response);
  // A retry of a stored response gets its receipt (even if the form changed or its token expired)
  // before anything is counted: answered duplicates cost the citizen nothing, even at the limit.
  const replayed = await state.surveys.replay(key, bodyHash);
  if (replayed) return { status: 200, body: replayed };
  const ticket = await limiter.take(clientIp);
  if (response.dossierCode !== undefined) await requireDossierAccess(ctx, response.dossierCode);
  const problems = checkAgainstForm(state, response);
  if (problems.length > 0) throw validationFailed(problems);
  // The time is the server's: a client cannot date its response into another period.
  const { createdAt: _clientTime, ...stored } = response;
  const receivedAt = new Date(state.now());
  const { receipt, created } = await state.surveys.submit({
    key,
    bodyHash,
    response: stored,
    dossierCode: response.dossierCode,
    agency: agencyOfResponse(state, response),
    overall: overallAnswer(state.data.surveyForm, response),
    createdAt: receivedAt,
    localDay: localDay(receivedAt),
  });
  if (!created) await limiter.refund(ticket);
  // The citizen who just rated sees it counted on this instance's statistics at once.
  else state.statsCache.clear();
  return { status: created ? 201 : 200, body: receipt };
}
