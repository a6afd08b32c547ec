// Exactly once on PostgreSQL: two server instances, each with its own connection pool to one
// database named by DATABASE_URL, behind a misbehaving proxy, one restarted half-way. Skipped
// (with the reason) when DATABASE_URL is unset; CI sets it. See exactly-once.ts.
import { after, it } from 'node:test';
import type { Database } from '../../server/db/database.js';
import { openDatabase } from '../../server/db/open.js';
import { postgresDatabase, POSTGRES_SKIP } from './db.js';
import { chaosData, exactlyOnce } from './exactly-once.js';
import { fixtureServer } from './helpers.js';

let observer: Database | undefined;
after(() => observer?.close());

it('stores every survey response exactly once (PostgreSQL, two instances)', { skip: POSTGRES_SKIP }, async () => {
  const databaseUrl = await postgresDatabase();
  observer = await openDatabase({ databaseUrl, log: () => {} });
  await exactlyOnce({
    database: observer,
    start: (port) => fixtureServer({ port, databaseUrl, data: chaosData(), rateLimits: { surveys: { limit: 10_000, windowMs: 60_000 } } }),
  });
});
