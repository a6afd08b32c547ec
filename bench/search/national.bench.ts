/**
 * Search on the real national catalogue (2,642 procedures, test/fixtures/national/catalogue.json):
 * motcua against MiniSearch and Fuse.js on the labelled queries of test/search/national-queries.ts,
 * overall, on the tuning and held-out parts, and per kind of query; build and query times.
 *
 * The peers are set up as in relevance.bench.ts (./peers.ts). Fuse's threshold is the best MRR of a
 * sweep on the tuning queries. Set MOTCUA_BENCH_HELD_OUT=1 to also list the held-out misses, and
 * MOTCUA_BENCH_FUSE=0 to leave Fuse.js out (0.1–0.4 s a query here: many minutes a run on a busy
 * machine) when re-measuring the speed budget.
 *
 * The speed budget (issue 15): query p95 ≤ 2 ms and build ≤ 60 ms on the bench machine, a phone
 * being ~5× slower (one 16 ms frame). The verdict states it twice, with the machine's load
 * average: over every timed run, which on a machine shared by several jobs counts the moments
 * the scheduler gave the core to another job, and over each query's fastest of ROUNDS runs and
 * the fastest of BUILDS builds (what the work itself costs on this machine). MiniSearch, timed
 * interleaved with motcua, shows the load's share.
 */
import { cpus, loadavg } from 'node:os';
import { createProcedureIndex, loadProcedureIndex } from '../../src/search/index.js';
import { nationalCatalogue, type NationalProcedure } from '../../test/search/national.js';
import { heldOut, nationalQueries, tuning, type NationalQuery } from '../../test/search/national-queries.js';
import { measure } from '../../test/search/relevance.js';
import { buildFuse, buildMiniSearch, buildMs, buildTimes, median, p95, peerFold, timeQueriesBest, type Engine, type PeerDoc } from './peers.js';

const ROUNDS = 5;
const BUILDS = 7;
const LIMIT = 10;
const QUERY_P95_BUDGET_MS = 2;
const BUILD_BUDGET_MS = 60;
const withFuse = process.env.MOTCUA_BENCH_FUSE !== '0';

const peerDocs = (docs: readonly NationalProcedure[]): PeerDoc[] =>
  docs.map((d) => ({ code: d.code, name: d.name, keywords: '', field: d.field, agencies: d.agencies.map((a) => a.name).join(' ; ') }));

function byKind(search: (q: string) => string[]): Record<string, string> {
  const kinds = [...new Set(nationalQueries.map((q) => q.kind))];
  const out: Record<string, string> = {};
  for (const kind of kinds) {
    const set = nationalQueries.filter((q) => q.kind === kind);
    const { mrr, hit1 } = measure(set, search);
    out[`${kind} (${set.length})`] = `${mrr.toFixed(2)} / ${hit1.toFixed(2)}`;
  }
  return out;
}

/** Fuse.js with the threshold of the best MRR on the tuning queries. */
function tunedFuse(peers: readonly PeerDoc[]): Engine {
  let fuseThreshold = 0.3;
  let fuseBest = -1;
  for (const threshold of [0.2, 0.3, 0.4, 0.5]) {
    const fuse = buildFuse(peers, threshold);
    const { mrr } = measure(tuning, (q) => fuse.search(peerFold(q), { limit: LIMIT }).map((r) => r.item.code));
    console.log(`Fuse.js threshold ${threshold}: MRR@10 ${mrr.toFixed(3)} on the tuning queries`);
    if (mrr > fuseBest) [fuseBest, fuseThreshold] = [mrr, threshold];
  }
  const fuse = buildFuse(peers, fuseThreshold);
  return { name: `Fuse.js (${fuseThreshold})`, search: (q) => fuse.search(peerFold(q), { limit: LIMIT }).map((r) => r.item.code), rounds: 1 };
}

