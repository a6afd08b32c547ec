/**
 * SDK round-trips against the real reference server on loopback, and what response validation
 * costs on its own. Run through `npm run bench` (bench/run.ts calls the default export).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/app.js';
import { DEMO_LOOKUPS } from '../../server/data/index.js';
import { Dossier, ProcedurePage, createClient } from '../../src/index.js';

const ROUND_TRIPS = 300;
const WARM_UP = 30;
/** Validation loops stop at whichever comes first. */
const PARSE_MAX_ITERATIONS = 20_000;
const PARSE_MAX_NS = 1_000_000_000n;

function percentile(sortedMs: number[], p: number): number {
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)]!;
}

async function timeCalls(call: () => Promise<unknown>): Promise<{ median: number; p95: number; n: number }> {
  for (let i = 0; i < WARM_UP; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < ROUND_TRIPS; i++) {
    const start = process.hrtime.bigint();
    await call();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95), n: samples.length };
}

function timeParse(parse: () => unknown): { opsPerSec: number; usPerOp: number; n: number } {
  for (let i = 0; i < 200; i++) parse();
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (n < PARSE_MAX_ITERATIONS && elapsed < PARSE_MAX_NS) {
    parse();
    n++;
    if ((n & 63) === 0) elapsed = process.hrtime.bigint() - start;
  }
  elapsed = process.hrtime.bigint() - start;
  const seconds = Number(elapsed) / 1e9;
  return { opsPerSec: n / seconds, usPerOp: (seconds * 1e6) / n, n };
}

const fmt = (value: number, digits = 2) => value.toFixed(digits);

export default async function roundtrip(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'motcua-bench-'));
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, log: () => {} });
  try {
    const baseUrl = `${server.url}/api/v1`;
    const api = createClient({ baseUrl, retry: 0 });
    const demo = DEMO_LOOKUPS[0]!;
    const lookup = { code: demo.code, lookupKey: demo.lookupKey };
    const rawGet = async (path: string) => JSON.parse(await (await fetch(`${baseUrl}/${path}`)).text()) as unknown;

    const trips: Array<[string, () => Promise<unknown>]> = [
      ['raw fetch GET /procedures?q=khai+sinh', () => rawGet('procedures?q=khai+sinh')],
      ['procedures.search({ q: "khai sinh" })', () => api.procedures.search({ q: 'khai sinh' })],
      ['procedures.search({ pageSize: 100 })', () => api.procedures.search({ pageSize: 100 })],
      ['dossiers.lookup(demo)', () => api.dossiers.lookup(lookup)],
    ];
    const tripRows: string[][] = [];
    for (const [name, call] of trips) {
      const r = await timeCalls(call);
      tripRows.push([name, String(r.n), fmt(r.median), fmt(r.p95)]);
    }

    const page20 = await rawGet('procedures?pageSize=20');
    const page100 = await rawGet('procedures?pageSize=100');
    const dossier = JSON.parse(
      await (
        await fetch(`${baseUrl}/dossiers/lookup`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(lookup),
        })
      ).text(),
    ) as unknown;
    const parses: Array<[string, () => unknown]> = [
      ['ProcedurePage, 20 items', () => ProcedurePage.parse(page20)],
      ['ProcedurePage, 100 items', () => ProcedurePage.parse(page100)],
      ['Dossier', () => Dossier.parse(dossier)],
      ['JSON.stringify+parse of that page (scale)', () => JSON.parse(JSON.stringify(page100))],
    ];
    const parseRows: string[][] = [];
    for (const [name, parse] of parses) {
      const r = timeParse(parse);
      parseRows.push([name, String(r.n), fmt(r.opsPerSec, 0), fmt(r.usPerOp, 1)]);
    }

    printTable(`SDK round-trips on loopback (${ROUND_TRIPS} each after ${WARM_UP} warm-up, sequential)`, ['call', 'n', 'median ms', 'p95 ms'], tripRows);
    printTable('Response validation with zod/mini (parse only, body already JSON)', ['schema', 'n', 'ops/s', 'µs/op'], parseRows);
  } finally {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function printTable(title: string, head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

// Allow `tsx bench/sdk/roundtrip.bench.ts` on its own.
if (import.meta.url === `file://${process.argv[1]}`) await roundtrip();
