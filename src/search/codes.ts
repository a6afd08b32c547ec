/**
 * Procedure codes: the national base code (1.001108) and local variants that append the agency
 * (1.000494.000.00.00.H29). A code typed in full, its base, or any prefix of it finds the
 * procedures directly; dots are optional ("1001108") and the leading "1." may be left out.
 */

/** True when a query token looks like (part of) a procedure code rather than a word. */
export function looksLikeCode(token: string): boolean {
  if (!/^\d/.test(token)) return false;
  if (!/^[\da-z.]+$/i.test(token)) return false;
  const digits = token.replace(/\D/g, '').length;
  return token.includes('.') ? digits >= 2 : digits >= 4;
}

interface CodeKey {
  key: string;
  doc: number;
  /** 0: the whole code with dots, 1: without dots, 2: without the leading "N." */
  kind: 0 | 1 | 2;
}

export interface CodeHit {
  doc: number;
  /** 3: the exact code, 2: the base of a local variant (or a whole segment), 1: a prefix. */
  rank: number;
  /** Matched part of the original code, for highlighting. */
  start: number;
  end: number;
}

function lowerBound(keys: readonly CodeKey[], prefix: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as CodeKey).key < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

export class CodeIndex {
  private readonly keys: CodeKey[] = [];
  private readonly codes: string[];

  constructor(codes: readonly string[]) {
    this.codes = codes.map((c) => c.trim().toLowerCase());
    this.codes.forEach((code, doc) => {
      this.keys.push({ key: code, doc, kind: 0 });
      const undotted = code.replace(/\./g, '');
      if (undotted !== code) this.keys.push({ key: undotted, doc, kind: 1 });
      const dot = code.indexOf('.');
      if (dot > 0) this.keys.push({ key: code.slice(dot + 1).replace(/\./g, ''), doc, kind: 2 });
    });
    this.keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** Procedures whose code matches the typed token (unordered; see {@link CodeHit.rank}). */
  find(token: string): CodeHit[] {
    const query = token.trim().toLowerCase().replace(/\.+$/, '');
    if (!query) return [];
    const dotted = query.includes('.');
    const best = new Map<number, CodeHit>();
    for (let i = lowerBound(this.keys, query); i < this.keys.length; i++) {
      const entry = this.keys[i] as CodeKey;
      if (!entry.key.startsWith(query)) break;
      // A query with dots is compared with dotted codes only, one without dots with the rest.
      if (dotted !== (entry.kind === 0)) continue;
      const code = this.codes[entry.doc] as string;
      const start = entry.kind === 2 ? code.indexOf('.') + 1 : 0;
      const end = entry.kind === 0 ? query.length : dottedEnd(code, query.length, start);
      const rank = end === code.length ? 3 : code[end] === '.' ? 2 : 1;
      const previous = best.get(entry.doc);
      if (!previous || previous.rank < rank) best.set(entry.doc, { doc: entry.doc, rank, start, end });
    }
    return [...best.values()];
  }
}
