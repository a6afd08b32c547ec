/**
 * The dossier code printed on a receipt: agency code, date of reception `yyMMdd`, counter —
 * `000.00.53.H48-220921-0099`. Every reader of codes (the SDK, the tracker, the QR parser, the
 * server) goes through this file; a new printed shape is a change to {@link DOSSIER_CODE_SOURCE}.
 */

/** The shape without anchors: agency (2–6 dotted parts), `yyMMdd`, a 4–6 digit counter. */
export const DOSSIER_CODE_SOURCE = '[0-9A-Z]{1,4}(?:\\.[0-9A-Z]{1,4}){1,5}-\\d{6}-\\d{4,6}';

/** A whole string that is a dossier code in printed form. */
export const DOSSIER_CODE = /*#__PURE__*/ new RegExp(`^${DOSSIER_CODE_SOURCE}$`);

/** An example for messages and docs. */
export const DOSSIER_CODE_EXAMPLE = '000.00.53.H48-220921-0099';

/**
 * The code inside text: not glued to letters, digits or a dot before it, nor to letters or
 * digits after it — any dash, punctuation or space may follow ("… 0099 – Mã tra cứu: …").
 * Every part is bounded, so a scan costs a constant per position (linear in the text).
 */
const IN_TEXT = /*#__PURE__*/ new RegExp(`(?<![0-9A-Z.])${DOSSIER_CODE_SOURCE}(?![0-9A-Z])`);

/** Hyphen look-alikes phones and word processors substitute: ‐ ‑ ‒ – — ― − ﹘ ﹣ －. */
export const DASH_LIKE = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * Spaces before or after a dot or dash ("000.00.53.H48 - 220921 - 0099"). The lookbehind makes a
 * run of spaces start a match only once, so 4,000 spaces cost 4,000 steps, not 4,000².
 */
const SPACE_AT_SEPARATOR = /(?<!\s)\s+(?=[.-])|(?<=[.-])\s+/g;

/** Upper case, ASCII dashes and digits (NFKC folds full-width ones). */
function fold(raw: string): string {
  return raw.normalize('NFKC').replace(DASH_LIKE, '-').toUpperCase();
}

/** True when `code` is a dossier code exactly as printed. */
export function isDossierCode(code: string): boolean {
  return DOSSIER_CODE.test(code);
}

/**
 * The first dossier code in `raw` — typed loosely (case, look-alike dashes, spaces) or inside
 * text around it — in printed form; undefined when there is none.
 */
export function findDossierCode(raw: string): string | undefined {
  const text = fold(raw);
  // As printed first ("… tiếp nhận. 000.00.53.H48-…" must not glue to the sentence's dot), then
  // with the spaces at separators dropped, then with every space dropped: three linear passes.
  const found = IN_TEXT.exec(text) ?? IN_TEXT.exec(text.replace(SPACE_AT_SEPARATOR, '')) ?? IN_TEXT.exec(text.replace(/\s+/g, ''));
  return found?.[0];
}

/**
 * The code to look up: the printed form when `raw` holds one; otherwise the input without spaces,
 * upper-cased, so validation can say what is wrong with it. The SDK, the tracker and the server
 * all send or compare this form.
 */
export function normaliseDossierCode(raw: string): string {
  return findDossierCode(raw) ?? raw.normalize('NFKC').replace(DASH_LIKE, '-').replace(/\s+/g, '').toUpperCase();
}

export interface DossierCodeParts {
  /** The receiving agency's code, `000.00.53.H48`. */
  agency: string;
  /** Date of reception as printed, `yyMMdd`. */
  received: string;
  /** The agency's counter for that day, `0099`. */
  counter: string;
}

/** The parts of a printed code, or undefined when `code` is not one. */
export function parseDossierCode(code: string): DossierCodeParts | undefined {
  if (!DOSSIER_CODE.test(code)) return undefined;
  const [counter = '', received = '', ...agency] = code.split('-').reverse();
  return { agency: agency.reverse().join('-'), received, counter };
}
