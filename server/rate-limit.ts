// Rate limits per client, counted in the database so every instance behind a load balancer
// sees the same counts. Fixed windows: one counter row per (limit, client, window); a counter is
// one upsert. Expired rows are deleted through the expiry index, a few hundred at a time and at
// most every few seconds, so no request ever walks every counter.
import type { Database } from './db/database.js';
import { ApiError } from './errors.js';

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
}

/** What `take` counted, so `refund` takes back exactly that hit. */
export interface Ticket {
  client: string;
  windowStart: number;
}

export interface RateLimiter {
  /** Counts one event; 429 when that takes the client over the limit. */
  take(client: string, code?: string): Promise<Ticket>;
  /** Takes back an event counted up-front that turned out not to count (a successful look-up). */
  refund(ticket: Ticket): Promise<void>;
}

const SWEEP_EVERY_MS = 10_000;
const SWEEP_BATCH = 500;

export function tooMany(code: string, seconds: number): ApiError {
  return new ApiError(429, code, `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${seconds} giây.`, {
    headers: { 'Retry-After': String(seconds) },
  });
}

/** A clock shared by the limiters of one server, so tests can move time. */
export type Clock = () => number;

export function createRateLimiter(
  db: Database,
  bucket: string,
  { limit, windowMs }: RateLimitOptions,
  now: Clock = Date.now,
): RateLimiter {
  let lastSweep = 0;
  const windowOf = (at: number) => at - (at % windowMs);
  const secondsLeft = (windowStart: number, at: number) => Math.max(1, Math.ceil((windowStart + windowMs - at) / 1000));

  const sweep = (at: number) => {
    if (at - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = at;
    // Only rows past their expiry are read, oldest first, through rate_limit_counters_expiry.
    void db
      .query(
        `delete from rate_limit_counters where (bucket, client, window_start) in (
           select bucket, client, window_start from rate_limit_counters
           where expires_at < $1 order by expires_at limit ${SWEEP_BATCH})`,
        [new Date(at)],
      )
      .catch(() => undefined);
  };

  return {
    async take(client, code = 'RATE_LIMITED') {
      const at = now();
      const windowStart = windowOf(at);
      sweep(at);
      const [row] = await db.query<{ hits: number }>(
        `insert into rate_limit_counters (bucket, client, window_start, hits, expires_at) values ($1, $2, $3, 1, $4)
         on conflict (bucket, client, window_start) do update set hits = rate_limit_counters.hits + 1
         returning hits`,
        [bucket, client, windowStart, new Date(windowStart + windowMs)],
      );
      if (Number(row?.hits ?? 0) > limit) throw tooMany(code, secondsLeft(windowStart, at));
      return { client, windowStart };
    },
    async refund({ client, windowStart }) {
      await db.query(
        'update rate_limit_counters set hits = hits - 1 where bucket = $1 and client = $2 and window_start = $3 and hits > 0',
        [bucket, client, windowStart],
      );
    },
  };
}
