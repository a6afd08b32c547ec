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
const HIDDEN_SOURCE = '[\\p{Cf}\\p{Default_Ignorable_Code_Point}]';
const HIDDEN_NOT_BIDI = /*#__PURE__*/ new RegExp(`(?![\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069])${HIDDEN_SOURCE}`, 'gu');
/** Bidi embeddings, overrides and isolates, plus the LRM/RLM/ALM marks: they reorder what is shown. */
export const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_ALL = /*#__PURE__*/ new RegExp(BIDI.source, 'g');
/** C0/C1 controls except tab and line breaks. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Drops hidden characters (but bidi ones, kept for the check of links) and controls; trims. */
export function cleanQrText(raw: string): string {
  return raw.replace(HIDDEN_NOT_BIDI, '').replace(CONTROLS, '').trim();
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

/** What may sit, unseen, among a scheme's letters: hidden characters, controls, tabs, line breaks. */
const UNSEEN = '[\\p{Cf}\\p{Default_Ignorable_Code_Point}\\u0000-\\u001F\\u007F-\\u009F]';
/**
 * A scheme and its colon, with unseen characters anywhere in it. The two alternatives inside the
 * repetition never match the same character, so a failed match costs one pass, not a backtrack
 * over every split.
 */
const SCHEME_PREFIX = /*#__PURE__*/ new RegExp(`^${UNSEEN}*[a-z](?:[a-z0-9+.\\-]|${UNSEEN})*:`, 'iu');
const UNSEEN_ALL = /*#__PURE__*/ new RegExp(UNSEEN, 'gu');
/** Unseen characters a browser does not simply drop from a URL (it drops tabs and line breaks). */
const SUSPECT = /[^\t\n\r]/;

/** The scheme at the start of `text` (leading spaces and BOM already trimmed), or undefined. */
export function readScheme(text: string): SchemeRead | undefined {
  const prefix = SCHEME_PREFIX.exec(text)?.[0];
  if (!prefix) return undefined;
  const unseen = prefix.match(UNSEEN_ALL) ?? [];
  return { scheme: prefix.slice(0, -1).replace(UNSEEN_ALL, '').toLowerCase(), hidden: unseen.some((ch) => SUSPECT.test(ch)) };
}
