// Who may see or evaluate a dossier: whoever holds its look-up key (printed on the receipt) or a
// token from a successful look-up. Every refusal for an unknown code or a wrong key or token is
// the look-up's own 404, and counts against the same per-client limit, so the survey calls are no
// second oracle for dossier codes.
import { createHash, timingSafeEqual } from 'node:crypto';
import { normaliseLookupKey } from '../src/domain/lookup-key.js';
import { LookupKey } from '../src/model/index.js';
import { ApiError } from './errors.js';
import type { Context, DossierEntry } from './types.js';

/** Keys are compared in their one normal form (src/domain/lookup-key.ts): case and spaces do not count. */
export const hashKey = (key: string): Buffer => createHash('sha256').update(normaliseLookupKey(key), 'utf8').digest();

// Compared against when the code is unknown, so both failures cost the same work.
const DUMMY_HASH = hashKey('\0no-such-dossier');

/** One error for both "no such code" and "wrong key": the answer must not reveal which. */
export const dossierNotFound = () =>
  new ApiError(404, 'DOSSIER_NOT_FOUND', 'Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này.');

/** Whether `key` opens `entry` (constant time, and the same work when there is no entry). */
export function keyMatches(entry: DossierEntry | undefined, key: string): boolean {
  return timingSafeEqual(hashKey(key), entry?.keyHash ?? DUMMY_HASH) && entry !== undefined;
}

const header = (ctx: Context, name: string): string | undefined => {
  const value = ctx.req.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
};

/** The credential a survey call carries: `Authorization: Bearer <token>` or `Lookup-Key: <key>`. */
function credential(ctx: Context): { token: string } | { key: string } | undefined {
  const auth = header(ctx, 'authorization');
  const bearer = auth && /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
  if (bearer) return { token: bearer };
  const key = header(ctx, 'lookup-key');
  return key ? { key: normaliseLookupKey(key) } : undefined;
}

/**
 * The dossier `code` names, when the request proves the right to it; otherwise 401 (no
 * credential at all), 404 DOSSIER_NOT_FOUND (exactly the look-up's answer), 401
 * DOSSIER_TOKEN_EXPIRED (a genuine token past its time), or 429 after too many failures.
 */
export async function requireDossierAccess(ctx: Context, code: string): Promise<DossierEntry> {
  const given = credential(ctx);
  if (!given) {
    throw new ApiError(401, 'DOSSIER_ACCESS_REQUIRED', 'Cần mã tra cứu (Lookup-Key) hoặc mã truy cập (Authorization: Bearer) của hồ sơ.', {
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
  }
  const { state, clientIp } = ctx;
  const limiter = state.limits.lookupFailures;
  // Counted before checking, so parallel guesses cannot all slip in under the limit; given back
  // unless the credential really failed.
  const ticket = await limiter.take(clientIp, 'TOO_MANY_ATTEMPTS');
  const entry = state.dossiers.get(code);
  let verdict: 'ok' | 'expired' | 'invalid';
  if ('token' in given) verdict = state.tokens.verify(given.token, code);
  else verdict = LookupKey.safeParse(given.key).success && keyMatches(entry, given.key) ? 'ok' : 'invalid';
  if (!entry) verdict = 'invalid';
  if (verdict === 'invalid') throw dossierNotFound();
  await limiter.refund(ticket);
  if (verdict === 'expired') {
    throw new ApiError(401, 'DOSSIER_TOKEN_EXPIRED', 'Mã truy cập hồ sơ đã hết hạn; vui lòng tra cứu lại hồ sơ.', {
      headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
    });
  }
  return entry!;
}
