// GET /surveys/form and POST /surveys/responses over OpenCPS. OpenCPS stores every vote it is
// sent and checks nothing (§4.2), so the gateway does both: the dossier's key or token is
// required, the answers are checked against the questions, and each answer is forwarded exactly
// once — claimed in the ledger per (dossier, question) before the POST and marked done after —
// however often the citizen's page retries. The response is then stored under its
// Idempotency-Key like the reference server's, so a replay gets the first receipt.
import * as z from 'zod/mini';
import { DossierCode, type SurveyResponse } from '../../../src/model/index.js';
import { normaliseDossierCode } from '../../../src/domain/dossier-code.js';
import { ApiError, check, invalidQuery, validationFailed } from '../../errors.js';
import { officeDate as localDay } from '../../../src/domain/office-time.js';
import { idempotencyKey, readResponse } from '../../routes/surveys.js';
import { hashBody } from '../../store/body-hash.js';
import type { Context, Reply } from '../../types.js';
import { requireAccess, type AccessDeps } from './access.js';
import { mustHave } from './client.js';
import type { DossierHandle } from './handles.js';
import { fetchForm, type OpencpsForm } from './survey-form.js';

const FormQuery = z.object({ dossier: z.optional(DossierCode) });

export async function getSurveyForm(ctx: Context, deps: AccessDeps): Promise<Reply> {
  const raw = ctx.url.searchParams.get('dossier')?.trim();
  const parsed = check(FormQuery, raw ? { dossier: normaliseDossierCode(raw) } : {});
  if (!parsed.ok) throw invalidQuery(parsed.details);
  const code = parsed.data.dossier;
  const dossier = code ? { code, handle: await requireAccess(ctx, deps, code) } : undefined;
  return { body: (await fetchForm(deps.client, dossier)).form };
}

/** Each answer must name a question of the form and one of its choices; every question is required. */
function checkAnswers({ form, questions }: OpencpsForm, response: SurveyResponse) {
  const problems: Array<{ path: string; message: string }> = [];
  if (response.formId !== form.id) problems.push({ path: 'formId', message: `phiếu ${form.id} mới đúng cho hồ sơ này` });
  for (const q of questions) {
    const value = response.answers[q.criterion.id];
    if (value === undefined) problems.push({ path: `answers.${q.criterion.id}`, message: 'bắt buộc trả lời' });
    else if (!q.criterion.options.some((o) => o.value === value)) problems.push({ path: `answers.${q.criterion.id}`, message: 'lựa chọn không có trong câu hỏi' });
  }
  for (const id of Object.keys(response.answers)) {
    if (!questions.some((q) => q.criterion.id === id)) problems.push({ path: `answers.${id}`, message: 'câu hỏi không có trong phiếu' });
  }
  if (response.comment && form.comment.maxLength === 0) problems.push({ path: 'comment', message: 'phiếu này không nhận ý kiến' });
  if (problems.length > 0) throw validationFailed(problems);
}

/** Forwards each answer once: the ledger key names the dossier (or this submission) and the question. */
async function forward(ctx: Context, deps: AccessDeps, form: OpencpsForm, response: SurveyResponse, scope: string): Promise<void> {
  let commented = false;
  for (const q of form.questions) {
    const key = `opencps:vote:${scope}:${q.votingId}`;
    const claim = await ctx.state.ledger.claim(key, { owner: `pid-${process.pid}` });
    if (claim.state === 'done') continue;
    if (claim.state === 'pending') {
      throw new ApiError(409, 'SURVEY_IN_PROGRESS', 'Phiếu này đang được gửi đi; vui lòng thử lại sau giây lát.', { headers: { 'Retry-After': '2' } });
    }
    const fields: Record<string, string> = { selected: response.answers[q.criterion.id]! };
    if (response.comment && q.commentable && !commented) fields.comment = response.comment;
    commented ||= 'comment' in fields;
    const path = `/o/rest/v2/postal/votings/${q.votingId}/results`;
    try {
      const body = mustHave(`POST ${path}`, await deps.client.postForm(path, fields));
      await ctx.state.ledger.done(key, { votingResultId: (body as Record<string, unknown>)?.votingResultId ?? null });
    } catch (error) {
      await ctx.state.ledger.release(key);
      throw error;
    }
  }
}

export async function submitSurveyResponse(ctx: Context, deps: AccessDeps): Promise<Reply> {
  const key = idempotencyKey(ctx.req);
  const response = await readResponse(ctx);
  const bodyHash = hashBody(response);
  const replayed = await ctx.state.surveys.replay(key, bodyHash);
  if (replayed) return { status: 200, body: replayed };
  const ticket = await ctx.state.limits.surveys.take(ctx.clientIp);
  const code = response.dossierCode;
  let handle: DossierHandle | undefined;
  if (code) handle = await requireAccess(ctx, deps, code);
  const form = await fetchForm(deps.client, code && handle ? { code, handle } : undefined);
  checkAnswers(form, response);
  await forward(ctx, deps, form, response, handle ? `dossier:${handle.backendId}` : `key:${key}`);
  const { createdAt: _clientTime, ...stored } = response;
  const receivedAt = new Date(ctx.state.now());
  const { receipt, created } = await ctx.state.surveys.submit({
    key,
    bodyHash,
    response: stored,
    dossierCode: code,
    agency: handle?.agency || 'OpenCPS',
    overall: undefined,
    createdAt: receivedAt,
    localDay: localDay(receivedAt),
  });
  if (!created) await ctx.state.limits.surveys.refund(ticket);
  return { status: created ? 201 : 200, body: receipt };
}
