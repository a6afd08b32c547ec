/**
 * The index's vocabulary as the query side sees it: which syllables a typed one stands for
 * (itself, longer ones while typing, one-edit typos) and glued syllables split ("dangky").
 */
import type { QueryToken } from './query.js';
import { EXACT, type Expansion } from './scorer.js';
import { bucketByLength, typoNeighbours, type LengthBuckets } from './typo.js';

const TYPO = 0.6;

export class Vocabulary {
  readonly ids = new Map<string, number>();
  private sorted?: string[];
  private buckets?: LengthBuckets;
  private readonly cache = new Map<string, Expansion[]>();

  constructor(readonly terms: readonly string[]) {
    terms.forEach((t, i) => this.ids.set(t, i));
  }

  knows = (term: string): boolean => this.ids.has(term);

  private prefixRange(prefix: string): [number, number] {
    const sorted = (this.sorted ??= [...this.terms].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < sorted.length && (sorted[end] as string).startsWith(prefix)) end++;
    return [lo, end];
  }

  private hasPrefix(prefix: string): boolean {
    const [from, to] = this.prefixRange(prefix);
    return to > from;
  }

  private typos(term: string): number[] {
    this.buckets ??= bucketByLength(this.terms);
    return typoNeighbours(term, this.terms, this.buckets);
  }

  /** Known syllables the typed one stands for: itself, longer ones while typing, one-edit typos. */
  expand(token: QueryToken): Expansion[] {
    const key = token.term + (token.prefix ? '*' : '');
    const cached = this.cache.get(key);
    if (cached) return cached;
    const out: Expansion[] = [];
    const exact = this.ids.get(token.term);
    if (exact !== undefined) out.push({ term: exact, quality: EXACT });
    if (token.prefix) {
      const [from, to] = this.prefixRange(token.term);
      const sorted = this.sorted as string[];
      for (let i = from; i < to; i++) {
        const term = sorted[i] as string;
        if (term === token.term) continue;
        // The closer the typed part is to the whole syllable, the surer the match.
        const quality = 0.5 + 0.4 * (token.term.length / term.length);
        out.push({ term: this.ids.get(term) as number, quality, prefix: token.term.length });
      }
    }
    // Typos only for syllables the catalogue does not know: a known syllable one letter from
    // another ("dung", "dang") is what the user meant far more often than not.
    if (exact === undefined && token.term.length >= 4 && !/\d/.test(token.term)) {
      for (const id of this.typos(token.term)) if (!out.some((e) => e.term === id)) out.push({ term: id, quality: TYPO });
    }
    if (this.cache.size > 2000) this.cache.clear();
    this.cache.set(key, out);
    return out;
  }

  /** Splits "dangky" or "khaisinh" into known syllables (fewest pieces), if it is not a syllable. */
  split = (term: string, typing: boolean): string[] | undefined => {
    if (term.length < 5 || this.ids.has(term) || /\d/.test(term)) return undefined;
    if (typing && this.hasPrefix(term)) return undefined;
    // A syllable one typo away is a likelier reading than two glued syllables ("hong" → "hông").
    if (this.typos(term).length) return undefined;
    const n = term.length;
    const pieces: (number | undefined)[] = new Array(n + 1).fill(undefined);
    const from: number[] = new Array(n + 1).fill(-1);
    pieces[0] = 0;
    for (let end = 1; end <= n; end++) {
      for (let start = Math.max(0, end - 7); start < end; start++) {
        const before = pieces[start];
        if (before === undefined || before >= 4) continue;
        const piece = term.slice(start, end);
        const known = this.ids.has(piece) || (typing && end === n && this.hasPrefix(piece));
        // Single letters are real syllables ("y", "a") but would split anything; not here.
        if (!known || piece.length < 2) continue;
        if (pieces[end] === undefined || before + 1 < (pieces[end] as number)) {
          pieces[end] = before + 1;
          from[end] = start;
        }
      }
    }
    if (pieces[n] === undefined || (pieces[n] as number) < 2) return undefined;
    const out: string[] = [];
    for (let end = n; end > 0; end = from[end] as number) out.unshift(term.slice(from[end] as number, end));
    return out;
  };
}
