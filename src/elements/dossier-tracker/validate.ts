/**
 * Checks the look-up form before anything is sent, with the domain rules the API's schemas wrap
 * (so the form needs no zod: the page loads it with the first call).
 */
import { isDossierCode, normaliseDossierCode } from '../../domain/dossier-code.js';
import { isLookupKey, normaliseLookupKey } from '../../domain/lookup-key.js';

export type LookupField = 'code' | 'lookupKey';
export type LookupProblem = 'required' | 'invalid';

export interface LookupCheck {
  code: string;
  lookupKey: string;
  /** Fields with a problem, in form order (the first gets focus). */
  problems: Partial<Record<LookupField, LookupProblem>>;
}

export function checkLookup(rawCode: string, rawKey: string): LookupCheck {
  const code = normaliseDossierCode(rawCode);
  const lookupKey = normaliseLookupKey(rawKey);
  const problems: LookupCheck['problems'] = {};
  if (code === '') problems.code = 'required';
  else if (!isDossierCode(code)) problems.code = 'invalid';
  if (lookupKey === '') problems.lookupKey = 'required';
  else if (!isLookupKey(lookupKey)) problems.lookupKey = 'invalid';
  return { code, lookupKey, problems };
}
