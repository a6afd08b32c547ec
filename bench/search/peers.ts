/**
 * The peers motcua is measured against, set up the same way for every catalogue: MiniSearch and
 * Fuse.js with diacritic folding (NFD, marks stripped, đ → d, lower case), the name weighted up,
 * codes kept whole. Also the timing helpers the search benches share.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';

export const peerFold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** Splits on spaces and punctuation but keeps codes (1.001193.000.00.00.H29) whole. */
export const peerTokenize = (text: string): string[] =>
  text.split(/[\s,;:()"'/–-]+/).map((t) => t.replace(/^\.+|\.+$/g, '')).filter(Boolean);

/** What a peer indexes of a procedure: searchable texts by field. */
export interface PeerDoc {
  code: string;
  name: string;
  keywords: string;
  field: string;
  agencies: string;
}

export function buildMiniSearch(docs: readonly PeerDoc[], boost?: (i: number) => number): MiniSearch<PeerDoc & { id: number }> {
  const mini = new MiniSearch<PeerDoc & { id: number }>({
    fields: ['name', 'keywords', 'field', 'agencies', 'code'],
    storeFields: ['code'],
    tokenize: peerTokenize,
    processTerm: (term) => peerFold(term),
    searchOptions: {
      prefix: true,
      fuzzy: 0.2,
      boost: { name: 3, keywords: 2, code: 3 },
      ...(boost ? { boostDocument: (id: unknown) => boost(id as number) } : {}),
    },
  });
  mini.addAll(docs.map((d, id) => ({ ...d, id })));
  return mini;
}

export function buildFuse(docs: readonly PeerDoc[], threshold: number): Fuse<PeerDoc> {
  const folded = docs.map((d) => ({
    code: d.code,
    name: peerFold(d.name),
    keywords: peerFold(d.keywords),
    field: peerFold(d.field),
    agencies: peerFold(d.agencies),
  }));
  return new Fuse(folded, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'code', weight: 2 },
      { name: 'keywords', weight: 1 },
      { name: 'field', weight: 0.5 },
      { name: 'agencies', weight: 0.3 },
    ],
    threshold,
    ignoreLocation: true,
    includeScore: true,
  });
}

export function median(sorted: readonly number[]): number {
  return sorted[Math.floor(sorted.length / 2)] as number;
}
export function p95(sorted: readonly number[]): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] as number;
}
export function timeMs(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
export interface Engine {
  name: string;
  search: (q: string) => string[];
  /** Timing rounds over the query set (slow engines get fewer). */
  rounds: number;
}

/**
 * Query times of several engines over the same queries: a warm-up, then rounds with the engines
 * interleaved query by query in rotating order, so machine load falls on all of them alike.
 */
export function timeQueries(engines: readonly Engine[], queries: readonly string[], rounds: number): number[][] {
  return timeQueriesBest(engines, queries, rounds).all;
}

/**
 * As timeQueries (`all`, sorted), and `best`: each query's fastest round, sorted. On a machine
 * other jobs share, a round the scheduler pre-empted is slow for reasons not the engine's; the
 * fastest of several rounds is the query's own cost, and their p95 the slow queries' cost.
 */
export function timeQueriesBest(engines: readonly Engine[], queries: readonly string[], rounds: number): { all: number[][]; best: number[][] } {
  for (const e of engines) for (const q of queries.slice(0, 40)) e.search(q);
  const all = engines.map(() => [] as number[]);
  const best = engines.map(() => queries.map(() => Infinity));
  for (let round = 0; round < rounds; round++) {
    queries.forEach((q, qi) => {
      for (let k = 0; k < engines.length; k++) {
        const e = (round + qi + k) % engines.length;
        const engine = engines[e] as Engine;
        if (round >= engine.rounds) continue;
        const ms = timeMs(() => engine.search(q));
        all[e]!.push(ms);
        best[e]![qi] = Math.min(best[e]![qi] as number, ms);
      }
    });
  }
  const sorted = (s: number[][]) => s.map((x) => [...x].sort((a, b) => a - b));
  return { all: sorted(all), best: sorted(best) };
}

/** Median of `times` builds after one warm-up build. */
export function buildMs(build: () => unknown, times: number): number {
  return median(buildTimes(build, times));
}

/** The times of `times` builds after one warm-up build, sorted (the first is the fastest). */
export function buildTimes(build: () => unknown, times: number): number[] {
  build();
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push(timeMs(build));
  return out.sort((a, b) => a - b);
}
