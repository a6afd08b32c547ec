import * as z from 'zod/mini';
import { DossierCode, SurveyForm, SurveyReceipt, SurveyResponse } from '../model/index.js';
import type { CallOptions, Transport } from './transport.js';
import { check } from './validate.js';

export interface SubmitOptions extends CallOptions {
  /**
   * Reuse the key of an earlier attempt (e.g. a response queued while offline) so the server stores
   * it once. Default: a fresh `crypto.randomUUID()`, kept for every retry of this call.
   */
  idempotencyKey?: string;
}

export interface SurveysResource {
  /** The evaluation form; for a dossier, with the dossier filled in and the time criterion prefilled. */
  form(query?: { dossier?: string }, options?: CallOptions): Promise<SurveyForm>;
  /** Sends one response; stored exactly once however often it is retried with the same key. */
  submit(response: SurveyResponse, options?: SubmitOptions): Promise<SurveyReceipt>;
}

const FormQuery = z.object({ dossier: z.optional(DossierCode) });
const IdempotencyKey = z.string().check(
  z.regex(/^[A-Za-z0-9_-]{8,100}$/, 'khoá chống trùng gồm 8–100 ký tự A–Z, a–z, 0–9, _ hoặc -'),
);
const SubmitInput = z.object({ response: SurveyResponse, idempotencyKey: IdempotencyKey });

export function surveysResource(transport: Transport): SurveysResource {
  return {
    async form(query = {}, options) {
      const dossier = typeof query.dossier === 'string' ? query.dossier.trim().toUpperCase() : query.dossier;
      const q = check(FormQuery, { dossier }, 'request');
      const body = await transport.send({ method: 'get', path: 'surveys/form', searchParams: { ...q }, policy: 'read' }, options);
      return check(SurveyForm, body, 'response');
    },
    async submit(response, options = {}) {
      const { idempotencyKey = newKey(), ...call } = options;
      const input = check(SubmitInput, { response, idempotencyKey }, 'request');
      const body = await transport.send(
        {
          method: 'post',
          path: 'surveys/responses',
          json: input.response,
          headers: { 'Idempotency-Key': input.idempotencyKey },
          policy: 'once',
        },
        call,
      );
      return check(SurveyReceipt, body, 'response');
    },
  };
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
