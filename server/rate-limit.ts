// Sliding-window rate limits per client (keyed by IP). Each key keeps at most `limit`
// timestamps, so memory stays bounded per client; idle clients are swept.
import { ApiError } from './errors.js';

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
}

export interface RateLimiter {
  /** Seconds until the client may try again, or 0 when it is under the limit. */
  retryAfter(key: string): number;
  /** Records one counted event for the client. */
  hit(key: string): void;
  /** Takes back the client's latest event (an attempt counted up-front that turned out fine). */
  refund(key: string): void;
  /** Throws 429 with Retry-After when the client is at the limit. */
  assert(key: string, code?: string): void;
}

const MAX_TRACKED_BEFORE_SWEEP = 10_000;

export function createRateLimiter({ limit, windowMs, now = Date.now }: RateLimitOptions): RateLimiter {
  const events = new Map<string, number[]>();

  const recent = (key: string, at: number): number[] => {
    const list = events.get(key);
    if (!list) return [];
    while (list.length > 0 && list[0]! <= at - windowMs) list.shift();
    if (list.length === 0) events.delete(key);
    return list;
  };

  const sweep = (at: number) => {
    for (const key of [...events.keys()]) recent(key, at);
  };

  const retryAfter = (key: string): number => {
    const at = now();
    const list = recent(key, at);
    if (list.length < limit) return 0;
    // The oldest counted event leaves the window first.
    const oldest = list[list.length - limit]!;
    return Math.max(1, Math.ceil((oldest + windowMs - at) / 1000));
  };

  return {
    retryAfter,
    hit(key) {
      const at = now();
      if (events.size >= MAX_TRACKED_BEFORE_SWEEP) sweep(at);
      const list = recent(key, at);
      list.push(at);
      if (list.length > limit) list.splice(0, list.length - limit);
      events.set(key, list);
    },
    refund(key) {
      const list = events.get(key);
      list?.pop();
      if (list && list.length === 0) events.delete(key);
    },
    assert(key, code = 'RATE_LIMITED') {
      const seconds = retryAfter(key);
      if (seconds > 0) {
        throw new ApiError(429, code, `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${seconds} giây.`, {
          headers: { 'Retry-After': String(seconds) },
        });
      }
    },
  };
}
