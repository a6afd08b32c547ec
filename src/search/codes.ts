/**
 * Procedure codes: the national base code (1.001108) and local variants that append the agency
 * (1.000494.000.00.00.H29). A code typed in full, its base, or any prefix of it finds the
 * procedures directly; dots are optional ("1001108") and the leading "1." may be left out.
 */

import { baseCode } from '../domain/procedure-code.js';

/** True when a query token looks like (part of) a procedure code rather than a word. */
export function looksLikeCode(token: string): boolean {
  if (!/^\d/.test(token)) return false;
  if (!/^[\da-z.]+$/i.test(token)) return false;
  const digits = token.replace(/\D/g, '').length;
  return token.includes('.') ? digits >= 2 : digits >= 4;
}

/**
 * True when a token can only be a procedure code: a national code or a prefix of one (1.001108,
 * 1.0011), a local variant (1.000494.000.00.00.H29) or six digits or more. Such a token that finds
 * no code is dropped rather than searched as words, where its "1" would find "hạng 1 sao".
 * "1.5" or "135.000" (a fee) are not code-shaped.
 */
export function isCodeShaped(token: string): boolean {
  return /^\d{1,2}\.\d{4,}(\.[\da-z]+)*\.?$/i.test(token) || /^\d{6,}$/.test(token);
}

/** The national base of a local variant code (the rule is in src/domain). */
export { baseCode };

export interface CodeHit {
  doc: number;
  /** 3: the exact code, 2: the base of a local variant (or a whole segment), 1: a prefix. */
  rank: number;
  /** Matched part of the original code, for highlighting. */
  start: number;
  end: number;
}

/** Where a prefix of `length` characters without dots ends on the code with dots. */
function dottedEnd(code: string, length: number, from: number): number {
  let seen = 0;
  let i = from;
  while (i < code.length && seen < length) {
    if (code[i] !== '.') seen++;
    i++;
  }
  return i;
}

/**
 * A scan over the codes: a few thousand `startsWith` take well under a millisecond, and code
 * queries are rare, so a sorted structure would cost more to build than it saves.
 */
export class CodeIndex {
  private readonly codes: string[];
  private readonly undotted: string[];
  /** Without the leading "N." and without dots. */
  private readonly rest: string[];

  constructor(codes: readonly string[]) {
    this.codes = codes.map((c) => c.trim().toLowerCase());
    this.undotted = this.codes.map((c) => c.replace(/\./g, ''));
    this.rest = this.codes.map((c) => c.slice(c.indexOf('.') + 1).replace(/\./g, ''));
  }

  /** Procedures whose code matches the typed token (unordered; see {@link CodeHit.rank}). */
  find(token: string): CodeHit[] {
    const query = token.trim().toLowerCase().replace(/\.+$/, '');
    if (!query) return [];
    const out: CodeHit[] = [];
    const dotted = query.includes('.');
    for (let doc = 0; doc < this.codes.length; doc++) {
      const code = this.codes[doc] as string;
      let start = 0;
      let end = -1;
      if (dotted) {
        if (code.startsWith(query)) end = query.length;
      } else if ((this.undotted[doc] as string).startsWith(query)) {
        end = dottedEnd(code, query.length, 0);
      } else if (code.includes('.') && (this.rest[doc] as string).startsWith(query)) {
        start = code.indexOf('.') + 1;
        end = dottedEnd(code, query.length, start);
      }
      if (end < 0) continue;
      const rank = end === code.length ? 3 : code[end] === '.' ? 2 : 1;
      out.push({ doc, rank, start, end });
    }
    return out;
  }
}
