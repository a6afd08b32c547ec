// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in <dataDir>/pglite, so
// `npm start` needs no database server. One process per folder (see lock.ts).
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';
import { lockDataDir } from './lock.js';
import { pgliteTemplate } from './template.js';

export const PGLITE_DIR = 'pglite';

type Log = (message: string) => void;

function wrap(db: PGlite, location: string, release: () => Promise<void>): Database {
  const asQueryable = (q: PGlite | Transaction): Queryable => ({
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await q.query<T>(sql, [...params])).rows,
  });
  const direct = asQueryable(db);
  let closing: Promise<void> | undefined;
  return {
    kind: 'embedded',
    location,
    query: direct.query,
    transaction: (work) => db.transaction((tx) => work(asQueryable(tx))),
    close() {
      closing ??= (async () => {
        try {
          if (!db.closed) await db.close();
        } finally {
          await release();
        }
      })();
      return closing;
    },
  };
}

/**
 * Opens (creating on first start) the database in `<dataDir>/pglite`, after taking the folder's
 * lock. Creating it takes seconds (more on the machine's very first one), so that is said on the
 * console.
 */
export async function openEmbedded(dataDir: string, log: Log): Promise<Database> {
  await mkdir(dataDir, { recursive: true });
  const release = await lockDataDir(dataDir);
  try {
    const dir = join(dataDir, PGLITE_DIR);
    const fresh = !existsSync(join(dir, 'PG_VERSION'));
    if (fresh) log(`cơ sở dữ liệu: tạo PostgreSQL nhúng (PGlite) lần đầu trong ${dir}, mất vài giây… (creating the embedded database)`);
    const started = Date.now();
    // A new cluster starts as a copy of the machine's cached empty one (template.ts): initdb runs
    // once per machine, not once per folder.
    const db = fresh
      ? await PGlite.create({ dataDir: dir, loadDataDir: new Blob([await readFile(await pgliteTemplate())]) })
      : await PGlite.create({ dataDir: dir });
    if (fresh) log(`cơ sở dữ liệu: đã tạo trong ${Math.round((Date.now() - started) / 100) / 10} s`);
    return wrap(db, dir, release);
  } catch (error) {
    await release();
    throw error;
  }
}

/**
 * A throw-away database in memory, started from a cached empty cluster (template.ts) instead of
 * running initdb each time: tests and the browser tests' API start in about a second.
 */
export async function openMemory(): Promise<Database> {
  const template = await pgliteTemplate();
  const db = await PGlite.create({ loadDataDir: new Blob([await readFile(template)]) });
  return wrap(db, 'memory', async () => undefined);
}
