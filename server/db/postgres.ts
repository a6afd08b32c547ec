// A PostgreSQL server through DATABASE_URL: what a portal runs when several server instances sit
// behind a load balancer and must share one state.
import pg from 'pg';
import type { Database, Queryable } from './database.js';

/** Host, port and database of a connection string, without user or password (for logs). */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgres://${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return 'postgres (DATABASE_URL không đọc được)';
  }
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server (a restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  // Fail at start, not at the first citizen's request, when the server cannot be reached.
  await pool.query('select 1');
  const asQueryable = (q: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T>(sql: string, params: readonly unknown[] = []) =>
      (await q.query(sql, [...params])).rows as T[],
  });
  let closing: Promise<void> | undefined;
  return {
    kind: 'postgres',
    location: describeUrl(url),
    query: asQueryable(pool).query,
    async transaction(work) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('begin');
        const result = await work(asQueryable(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        // A client whose rollback failed is in an unknown state: do not hand it out again.
        client.release(broken);
      }
    },
    close() {
      closing ??= pool.end();
      return closing;
    },
  };
}
