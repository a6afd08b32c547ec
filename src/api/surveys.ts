import * as z from 'zod/mini';
import { DossierCode, LookupKey } from '../model/dossier.js';
import { SurveyForm, SurveyReceipt, SurveyResponse } from '../model/survey.js';
import { normaliseDossierCode } from '../domain/dossier-code.js';
import { normaliseLookupKey } from '../domain/lookup-key.js';
import { isMotcuaError, NetworkError, ValidationError, type MotcuaError } from './errors.js';
import type { CallOptions, Transport } from './transport.js';
import { check } from './validate.js';

/**
 * What proves the right to a dossier's survey: the look-up key printed on the receipt, or the
 * `access.token` a successful `dossiers.lookup` returned (valid for a day; a page need not keep the key).
 */
export interface DossierCredential {
  lookupKey?: string;
  token?: string;
}

/** Which form to fetch: the generic one, or a dossier's (with its key or token). */
export type SurveyFormQuery = { dossier?: string } & DossierCredential;

export interface SubmitOptions extends CallOptions, DossierCredential {
  /**
   * Reuse the key of an earlier attempt (e.g. a response queued while offline) so the server stores
   * it once. Default: a fresh `crypto.randomUUID()`, kept for every retry of this call and carried
   * by the error (`error.idempotencyKey`) if the call fails.
   */
  idempotencyKey?: string;
}

export interface SurveysResource {
  /**
   * The evaluation form; for a dossier (with its `lookupKey` or `token`), with the dossier filled
   * in and the time criterion prefilled. A wrong key or token is HttpError 404 `DOSSIER_NOT_FOUND`,
   * exactly as in `dossiers.lookup`; an expired token 401 `DOSSIER_TOKEN_EXPIRED`.
   */
  form(query?: SurveyFormQuery, options?: CallOptions): Promise<SurveyForm>;
  /**
   * Sends one response; stored exactly once however often it is retried with the same key, and
   * retried by the SDK itself through 5xx, 429 (after Retry-After), timeouts and cut connections.
   * A receipt with `duplicate: true` is a success: the response was stored by an earlier try.
   * A response for a dossier needs its `lookupKey` or `token`; a dossier takes one response
   * (a second is HttpError 409 `SURVEY_ALREADY_SUBMITTED`). Every error carries `idempotencyKey`.
   */
  submit(response: SurveyResponse, options?: SubmitOptions): Promise<SurveyReceipt>;
}

const Token = z.string().check(z.regex(/^[\w.-]{10,200}$/, 'mã truy cập không hợp lệ'));
const Credential = z.object({ lookupKey: z.optional(LookupKey), token: z.optional(Token) });
const FormQuery = z.object({ dossier: z.optional(DossierCode) });
const IdempotencyKey = z.string().check(
  z.regex(/^[A-Za-z0-9_-]{8,100}$/, 'khoá chống trùng gồm 8–100 ký tự A–Z, a–z, 0–9, _ hoặc -'),
);
const SubmitInput = z.object({ response: SurveyResponse, idempotencyKey: IdempotencyKey });

/** The headers that carry a credential; a request about a dossier without one is refused before sending. */
function credentialHeaders(dossier: string | undefined, given: DossierCredential): Record<string, string> {
  const { lookupKey, token } = check(
    Credential,
    { lookupKey: typeof given.lookupKey === 'string' ? normaliseLookupKey(given.lookupKey) : given.lookupKey, token: given.token },
    'request',
  );
  if (dossier !== undefined && lookupKey === undefined && token === undefined) {
    throw new ValidationError('request', [{ path: 'lookupKey', message: 'cần mã tra cứu (lookupKey) hoặc mã truy cập (token) của hồ sơ' }]);
  }
  if (token !== undefined) return { Authorization: `Bearer ${token}` };
  return lookupKey !== undefined ? { 'Lookup-Key': lookupKey } : {};
}

export function surveysResource(transport: Transport): SurveysResource {
  return {
    async form(query = {}, options) {
      const dossier = typeof query.dossier === 'string' ? normaliseDossierCode(query.dossier) : query.dossier;
      const q = check(FormQuery, { dossier }, 'request');
      const headers = credentialHeaders(q.dossier, query);
      const body = await transport.send(
        { method: 'get', path: 'surveys/form', searchParams: { ...q }, headers, policy: 'read' },
        options,
      );
      return check(SurveyForm, body, 'response');
    },
    async submit(response, options = {}) {
      const { idempotencyKey = newKey(), lookupKey, token, ...call } = options;
      try {
        const input = check(SubmitInput, { response, idempotencyKey }, 'request');
        const headers = credentialHeaders(input.response.dossierCode, { lookupKey, token });
        const body = await transport.send(
          {
            method: 'post',
            path: 'surveys/responses',
            json: input.response,
            headers: { ...headers, 'Idempotency-Key': input.idempotencyKey },
            policy: 'once',
          },
          call,
        );
        return check(SurveyReceipt, body, 'response');
      } catch (error) {
        throw withIdempotencyKey(error, idempotencyKey);
      }
    },
  };
}

/** The error of a failed submission, marked with its key so the caller can resend safely. */
function withIdempotencyKey(error: unknown, key: string): MotcuaError {
  const sdkError = isMotcuaError(error) ? error : new NetworkError(error);
  Object.defineProperty(sdkError, 'idempotencyKey', { value: key, enumerable: true, configurable: true });
  return sdkError;
}

/**
 * `crypto.randomUUID()` exists only in secure contexts; a portal page served over plain HTTP still
 * has `getRandomValues`, so the key falls back to 128 random bits in hex.
 */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
