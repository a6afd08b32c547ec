/** Relevance measures over the labelled set, shared by the test and the benchmark. */
import type { LabelledQuery } from './queries.js';

export interface Relevance {
  mrr: number;
  hit1: number;
  /** Queries whose answer was not ranked first, with the rank found (0: not in the top 10). */
  misses: { q: string; rank: number; top: string[] }[];
}

/** A hit answers a query when its code is expected, or is a local variant of an expected code. */
export function answers(code: string, expect: readonly string[]): boolean {
  return expect.some((e) => code === e || code.startsWith(e + '.'));
}

/** MRR@10 and hit@1 of a search function that returns ranked codes. */
export function measure(queries: readonly Pick<LabelledQuery, 'q' | 'expect'>[], search: (q: string) => string[]): Relevance {
  let rr = 0;
  let first = 0;
  const misses: Relevance['misses'] = [];
  for (const { q, expect } of queries) {
    const top = search(q).slice(0, 10);
    const index = top.findIndex((code) => answers(code, expect));
    if (index >= 0) rr += 1 / (index + 1);
    if (index === 0) first++;
    else misses.push({ q, rank: index + 1, top: top.slice(0, 3) });
  }
  return { mrr: rr / queries.length, hit1: first / queries.length, misses };
}
