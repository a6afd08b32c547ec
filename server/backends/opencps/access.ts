// Who may see a dossier through the gateway. OpenCPS checks a 4-digit PIN with no rate limit
// and serves the step log to anyone with the numeric id (§3.1, §3.3), so the gateway checks the
// PIN first — the detail call with the secret is the first and only call before it passes —
// fetches the log only after, counts failures per client and per dossier code, and answers a
// wrong code and a wrong PIN with the same 404.
import { LookupKey } from '../../../src/model/index.js';
import { dossierNotFound } from '../../dossier-access.js';
import { ApiError } from '../../errors.js';
import type { RateLimiter } from '../../rate-limit.js';
import type { Context } from '../../types.js';
import type { OpencpsClient } from './client.js';
import type { DossierHandle, DossierHandles } from './handles.js';
import { obj, str, text, type Rec } from './read.js';

export interface AccessDeps {
  client: OpencpsClient;
  handles: DossierHandles;
  /** Failed look-ups per dossier code, on top of the server's per-client limit. */
  codeFailures: RateLimiter;
}

const DETAIL = (code: string) => `/o/rest/v2/dossiers/${encodeURIComponent(code)}`;

/**
 * The dossier's detail when `key` is its secret, else undefined. The key goes both ways at once,
 * header and query parameter (§3.1: deployments read one or the other), so an unknown code and a
 * wrong key cost the same single call and cannot be told apart by timing. 203/401 (wrong secret)
 * and 403/404 (no such dossier) are the same "no"; so is an answer for another dossier (a
 * referenceUid that happened to match).
 */
export async function checkSecret(client: OpencpsClient, code: string, key: string): Promise<Rec | undefined> {
  const path = DETAIL(code);
  const result = await client.get(path, { secretKey: key }, { secretCode: key });
  if (!result.ok) return undefined;
  const body = result.body;
  return client.read(`GET ${path}`, () => {
    const detail = obj(body, 'body');
    // A referenceUid that happened to match answers another dossier: that is a "no" too.
    return str(detail.dossierNo, 'dossierNo').trim().toUpperCase() === code ? detail : undefined;
  });
}

export function handleOf(detail: Rec): DossierHandle {
  return {
    backendId: text(detail.dossierId, 'dossierId'),
    agency: text(detail.govAgencyName, 'govAgencyName') || text(detail.govAgencyCode, 'govAgencyCode'),
    procedureName: text(detail.serviceName, 'serviceName'),
  };
}

/**
 * Runs `attempt` (true when the code and key were right) under both limits: counted up front so
 * parallel guesses cannot slip through, given back unless it failed. A wrong answer is the
 * look-up's own 404.
 */
export async function limited<T>(ctx: Context, deps: AccessDeps, code: string, attempt: () => Promise<T | undefined>): Promise<T> {
  const clientTicket = await ctx.state.limits.lookupFailures.take(ctx.clientIp, 'TOO_MANY_ATTEMPTS');
  let failed = false;
  try {
    const codeTicket = await deps.codeFailures.take(code, 'TOO_MANY_ATTEMPTS');
    const result = await attempt();
    if (result === undefined) {
      failed = true;
      throw dossierNotFound();
    }
    await deps.codeFailures.refund(codeTicket);
    return result;
  } finally {
    if (!failed) await ctx.state.limits.lookupFailures.refund(clientTicket);
  }
}

const header = (ctx: Context, name: string): string | undefined => {
  const value = ctx.req.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
};

/**
 * The handle of dossier `code` when the request proves the right to it: a token from a look-up
 * (`Authorization: Bearer`) or the key itself (`Lookup-Key`, checked with OpenCPS). The same
 * answers as the reference server: 401 without a credential, 404 for a wrong one, 401 for an
 * expired token, 429 past the limits.
 */
export async function requireAccess(ctx: Context, deps: AccessDeps, code: string): Promise<DossierHandle> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(header(ctx, 'authorization') ?? '')?.[1];
  const key = header(ctx, 'lookup-key');
  if (!bearer && !key) {
    throw new ApiError(401, 'DOSSIER_ACCESS_REQUIRED', 'Cần mã tra cứu (Lookup-Key) hoặc mã truy cập (Authorization: Bearer) của hồ sơ.', {
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
  }
  const verdict = await limited(ctx, deps, code, async () => {
    if (bearer) {
      const check = ctx.state.tokens.verify(bearer, code);
      if (check === 'invalid') return undefined;
      const handle = check === 'ok' ? await deps.handles.find(code) : undefined;
      return handle ? { handle } : ('expired' as const);
    }
    if (!LookupKey.safeParse(key).success) return undefined;
    const detail = await checkSecret(deps.client, code, key!);
    if (!detail) return undefined;
    const handle = deps.client.read(`GET ${DETAIL(code)}`, () => handleOf(detail));
    await deps.handles.save(code, handle, 60 * 60_000);
    return { handle };
  });
  if (verdict === 'expired') {
    throw new ApiError(401, 'DOSSIER_TOKEN_EXPIRED', 'Mã truy cập hồ sơ đã hết hạn; vui lòng tra cứu lại hồ sơ.', {
      headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
    });
  }
  return verdict.handle;
}
