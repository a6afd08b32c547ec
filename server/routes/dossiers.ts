// POST /dossiers/lookup: a dossier by code + the key printed on the receipt.
import { createHash, timingSafeEqual } from 'node:crypto';
import { DossierLookupRequest } from '../../src/model/index.js';
import { normaliseDossierCode } from '../dossier-code.js';
import { ApiError, check, validationFailed } from '../errors.js';
import type { Context, Reply } from '../types.js';

// Keys are compared case-insensitively: printed keys are upper case, phone keyboards are not.
export const hashKey = (key: string): Buffer => createHash('sha256').update(key.toUpperCase(), 'utf8').digest();

// Compared against when the code is unknown, so both failures cost the same work.
const DUMMY_HASH = hashKey('\0no-such-dossier');

// One error for both "no such code" and "wrong key": the answer must not reveal which.
const notFound = () =>
  new ApiError(404, 'DOSSIER_NOT_FOUND', 'Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này.');

export async function lookupDossier(ctx: Context): Promise<Reply> {
  const { state, clientIp } = ctx;
  const limiter = state.limits.lookupFailures;
  limiter.assert(clientIp, 'TOO_MANY_ATTEMPTS');
  // Count the attempt as failed before any await, so parallel guesses cannot all slip in
  // under the limit; give it back unless the code and key really failed.
  limiter.hit(clientIp);
  let failed = false;
  try {
    const raw = await ctx.body();
    const input =
      raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : raw;
    if (input && typeof input === 'object') {
      const record = input as Record<string, unknown>;
      if (typeof record.code === 'string') record.code = normaliseDossierCode(record.code);
      if (typeof record.lookupKey === 'string') record.lookupKey = record.lookupKey.trim();
    }
    const parsed = check(DossierLookupRequest, input);
    if (!parsed.ok) throw validationFailed(parsed.details);

    const entry = state.dossiers.get(parsed.data.code);
    const given = hashKey(parsed.data.lookupKey);
    const matches = timingSafeEqual(given, entry?.keyHash ?? DUMMY_HASH);
    if (!entry || !matches) {
      failed = true;
      throw notFound();
    }
    return { body: entry.dossier };
  } finally {
    if (!failed) limiter.refund(clientIp);
  }
}
