/**
 * Match ranges for highlighting: which parts of a hit's texts the query's syllables matched, on
 * the original (accented) text.
 */
import type { CodeHit } from './codes.js';
import type { Vocabulary } from './expand.js';
import { foldedPrefixEnd, tokenize } from './fold.js';
import type { QueryVariant } from './query.js';
import type { MatchKey, SearchableProcedure, SearchMatch } from './types.js';

/** How a syllable may be highlighted: up to `length` folded characters; `literal` when the user typed it. */
interface Accepted {
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

export function matchesOf(p: SearchableProcedure, doc: number, accepted: Map<string, Accepted> | undefined, codeHits: readonly CodeHit[]): SearchMatch[] {
  const out: SearchMatch[] = [];
  const codeHit = codeHits.find((h) => h.doc === doc);
  if (codeHit) out.push({ key: 'code', ranges: [[codeHit.start, codeHit.end]] });
  if (!accepted) return out;
  const add = (key: MatchKey, text: string, index?: number): void => {
    const ranges = rangesIn(text, accepted);
    if (ranges.length) out.push(index === undefined ? { key, ranges } : { key, index, ranges });
  };
  add('name', p.name);
  p.keywords?.forEach((k, i) => add('keywords', k, i));
  if (p.field !== undefined) add('field', typeof p.field === 'string' ? p.field : p.field.name);
  p.agencies?.forEach((a, i) => add('agencies', a.name, i));
  return out;
}

/**
 * Ranges of accepted syllables in `text`, neighbours joined across spaces. A syllable that only a
 * synonym brought in (sổ đỏ → giấy chứng nhận quyền sử dụng đất) is marked only inside a run of
 * accepted syllables, so "nhận" of the expansion does not light up the "nhân" of "cá nhân".
 */
function rangesIn(text: string, accepted: Map<string, Accepted>): [number, number][] {
  const { terms, starts, ends } = tokenize(text);
  const ranges: [number, number][] = [];
  const joined = (a: number, b: number) => /^\s+$/.test(text.slice(ends[a] as number, starts[b] as number));
  const inRun = (i: number) =>
    (i > 0 && accepted.has(terms[i - 1] as string) && joined(i - 1, i)) ||
    (i + 1 < terms.length && accepted.has(terms[i + 1] as string) && joined(i, i + 1));
  terms.forEach((term, i) => {
    const hit = accepted.get(term);
    if (hit === undefined || (!hit.literal && !inRun(i))) return;
    const length = hit.length;
    const start = starts[i] as number;
    const end = length === Infinity ? (ends[i] as number) : foldedPrefixEnd(text, start, ends[i] as number, length);
    const last = ranges[ranges.length - 1];
    if (last && last[1] === (ends[i - 1] as number) && joined(i - 1, i) && end === ends[i]) {
      last[1] = end;
    } else ranges.push([start, end]);
  });
  return ranges;
}
