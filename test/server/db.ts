// Databases for tests. Opening PGlite takes seconds, so a test file shares one in-memory
// instance (closed when the file's tests end) and each fresh server empties its tables first.
// A PostgreSQL database of its own per file when DATABASE_URL is set (CI sets it).
import { after } from 'node:test';
import pg from 'pg';
import type { Database } from '../../server/db/database.js';
import { openDatabase } from '../../server/db/open.js';

let shared: Promise<Database> | undefined;
const cleanups: Array<() => Promise<void>> = [];

// Registered while this module loads (the test file's top level), so it runs after every test
// of the file, not after the test that happened to open the database first.
after(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** This file's in-memory embedded database. */
export function sharedDatabase(): Promise<Database> {
  if (!shared) {
    const opening = openDatabase({ memory: true });
    shared = opening;
    cleanups.push(async () => (await opening).close());
  }
  return shared;
}

/** Everything but the schema and the secrets: what a fresh server expects to find. */
const STATE_TABLES = ['survey_responses', 'idempotency_keys', 'satisfaction_daily', 'rate_limit_counters', 'ledger'];

export async function emptyTables(db: Database): Promise<void> {
  await db.query(`truncate ${STATE_TABLES.join(', ')}`);
}

export const POSTGRES_URL = process.env.DATABASE_URL || undefined;
export const POSTGRES_SKIP = POSTGRES_URL
  ? false
  : 'DATABASE_URL is not set: the PostgreSQL variant needs a server (CI starts one; see docs/deploy-server.md)';

/**
 * A new, empty database on the DATABASE_URL server (the role needs CREATEDB), dropped when the
 * file's tests end; returns its URL. Each test file gets its own, so files run in parallel.
 */
export async function postgresDatabase(): Promise<string> {
  if (!POSTGRES_URL) throw new Error(String(POSTGRES_SKIP));
  const name = `motcua_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  cleanups.push(async () => {
    const dropper = new pg.Client({ connectionString: POSTGRES_URL });
    await dropper.connect();
    try {
      await dropper.query(`drop database if exists ${name} with (force)`);
    } finally {
      await dropper.end();
    }
  });
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.href;
}
