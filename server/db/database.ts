// The one interface the server's state goes through, whether the database is the embedded
// PGlite in the data directory or a PostgreSQL server named by DATABASE_URL. Both speak the same
// SQL; the stores only ever see this interface.

/** Runs one SQL statement with `$1`-style parameters and returns its rows. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  /** `embedded` (PGlite in a folder or in memory) or `postgres` (a server). */
  readonly kind: 'embedded' | 'postgres';
  /** Where the data lives, for logs: a folder, `memory`, or the server's host/database (never the password). */
  readonly location: string;
  /**
   * Runs `work` in one transaction (READ COMMITTED): committed when it resolves, rolled back
   * when it throws (the error is rethrown).
   */
  transaction<R>(work: (tx: Queryable) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

/**
 * A timestamp column as ISO 8601: both drivers return `timestamptz` as a Date, but a value that
 * went through `::text` or JSON arrives as a string.
 */
export function isoOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new Error(`không đọc được thời điểm ${String(value)}`);
  return date.toISOString();
}
