/** Checks the look-up form before anything is sent, with the schemas the API uses. */
import * as z from 'zod/mini';
import { DossierCode, LookupKey } from '../../model/dossier.js';
import { normaliseDossierCode } from '../../domain/dossier-code.js';
import { normaliseLookupKey } from '../../domain/lookup-key.js';

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
  else if (!z.safeParse(DossierCode, code).success) problems.code = 'invalid';
  if (lookupKey === '') problems.lookupKey = 'required';
  else if (!z.safeParse(LookupKey, lookupKey).success) problems.lookupKey = 'invalid';
  return { code, lookupKey, problems };
}