/** The speed budget's verdict, motcua beside MiniSearch, with the load it was measured under. */
function verdict(all: readonly number[][], best: readonly number[][], builds: { motcua: number; motcuaBest: number; load: number; MiniSearch: number }): void {
  const holds = (ok: boolean) => (ok ? 'HOLDS' : 'FAILS');
  const line = (label: string, p: number, build: number) =>
    `  ${label}: query p95 ${p.toFixed(3)} ms (≤ ${QUERY_P95_BUDGET_MS}: ${holds(p <= QUERY_P95_BUDGET_MS)}); ` +
    `build ${build.toFixed(1)} ms (≤ ${BUILD_BUDGET_MS}: ${holds(build <= BUILD_BUDGET_MS)})`;
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`speed budget on ${cpus().length} cores, load average ${load} (1, 5, 15 min):`);
  console.log(line(`every run (${(all[0] as number[]).length}), median build`, p95(all[0] as number[]), builds.motcua));
  console.log(
    `${line(`each query's fastest of ${ROUNDS}, fastest build`, p95(best[0] as number[]), builds.motcuaBest)}; ` +
      `query median ${median(best[0] as number[]).toFixed(3)} ms`,
  );
  console.log(`  prebuilt index loads in ${builds.load.toFixed(1)} ms (median)`);
  const ours = p95(all[0] as number[]);
  const theirs = p95(all[1] as number[]);
  console.log(
    `  beside MiniSearch, every run: query p95 ${theirs.toFixed(3)} ms, build ${builds.MiniSearch.toFixed(1)} ms ` +
      `(motcua/MiniSearch: p95 ${(ours / theirs).toFixed(2)}, build ${(builds.motcua / builds.MiniSearch).toFixed(2)}); ` +
      `MiniSearch, each query's fastest: p95 ${p95(best[1] as number[]).toFixed(3)} ms`,
  );
}

export default async function national(): Promise<void> {
  const docs = nationalCatalogue();
  const peers = peerDocs(docs);
  console.log(
    `${docs.length} procedures; ${nationalQueries.length} labelled queries (${tuning.length} tuning, ${heldOut.length} held out); limit ${LIMIT}`,
  );

  const motcua = createProcedureIndex(docs);
  const serialized = motcua.serialize();
  const motcuaBuilds = buildTimes(() => createProcedureIndex(docs), BUILDS);
  const builds = {
    motcua: median(motcuaBuilds),
    motcuaBest: motcuaBuilds[0] as number,
    load: buildMs(() => loadProcedureIndex(docs, serialized), BUILDS),
    MiniSearch: buildMs(() => buildMiniSearch(peers), BUILDS),
    'Fuse.js': withFuse ? buildMs(() => buildFuse(peers, 0.3), BUILDS) : NaN,
  };
  console.log(`prebuilt index: ${(JSON.stringify(serialized).length / 1024).toFixed(0)} kB as JSON`);
  const mini = buildMiniSearch(peers);

  const engines: Engine[] = [
    { name: 'motcua', search: (q) => motcua.search(q, { limit: LIMIT }).hits.map((h) => h.code), rounds: ROUNDS },
    { name: 'MiniSearch', search: (q) => mini.search(q).slice(0, LIMIT).map((r) => r['code'] as string), rounds: ROUNDS },
  ];
  if (withFuse) engines.push(tunedFuse(peers));
  const buildOf = [builds.motcua, builds.MiniSearch, builds['Fuse.js']];
  const { all: samples, best } = timeQueriesBest(engines, nationalQueries.map((q) => q.q), ROUNDS);

  const figures = (set: readonly NationalQuery[], e: Engine) => measure(set, e.search);
  console.table(
    engines.map((e, i) => {
      const all = figures(nationalQueries, e);
      const tuned = figures(tuning, e);
      const held = figures(heldOut, e);
      const sorted = samples[i] as number[];
      return {
        engine: e.name,
        'MRR@10': all.mrr.toFixed(3),
        'hit@1': all.hit1.toFixed(3),
        'tuning MRR / hit@1': `${tuned.mrr.toFixed(3)} / ${tuned.hit1.toFixed(3)}`,
        'held out MRR / hit@1': `${held.mrr.toFixed(3)} / ${held.hit1.toFixed(3)}`,
        'build ms': (buildOf[i] as number).toFixed(1),
        'query median ms': median(sorted).toFixed(3),
        'query p95 ms': p95(sorted).toFixed(3),
        samples: sorted.length,
      };
    }),
  );
  console.log('Per kind, MRR@10 / hit@1:');
  console.table(Object.fromEntries(engines.map((e) => [e.name, byKind(e.search)])));
  verdict(samples, best, builds);

  const show = (label: string, set: readonly NationalQuery[]) => {
    const { misses } = measure(set, engines[0]!.search);
    console.log(`motcua misses at rank 1, ${label} (${misses.length}):`);
    for (const m of misses) console.log(`  ${m.rank || '>10'}  ${m.q}  → ${m.top.join(', ')}`);
  };
  show('tuning', tuning);
  if (process.env.MOTCUA_BENCH_HELD_OUT === '1') show('held out', heldOut);
}
