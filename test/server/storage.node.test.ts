// The storage layer on both databases it supports, with the same SQL: migrations, rate-limit
// counters, the gateway's ledger.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../../server/db/database.js';
import { migrate } from '../../server/db/migrations.js';
import { openDatabase } from '../../server/db/open.js';
import { createRateLimiter } from '../../server/rate-limit.js';
import { ledger } from '../../server/store/ledger.js';
import { emptyTables, postgresDatabase, POSTGRES_SKIP, sharedDatabase } from './db.js';

const variants: Array<{ name: string; skip: string | false; open(): Promise<Database> }> = [
  { name: 'embedded (PGlite)', skip: false, open: () => sharedDatabase() },
  {
    name: 'PostgreSQL (DATABASE_URL)',
    skip: POSTGRES_SKIP,
    open: async () => openDatabase({ databaseUrl: await postgresDatabase(), log: () => {} }),
  },
];

for (const variant of variants) {
  describe(`storage on ${variant.name}`, { skip: variant.skip }, () => {
    let db: Database;
    before(async () => {
      db = await variant.open();
      await emptyTables(db);
    });
    after(async () => {
      if (db?.kind === 'postgres') await db.close();
    });

    it('migrations are recorded and applied once', async () => {
      assert.deepEqual(await migrate(db), []);
      const rows = await db.query<{ version: number }>('select version from schema_migrations order by version');
      assert.deepEqual(rows.map((r) => Number(r.version)), [1, 2]);
    });

    it('rate limits: per client, 429 past the limit with Retry-After in whole seconds, refunds, fresh windows', async () => {
      let now = 16_666_667 * 60_000 + 20_000; // 20 s into a one-minute window
      const limiter = createRateLimiter(db, 'test-bucket', { limit: 2, windowMs: 60_000 }, () => now);
      const first = await limiter.take('a');
      await limiter.take('a');
      await assert.rejects(limiter.take('a'), (e: { status: number; headers: Record<string, string> }) => e.status === 429 && e.headers['Retry-After'] === '40');
      await limiter.take('b'); // another client is not affected
      await limiter.refund(first);
      await limiter.refund(first); // the over-limit try counted too; two refunds make room for one
      await limiter.take('a');
      now += 60_000;
      await limiter.take('a'); // a new window
      await limiter.take('a');
    });

    it('rate-limit counters expire in batches through their index, never all at once', async () => {
      await db.query('delete from rate_limit_counters');
      const windowMs = 60_000;
      const start = 2_000_000_000_000;
      // 1,200 clients counted in an old window, 5 in the current one.
      await db.query(
        `insert into rate_limit_counters (bucket, client, window_start, hits, expires_at)
         select 'sweep', 'c' || g, $1::bigint, 1, $2 from generate_series(1, 1200) g`,
        [start, new Date(start + windowMs)],
      );
      let now = start + 10 * windowMs;
      const limiter = createRateLimiter(db, 'sweep', { limit: 5, windowMs }, () => now);
      for (let i = 0; i < 5; i++) await limiter.take(`fresh-${i}`);
      // The sweep runs beside the request; give it a moment, then look.
      const count = async () => Number((await db.query<{ n: number }>('select count(*)::int as n from rate_limit_counters'))[0]!.n);
      let left = await count();
      for (let i = 0; i < 50 && left > 5 + 1200 - 500; i++) left = (await new Promise((r) => setTimeout(r, 20)), await count());
      assert.equal(left, 5 + 1200 - 500, 'one batch of 500 expired rows went, the live ones stayed');
      now += 11_000; // the next sweep is due
      await limiter.take('fresh-0');
      for (let i = 0; i < 50 && left > 5 + 200; i++) left = (await new Promise((r) => setTimeout(r, 20)), await count());
      assert.equal(left, 5 + 200);
    });

    it('ledger: one claim wins, others see it pending, a stale one is taken over, done is final', async () => {
      let now = 5_000_000;
      const book = ledger(db, () => now);
      const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => book.claim('answer-1', { owner: `worker-${i}` })));
      assert.equal(claims.filter((c) => c.state === 'claimed').length, 1, JSON.stringify(claims));
      assert.equal(claims.filter((c) => c.state === 'pending').length, 7);
      now += 61_000; // the winner went quiet
      assert.deepEqual(await book.claim('answer-1', { owner: 'worker-9' }), { state: 'claimed', attempts: 2 });
      await book.done('answer-1', { opencpsId: 'HS-42' });
      await book.done('answer-1', { opencpsId: 'overwritten?' });
      const final = await book.claim('answer-1');
      assert.equal(final.state, 'done');
      assert.deepEqual(final.state === 'done' && final.result, { opencpsId: 'HS-42' });
      // A failed forward gives its claim back at once.
      assert.equal((await book.claim('answer-2')).state, 'claimed');
      assert.equal((await book.claim('answer-2')).state, 'pending');
      await book.release('answer-2');
      assert.deepEqual(await book.claim('answer-2'), { state: 'claimed', attempts: 1 });
    });
  });
}

describe('PostgreSQL: two instances starting together', { skip: POSTGRES_SKIP }, () => {
  it('migrate once under the advisory lock', async () => {
    const url = await postgresDatabase();
    const [a, b] = await Promise.all([openDatabase({ databaseUrl: url, log: () => {} }), openDatabase({ databaseUrl: url, log: () => {} })]);
    try {
      const rows = await a.query<{ version: number }>('select version from schema_migrations');
      assert.deepEqual(rows.map((r) => Number(r.version)), [1, 2]);
      assert.equal((await b.query('select 1 as one')).length, 1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
