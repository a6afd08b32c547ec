// POST /dossiers/lookup: a dossier by code + the key printed on the receipt, with a short-lived
// token that stands for the key in the survey calls for this dossier.
import { DossierLookupRequest } from '../../src/model/index.js';
import { dossierNotFound, keyMatches } from '../dossier-access.js';
import { normaliseDossierCode } from '../../src/domain/dossier-code.js';
import { normaliseLookupKey } from '../../src/domain/lookup-key.js';
import { check, validationFailed } from '../errors.js';
import type { Context, Reply } from '../types.js';

export function normalisedInput(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const record = { ...(raw as Record<string, unknown>) };
  if (typeof record.code === 'string') record.code = normaliseDossierCode(record.code);
  if (typeof record.lookupKey === 'string') record.lookupKey = normaliseLookupKey(record.lookupKey);
  return record;
}

export async function lookupDossier(ctx: Context): Promise<Reply> {
  const { state, clientIp } = ctx;
  const limiter = state.limits.lookupFailures;
  // Count the attempt as failed before any await of ours, so parallel guesses cannot all slip in
  // under the limit; give it back unless the code and key really failed.
  const ticket = await limiter.take(clientIp, 'TOO_MANY_ATTEMPTS');
  let failed = false;
  try {
    const parsed = check(DossierLookupRequest, normalisedInput(await ctx.body()));
    if (!parsed.ok) throw validationFailed(parsed.details);
    const entry = state.dossiers.get(parsed.data.code);
    if (!keyMatches(entry, parsed.data.lookupKey)) {
      failed = true;
      throw dossierNotFound();
    }
    return { body: { ...entry!.dossier, access: state.tokens.issue(entry!.dossier.code) } };
  } finally {
    if (!failed) await limiter.refund(ticket);
  }
}
