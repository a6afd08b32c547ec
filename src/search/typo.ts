/**
 * One-edit matching for typo tolerance: insertion, deletion, substitution or a swap of two
 * neighbouring letters (Damerau). Vietnamese syllables are short, so a scan of the vocabulary
 * bucketed by length is cheaper than any automaton and needs no memory beyond the buckets.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (i === la) return true;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Terms grouped by length, for {@link typoNeighbours}. */
export type LengthBuckets = Map<number, number[]>;

export function bucketByLength(terms: readonly string[]): LengthBuckets {
  const buckets: LengthBuckets = new Map();
  terms.forEach((term, id) => {
    let bucket = buckets.get(term.length);
    if (!bucket) buckets.set(term.length, (bucket = []));
    bucket.push(id);
  });
  return buckets;
}

/** Ids of the terms one edit away from `term` (the term itself excluded). */
export function typoNeighbours(term: string, terms: readonly string[], buckets: LengthBuckets): number[] {
  const out: number[] = [];
  for (let len = term.length - 1; len <= term.length + 1; len++) {
    const bucket = buckets.get(len);
    if (!bucket) continue;
    for (const id of bucket) {
      const candidate = terms[id] as string;
      if (candidate !== term && withinOneEdit(term, candidate)) out.push(id);
    }
  }
  return out;
}
