/**
 * Dossier codes as citizens enter them: typed with spaces or in lower case, with the dashes phones
 * and word processors substitute (– — −), or pasted with the text around them ("Mã hồ sơ:
 * 000.00.53.H48-220921-0099, hẹn trả …"). Pure, so it runs in Node tests too.
 */

// Hyphen look-alikes: ‐ ‑ ‒ – — ― − ﹘ ﹣ －.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** The receipt format (agency-yyMMdd-counter), anywhere in the text, not glued to other letters. */
const CODE_IN_TEXT = /(?<![0-9A-Z.])[0-9A-Z]{1,4}(?:\.[0-9A-Z]{1,4}){1,5}-\d{6}-\d{4,6}(?![0-9A-Z])/;

/**
 * The code in its printed form (upper case, ASCII dashes, no spaces). When the text holds no
 * well-formed code, the whole input without spaces, upper-cased, so validation can say what is wrong.
 */
export function normaliseDossierCode(raw: string): string {
  // NFKC folds full-width digits and letters (some IMEs) to ASCII.
  const text = raw.normalize('NFKC').replace(DASHES, '-').toUpperCase();
  // Spaces around the separators are typing noise: "000.00.53.H48 - 220921 - 0099".
  const tight = text.replace(/\s*([.-])\s*/g, '$1');
  const found = CODE_IN_TEXT.exec(tight) ?? CODE_IN_TEXT.exec(tight.replace(/\s+/g, ''));
  return found ? found[0] : text.replace(/\s+/g, '');
}

/** The look-up key as sent: trimmed, inner spaces dropped (keys are compared case-insensitively). */
export function normaliseLookupKey(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '');
}
