/**
 * Match ranges for highlighting: which parts of a hit's texts the query's syllables matched, on
 * the original (accented) text.
 */
import type { CodeHit } from './codes.js';
import type { Vocabulary } from './expand.js';
import { foldedPrefixEnd, syllableSpans, tokenize } from './fold.js';
import type { QueryVariant } from './query.js';
import type { MatchKey, SearchableProcedure, SearchMatch } from './types.js';

/** How a syllable may be highlighted: up to `length` folded characters; `literal` when the user typed it. */
export interface Accepted {
  length: number;
  literal: boolean;
}

/** Every syllable any reading accepts; a prefix match highlights only the typed part. */
export function acceptedTerms(vocabulary: Vocabulary, variants: readonly QueryVariant[]): Map<string, Accepted> {
  const accepted = new Map<string, Accepted>();
  for (const variant of variants) {
    for (const token of variant.tokens) {
      for (const e of vocabulary.expand(token)) {
        const term = vocabulary.terms[e.term] as string;
        const length = e.prefix ?? Infinity;
        const had = accepted.get(term);
        accepted.set(term, { length: Math.max(had?.length ?? 0, length), literal: (had?.literal ?? false) || !variant.rewritten });
      }
    }
  }
  return accepted;
}

/**
 * A name's syllables as the index read them: its term ids (nameTerms of the index data), where
 * `syllableSpans` splits the same text into the same syllables, so its ranges need no folding.
 */
export interface NameTerms {
  terms: readonly string[];
  ids: ArrayLike<number>;
  from: number;
  count: number;
}

/** Syllables of one text, in scratch arrays (`n` long). */
class Syllables {
  terms: string[] = [];
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  n = 0;
  private spans = new Int32Array(512);

  /** From the name's known terms when the text splits into as many syllables, else by folding. */
  readName(text: string, name: NameTerms): void {
    if (text.length * 2 + 2 > this.spans.length) this.spans = new Int32Array(text.length * 2 + 2);
    const n = syllableSpans(text, this.spans);
    if (n !== name.count) return this.read(text);
    this.ensure(n);
    for (let k = 0; k < n; k++) {
      this.terms[k] = name.terms[name.ids[name.from + k] as number] as string;
      this.starts[k] = this.spans[2 * k] as number;
      this.ends[k] = this.spans[2 * k + 1] as number;
    }
    this.n = n;
  }

  read(text: string): void {
    const { terms, starts, ends } = tokenize(text);
    const n = terms.length;
    this.ensure(n);
    for (let k = 0; k < n; k++) {
      this.terms[k] = terms[k] as string;
      this.starts[k] = starts[k] as number;
      this.ends[k] = ends[k] as number;
    }
    this.n = n;
  }

  private ensure(n: number): void {
    if (n <= this.starts.length) return;
    this.starts = new Int32Array(n * 2);
    this.ends = new Int32Array(n * 2);
  }
}

const scratch = new Syllables();

/** What one search highlights with: the syllables accepted, and the ranges of texts done so far. */
export interface Highlighting {
  accepted: Map<string, Accepted>;
  /** Fields and agencies recur among a page's hits: each text is read once per search. */
  done: Map<string, [number, number][]>;
}

export function matchesOf(p: SearchableProcedure, name: NameTerms, h: Highlighting | undefined, codeHit: CodeHit | undefined): SearchMatch[] {
  const out: SearchMatch[] = [];
  if (codeHit) out.push({ key: 'code', ranges: [[codeHit.start, codeHit.end]] });
  if (!h) return out;
  scratch.readName(p.name, name);
  add(out, 'name', rangesIn(p.name, scratch, h.accepted), undefined);
  if (p.keywords) for (let i = 0; i < p.keywords.length; i++) add(out, 'keywords', textRanges(p.keywords[i] as string, h), i);
  if (p.field !== undefined) add(out, 'field', textRanges(typeof p.field === 'string' ? p.field : p.field.name, h), undefined);
  if (p.agencies) for (let i = 0; i < p.agencies.length; i++) add(out, 'agencies', textRanges((p.agencies[i] as { name: string }).name, h), i);
  return out;
}

/** Ranges in a text other than the name (a copy each time: hits do not share arrays). */
function textRanges(text: string, h: Highlighting): [number, number][] {
  let ranges = h.done.get(text);
  if (ranges === undefined) {
    scratch.read(text);
    h.done.set(text, (ranges = rangesIn(text, scratch, h.accepted)));
  }
  return ranges.map((r) => [r[0], r[1]]);
}

function add(out: SearchMatch[], key: MatchKey, ranges: [number, number][], index: number | undefined): void {
  if (ranges.length) out.push(index === undefined ? { key, ranges } : { key, index, ranges });
}

/** What `\s` matches: the text between two syllables is only spaces. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Syllables a and b of `s` are separated by spaces only (at least one). */
function joined(text: string, s: Syllables, a: number, b: number): boolean {
  const from = s.ends[a] as number;
  const to = s.starts[b] as number;
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Syllable i stands beside an accepted one, across spaces only. */
function inRun(text: string, s: Syllables, accepted: Map<string, Accepted>, i: number): boolean {
  return (
    (i > 0 && accepted.has(s.terms[i - 1] as string) && joined(text, s, i - 1, i)) ||
    (i + 1 < s.n && accepted.has(s.terms[i + 1] as string) && joined(text, s, i, i + 1))
  );
}

/**
 * Ranges of accepted syllables in `text` (its syllables in `s`), neighbours joined across
 * spaces. A syllable that only a synonym brought in (sổ đỏ → giấy chứng nhận quyền sử dụng
 * đất) is marked only inside a run of accepted syllables, so "nhận" of the expansion does not
 * light up the "nhân" of "cá nhân".
 */
function rangesIn(text: string, s: Syllables, accepted: Map<string, Accepted>): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < s.n; i++) {
    const hit = accepted.get(s.terms[i] as string);
    if (hit === undefined || (!hit.literal && !inRun(text, s, accepted, i))) continue;
    const length = hit.length;
    const start = s.starts[i] as number;
    const stop = s.ends[i] as number;
    const end = length === Infinity ? stop : foldedPrefixEnd(text, start, stop, length);
    const last = ranges[ranges.length - 1];
    if (last && last[1] === (s.ends[i - 1] as number) && joined(text, s, i - 1, i) && end === stop) {
      last[1] = end;
    } else ranges.push([start, end]);
  }
  return ranges;
}
