/**
 * Characters a reader does not see. A browser ignores some of them in a URL and shows none of
 * them, so inside a scheme they can only be there to slip `javascript:` past a check: such a
 * payload is refused, never shown as text. Elsewhere (left by scanners and copy-paste) they are
 * dropped. Every check here is one pass over the text.
 */

/**
 * Format characters (Unicode Cf: zero-width, word joiner, invisible operators U+2061–U+2064,
 * U+180E, bidi controls, tags, BOM, soft hyphen …) and every other default-ignorable code point
 * (variation selectors, Hangul fillers, combining grapheme joiner …).
 */
const HIDDEN_SOURCE = String.raw`[\p{Cf}\p{Default_Ignorable_Code_Point}]`;
const HIDDEN = new RegExp(HIDDEN_SOURCE, 'gu');
const HIDDEN_ONE = new RegExp(`^${HIDDEN_SOURCE}$`, 'u');
/** Bidi embeddings, overrides and isolates, plus the LRM/RLM/ALM marks: they reorder what is shown. */
export const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_ALL = new RegExp(BIDI.source, 'g');
/** C0/C1 controls except tab and line breaks. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_ONE = /^[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]$/;
/** What the URL parser drops anywhere in a URL. */
const URL_IGNORED = /^[\t\n\r]$/;

/** Drops hidden characters (but bidi ones, kept for the check of links) and controls; trims. */
export function cleanQrText(raw: string): string {
  return raw.replace(HIDDEN, (ch) => (BIDI.test(ch) ? ch : '')).replace(CONTROLS, '').trim();
}

/** The text without bidi characters either. */
export function withoutBidi(text: string): string {
  return text.replace(BIDI_ALL, '');
}

export interface SchemeRead {
  /** Lower case, as a browser would read it (tabs and line breaks inside dropped). */
  scheme: string;
  /** A hidden or control character sat inside the scheme or before its colon. */
  hidden: boolean;
}

/**
 * The scheme at the start of `text` (leading spaces and BOM already trimmed), read one code point
 * at a time up to the first colon; undefined when the text does not start with one.
 */
export function readScheme(text: string): SchemeRead | undefined {
  let scheme = '';
  let hidden = false;
  for (const ch of text) {
    if (ch === ':') return scheme ? { scheme: scheme.toLowerCase(), hidden } : undefined;
    if (URL_IGNORED.test(ch)) continue;
    if (HIDDEN_ONE.test(ch) || CONTROL_ONE.test(ch)) hidden = true;
    else if (scheme ? /^[a-z0-9+.-]$/i.test(ch) : /^[a-z]$/i.test(ch)) scheme += ch;
    else return undefined;
  }
  return undefined;
}
