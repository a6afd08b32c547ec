/**
 * Receipt links of OpenCPS v2 portals (opencps-v2.md §7): the printed receipt's QR carries the
 * dossier number and its PIN in one of three forms, all recognised wherever the link points, since
 * only the code and key are read out of it and the link itself is never followed:
 * - `<tra-cứu page>?id=<dossierNo>-secretKey=<pin>` (split on the literal `-secretKey=`);
 * - `<kiosk page>#/tra-cuu-thong-tin-ho-so/<dossierNo>?secretKey=<pin>`;
 * - `?QRSCAN=<dossierNo>-<pin>` (the PIN after the last `-`, as dossier numbers contain `-`).
 */

import { isDossierCode, normaliseDossierCode } from '../domain/dossier-code.js';
import { isLookupKey, normaliseLookupKey } from '../domain/lookup-key.js';
import { BIDI } from './hidden.js';

const FORMS: RegExp[] = [
  /[?&#]id=([^&#\s]+?)-secretKey=([^&#\s]+)/i,
  /#\/tra-cuu-thong-tin-ho-so\/([^?#\s/]+)\?(?:[^#\s]*&)?secretKey=([^&#\s]+)/i,
  /[?&#]QRSCAN=([^&#\s]+)-([^-&#\s]+)/i,
];

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * The dossier and key an OpenCPS receipt link carries, or undefined. Only for web links or text
 * without a scheme (`scheme` as the caller read it): a `javascript:` text is never mined for codes.
 */
export function parseOpencpsReceipt(
  text: string,
  scheme: string | undefined,
): { kind: 'dossier'; code: string; lookupKey: string; via: 'code' } | undefined {
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return undefined;
  if (BIDI.test(text)) return undefined;
  for (const form of FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const code = normaliseDossierCode(decode(m[1]!));
    const key = normaliseLookupKey(decode(m[2]!));
    if (isDossierCode(code) && isLookupKey(key)) return { kind: 'dossier', code, lookupKey: key, via: 'code' };
  }
  return undefined;
}
