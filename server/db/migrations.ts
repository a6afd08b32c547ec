// The schema, as numbered migrations applied in order and recorded in `schema_migrations`.
// The same statements run on PGlite and on PostgreSQL. A migration is never edited once
// released: a change is a new entry at the end.
import type { Database } from './database.js';

export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'survey responses, idempotency keys, satisfaction by day, rate limits, ledger, secrets',
    statements: [
      // One row per stored evaluation. agency and overall are fixed when it is stored (the agency
      // comes from the dossier when there is one), so statistics never re-read the JSON.
      `create table survey_responses (
        id text primary key,
        dossier_code text,
        agency text not null,
        overall text check (overall in ('very-satisfied', 'satisfied', 'dissatisfied')),
        channel text not null,
        created_at timestamptz not null,
        local_day date not null,
        response jsonb not null
      )`,
      // One evaluation per dossier: the database refuses the second, whichever server sends it.
      `create unique index survey_responses_one_per_dossier on survey_responses (dossier_code) where dossier_code is not null`,
      `create index survey_responses_local_day on survey_responses (local_day)`,
      // A retried request finds its first answer here; the primary key makes a key count once.
      `create table idempotency_keys (
        scope text not null,
        key text not null,
        body_hash text not null,
        result_id text not null,
        created_at timestamptz not null,
        primary key (scope, key)
      )`,
      // Satisfaction counted per Vietnam calendar day, agency and answer, kept in the same
      // transaction as each response: /stats sums at most a few rows per day instead of scanning
      // every response.
      `create table satisfaction_daily (
        local_day date not null,
        agency text not null,
        overall text not null,
        responses integer not null,
        primary key (local_day, agency, overall)
      )`,
      // Fixed-window counters per limit and client; old windows are deleted through the expiry
      // index a few hundred at a time, never by reading every counter.
      `create table rate_limit_counters (
        bucket text not null,
        client text not null,
        window_start bigint not null,
        hits integer not null,
        expires_at timestamptz not null,
        primary key (bucket, client, window_start)
      )`,
      `create index rate_limit_counters_expiry on rate_limit_counters (expires_at)`,
      // Answers the gateway forwards to a back end: claimed before sending, marked done after.
      `create table ledger (
        key text primary key,
        state text not null check (state in ('pending', 'done')),
        owner text,
        attempts integer not null,
        claimed_at timestamptz not null,
        done_at timestamptz,
        result jsonb
      )`,
      // Per-installation secrets (the HMAC key of dossier tokens), shared by every instance.
      `create table server_secrets (
        name text primary key,
        value text not null,
        created_at timestamptz not null
      )`,
    ],
  },
  {
    version: 2,
    name: 'gateway dossier handles',
    statements: [
      // What a gateway learned from a successful look-up that its survey calls need later (the
      // back end's own id, the agency), so a dossier token can stand for the key. Expires with the
      // token; never holds the key or personal data.
      `create table gateway_dossiers (
        backend text not null,
        code text not null,
        backend_id text not null,
        agency text not null,
        procedure_name text not null,
        expires_at timestamptz not null,
        primary key (backend, code)
      )`,
    ],
  },
];

/** Arbitrary constant: the advisory lock two instances starting together queue on. */
const MIGRATION_LOCK = 7_406_121;

/**
 * Applies the migrations the database lacks, all in one transaction under an advisory lock, so
 * two instances starting at once neither race nor half-apply. Returns the versions applied.
 */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const rows = await tx.query<{ version: number }>('select version from schema_migrations');
    const done = new Set(rows.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
