/**
 * The look-up key printed on the receipt beside the dossier code. Keys are compared
 * case-insensitively (printed in capitals, typed on phone keyboards in lower case), so the one
 * form that is sent and compared is {@link normaliseLookupKey}'s.
 */

/** 4–12 letters or digits. */
export const LOOKUP_KEY = /^[0-9A-Za-z]{4,12}$/;

/** The key as sent and compared: full-width folded (NFKC), every space dropped, upper case. */
export function normaliseLookupKey(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** True when `key` (normalised or not) has the shape of a key. */
export function isLookupKey(key: string): boolean {
  return LOOKUP_KEY.test(key);
}
