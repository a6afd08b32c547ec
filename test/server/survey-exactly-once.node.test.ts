// Exactly once on the embedded database: two server instances in this process share one PGlite
// (one process per data folder is all PGlite allows), behind a misbehaving proxy, one restarted
// half-way. See exactly-once.ts.
import { it } from 'node:test';
import { sharedDatabase } from './db.js';
import { chaosData, exactlyOnce } from './exactly-once.js';
import { fixtureServer } from './helpers.js';

it('stores every survey response exactly once (embedded database, two instances)', async () => {
  const database = await sharedDatabase();
  let first = true;
  await exactlyOnce({
    database,
    start: (port) => {
      // The first instance starts on empty tables; the others (and the restart) keep what is there.
      const keepData = !first;
      first = false;
      return fixtureServer({ port, database, keepData, data: chaosData(), rateLimits: { surveys: { limit: 10_000, windowMs: 60_000 } } });
    },
  });
});
