/**
 * GET /stats over 100,000 stored survey responses (inserted by SQL, not over HTTP), and what other
 * requests wait while /stats is called back to back. The target: /stats under 50 ms, and other
 * requests no slower than without it. Embedded database on disk (as `npm start` keeps it), and
 * PostgreSQL too when DATABASE_URL is set (in a throw-away database it creates and drops).
 * Also: plainText on the hostile input that once took 13 s.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startServer } from '../../server/app.js';
import type { Database } from '../../server/db/database.js';
import { openDatabase } from '../../server/db/open.js';
import { plainText } from '../../src/elements/procedure-detail/plain-text.js';

const RESPONSES = 100_000;
const STATS_CALLS = 40;
const OTHER_CALLS = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function timed(call: () => Promise<unknown>, n: number): Promise<{ median: number; p95: number; max: number }> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95), max: samples.at(-1)! };
}

const show = (t: { median: number; p95: number; max: number }) =>
  `median ${t.median.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms, max ${t.max.toFixed(1)} ms`;

/** 100k responses over the last 3 years, 12 agencies, with their keys and the daily counts, all in SQL. */
async function seed(db: Database): Promise<void> {
  await db.query(
    `insert into survey_responses (id, dossier_code, agency, overall, channel, created_at, local_day, response)
     select 'sv-bench-' || g, null, 'Cơ quan ' || (g % 12),
            (array['very-satisfied', 'satisfied', 'dissatisfied'])[1 + g % 3], 'web',
            now() - (g % 1095) * interval '1 day', (now() - (g % 1095) * interval '1 day')::date,
            '{"formId":"sipas-2025","formVersion":1,"answers":{},"channel":"web"}'::jsonb
     from generate_series(1, $1::int) g`,
    [RESPONSES],
  );
  await db.query(
    `insert into idempotency_keys (scope, key, body_hash, result_id, created_at)
     select 'survey', 'bench-key-' || g, 'x', 'sv-bench-' || g, now() from generate_series(1, $1::int) g`,
    [RESPONSES],
  );
  await db.query(
    `insert into satisfaction_daily (local_day, agency, overall, responses)
     select local_day, agency, overall, count(*) from survey_responses where overall is not null group by 1, 2, 3`,
  );
  await db.query('analyze');
}

async function measure(label: string, db: Database): Promise<void> {
  const started = performance.now();
  await seed(db);
  console.log(`${label}: ${RESPONSES} responses inserted by SQL in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // No per-client limit on new questions here (60 a minute by default), so the figures show what
  // the database work itself costs other requests.
  const server = await startServer({ port: 0, host: '127.0.0.1', database: db, log: () => {}, rateLimits: { stats: { limit: 1e9, windowMs: 60_000 } } });
  try {
    const base = `${server.url}/api/v1`;
    const get = async (path: string) => {
      const res = await fetch(`${base}${path}`);
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      await res.arrayBuffer();
    };
    const year = new Date().getUTCFullYear();
    // Each call a different question (its last day moves back a day), so the server's short-lived
    // cache of answers never helps: the cost of the SQL aggregate itself.
    let asked = 0;
    const fresh = () => {
      const to = new Date(Date.UTC(year, 11, 31) - (asked++ % 3000) * 86_400_000).toISOString().slice(0, 10);
      return `/stats?from=${year - 4}-01-01&to=${to}&groupBy=month`;
    };
    const threeYears = `/stats?from=${year - 3}-01-01&to=${year}-12-31&groupBy=month`;
    for (let i = 0; i < 5; i++) await get(fresh());
    console.log(`  /stats (~4 years by month, ${RESPONSES} stored, uncached): ${show(await timed(() => get(fresh()), STATS_CALLS))}`);
    console.log(`  /stats (the same question again, cached): ${show(await timed(() => get(threeYears), STATS_CALLS))}`);
    const other = () => get('/procedures?q=khai%20sinh&pageSize=5');
    console.log(`  /procedures alone: ${show(await timed(other, OTHER_CALLS))}`);
    // Clients calling /stats back to back while one citizen searches: four asking one question (the
    // cache answers), then one and four asking a new question every time (each reaches the database).
    const loads = [[4, 'one question', () => threeYears], [1, 'new questions', fresh], [4, 'new questions', fresh]] as const;
    for (const [clients, label, path] of loads) {
      let running = true;
      const hammer = async () => {
        while (running) await get(path());
      };
      const hammers = Array.from({ length: clients }, hammer);
      const during = await timed(other, OTHER_CALLS);
      running = false;
      await Promise.all(hammers);
      console.log(`  /procedures while ${clients} client(s) call /stats back to back (${label}): ${show(during)}`);
    }
  } finally {
    await server.close();
  }
}

export default async function statsBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'motcua-bench-stats-'));
  const embedded = await openDatabase({ dataDir: dir, log: () => {} });
  try {
    await measure('embedded (PGlite on disk)', embedded);
  } finally {
    await embedded.close();
    await rm(dir, { recursive: true, force: true });
  }

  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `motcua_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: target.href, log: () => {} });
    try {
      await measure('PostgreSQL (DATABASE_URL)', db);
    } finally {
      await db.close();
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    }
  } else {
    console.log('PostgreSQL: skipped (DATABASE_URL is not set)');
  }

  const hostile = '<p'.repeat(40_000);
  const t = await timed(async () => plainText(hostile), 20);
  console.log(`plainText('<p'.repeat(40000)): ${show(t)}`);
}
