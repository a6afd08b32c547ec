// The gateway's ledger of answers it forwards to a back end (OpenCPS): an answer is claimed
// before it is sent and marked done after, so however many instances or retries see it, at most
// one sends it at a time and none sends it again once it is done.
import { isoOf, type Database } from '../db/database.js';

export type LedgerClaim =
  /** This caller owns the key now and should forward it (`attempts` counts the claims so far). */
  | { state: 'claimed'; attempts: number }
  /** Another caller claimed it less than `staleAfterMs` ago and has not finished. */
  | { state: 'pending'; owner: string | null; claimedAt: string }
  /** Forwarded already; `result` is what `done` recorded. */
  | { state: 'done'; result: unknown; doneAt: string };

export interface Ledger {
  /**
   * Claims `key`. A pending claim older than `staleAfterMs` (default 60 s: its owner crashed or
   * hung) is taken over; a done key is never claimed again.
   */
  claim(key: string, options?: { owner?: string; staleAfterMs?: number }): Promise<LedgerClaim>;
  /** Marks the key forwarded, keeping `result` (e.g. the back end's id) for later claims to read. */
  done(key: string, result?: unknown): Promise<void>;
  /** Gives a claim back after a failed forward, so the next claim need not wait for it to go stale. */
  release(key: string): Promise<void>;
}

interface Row {
  state: 'pending' | 'done';
  owner: string | null;
  attempts: number;
  claimed_at: unknown;
  done_at: unknown;
  result: unknown;
}

export function ledger(db: Database, now: () => number = Date.now): Ledger {
  const claim: Ledger['claim'] = async (key, { owner, staleAfterMs = 60_000 } = {}) => {
    const at = new Date(now());
    // One statement: a new key is inserted, a stale pending one taken over; anything else is
    // left alone and reported below.
    const [won] = await db.query<Pick<Row, 'attempts'>>(
      `insert into ledger (key, state, owner, attempts, claimed_at) values ($1, 'pending', $2, 1, $3)
       on conflict (key) do update set owner = excluded.owner, attempts = ledger.attempts + 1, claimed_at = excluded.claimed_at
       where ledger.state = 'pending' and ledger.claimed_at < $4
       returning attempts`,
      [key, owner ?? null, at, new Date(at.getTime() - staleAfterMs)],
    );
    if (won) return { state: 'claimed', attempts: Number(won.attempts) };
    const [row] = await db.query<Row>('select state, owner, claimed_at, done_at, result from ledger where key = $1', [key]);
    // Released between the two statements: claim afresh.
    if (!row) return claim(key, { ...(owner ? { owner } : {}), staleAfterMs });
    if (row.state === 'done') return { state: 'done', result: row.result ?? null, doneAt: isoOf(row.done_at) };
    return { state: 'pending', owner: row.owner, claimedAt: isoOf(row.claimed_at) };
  };
  return {
    claim,
    async done(key, result) {
      const at = new Date(now());
      await db.query(
        `insert into ledger (key, state, attempts, claimed_at, done_at, result) values ($1, 'done', 1, $2, $2, $3::jsonb)
         on conflict (key) do update set state = 'done', done_at = excluded.done_at, result = excluded.result
         where ledger.state = 'pending'`,
        [key, at, result === undefined ? null : JSON.stringify(result)],
      );
    },
    async release(key) {
      await db.query(`delete from ledger where key = $1 and state = 'pending'`, [key]);
    },
  };
}
