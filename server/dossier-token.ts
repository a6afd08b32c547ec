// Short-lived dossier tokens: a successful look-up returns one, and the survey calls for that
// dossier accept it instead of the look-up key, so a page need not keep the key. A token is an
// HMAC of the dossier code and its expiry under a secret every instance shares (server_secrets).
import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = 'dt1';
const TOKEN = /^dt1\.([0-9a-z]{1,11})\.([A-Za-z0-9_-]{43})$/;

export type TokenCheck = 'ok' | 'expired' | 'invalid';

export interface DossierTokens {
  /** A token for `code` (already normalised) valid for the configured time. */
  issue(code: string): { token: string; expiresAt: string };
  /** Whether `token` was issued for `code` and is still valid. */
  verify(token: string, code: string): TokenCheck;
}

export function dossierTokens(secret: Buffer, ttlMs: number, now: () => number = Date.now): DossierTokens {
  const sign = (code: string, exp: string) =>
    createHmac('sha256', secret).update(`${PREFIX}\n${code}\n${exp}`, 'utf8').digest();
  return {
    issue(code) {
      const expSeconds = Math.floor((now() + ttlMs) / 1000);
      const exp = expSeconds.toString(36);
      return {
        token: `${PREFIX}.${exp}.${sign(code, exp).toString('base64url')}`,
        expiresAt: new Date(expSeconds * 1000).toISOString(),
      };
    },
    verify(token, code) {
      const m = TOKEN.exec(token);
      if (!m) return 'invalid';
      const [, exp, sig] = m as unknown as [string, string, string];
      const given = Buffer.from(sig, 'base64url');
      const expected = sign(code, exp);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
      // Checked after the signature: only a token this server issued learns that it expired.
      return parseInt(exp, 36) * 1000 > now() ? 'ok' : 'expired';
    },
  };
}
