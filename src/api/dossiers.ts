import { normaliseDossierCode } from '../domain/dossier-code.js';
import { normaliseLookupKey } from '../domain/lookup-key.js';
import { Dossier, DossierLookupRequest } from '../model/dossier.js';
import type { CallOptions, Transport } from './transport.js';
import { check } from './validate.js';

export interface DossiersResource {
  /**
   * A dossier's status and timeline. `code` and `lookupKey` are normalised as the server does
   * (src/domain: case, spaces, look-alike dashes, a code inside pasted text), so a code typed
   * from the receipt in lower case still matches. Unknown code and wrong key both end
   * in HttpError 404 `DOSSIER_NOT_FOUND`; repeated failures in 429 with `retryAfter`.
   */
  lookup(request: { code: string; lookupKey: string }, options?: CallOptions): Promise<Dossier>;
}

export function dossiersResource(transport: Transport): DossiersResource {
  return {
    async lookup(request, options) {
      const input = check(DossierLookupRequest, normalise(request), 'request');
      const body = await transport.send({ method: 'post', path: 'dossiers/lookup', json: input, policy: 'lookup' }, options);
      return check(Dossier, body, 'response');
    },
  };
}

function normalise(request: unknown): unknown {
  if (typeof request !== 'object' || request === null) return request;
  const { code, lookupKey } = request as Record<string, unknown>;
  return {
    code: typeof code === 'string' ? normaliseDossierCode(code) : code,
    lookupKey: typeof lookupKey === 'string' ? normaliseLookupKey(lookupKey) : lookupKey,
  };
}
