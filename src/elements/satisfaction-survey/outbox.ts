/**
 * The survey outbox: every response is written here (with its idempotency key) before it is sent,
 * and removed only after the server acknowledged it with a 2xx (201 stored, or 200 duplicate).
 * Network failures, timeouts, 5xx and 429 keep it for a later flush with backoff; a 4xx that
 * another try cannot fix (validation, conflict) takes it out and is reported to the caller.
 */
import { isHttpError, isValidationError } from '../../api/errors.js';
import type { SurveyReceipt, SurveyResponse } from '../../model/index.js';
import type { OutboxEntry, OutboxStorage } from './outbox-storage.js';

export type { OutboxEntry, OutboxStorage } from './outbox-storage.js';

/** Sends one response with its key and dossier credential (the SDK's `client.surveys.submit`). */
export type Submit = (response: SurveyResponse, idempotencyKey: string, access?: OutboxEntry['access']) => Promise<SurveyReceipt>;

export type Attempt =
  | { status: 'sent'; entry: OutboxEntry; receipt: SurveyReceipt }
  | { status: 'queued'; entry: OutboxEntry; error: unknown; retryAfter?: number }
  | { status: 'rejected'; entry: OutboxEntry; error: unknown };

/** Statuses that a later try can turn into a success. */
const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/** `reject`: another try with the same body cannot succeed; `retry` otherwise. */
export function classify(error: unknown): { kind: 'retry'; retryAfter?: number } | { kind: 'reject' } {
  if (isHttpError(error)) {
    if (RETRYABLE_STATUS.has(error.status) || error.status >= 500) {
      return error.retryAfter !== undefined ? { kind: 'retry', retryAfter: error.retryAfter } : { kind: 'retry' };
    }
    return { kind: 'reject' };
  }
  // Our own request failed the schema: it will fail the same way every time.
  if (isValidationError(error) && error.where === 'request') return { kind: 'reject' };
  // Network, timeout, abort, an unreadable answer: the server may or may not have it; the key
  // makes another try safe.
  return { kind: 'retry' };
}

/** A fresh idempotency key; `randomUUID` needs a secure context, `getRandomValues` does not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface BackoffOptions {
  /** First wait after a failed flush, ms (default 5 000). */
  base?: number;
  /** Longest wait, ms (default 300 000). */
  max?: number;
  /** 0–1 → the random share of each wait (default Math.random). */
  random?: () => number;
}

/** Sends in flight on this page, by key: two outboxes (two widgets) never send one entry twice at once. */
const inFlight = new Map<string, Promise<Attempt>>();

export class Outbox {
  private failures = 0;
  private retryAfterMs = 0;
  private readonly base: number;
  private readonly max: number;
  private readonly random: () => number;

  constructor(
    readonly storage: OutboxStorage,
    options: BackoffOptions = {},
  ) {
    this.base = options.base ?? 5_000;
    this.max = options.max ?? 300_000;
    this.random = options.random ?? Math.random;
  }

  /** Queues a response under a new key (or the given one); resolves once it is stored. */
  async add(
    response: SurveyResponse,
    key: string = newIdempotencyKey(),
    now: Date = new Date(),
    access?: OutboxEntry['access'],
  ): Promise<OutboxEntry> {
    const entry: OutboxEntry = { key, response, queuedAt: now.toISOString(), attempts: 0, ...(access ? { access } : {}) };
    await this.storage.put(entry);
    return entry;
  }

  list(): Promise<OutboxEntry[]> {
    return this.storage.list();
  }

  /** Sends one entry; the entry leaves the outbox on a 2xx or a rejection. */
  send(entry: OutboxEntry, submit: Submit): Promise<Attempt> {
    const running = inFlight.get(entry.key);
    if (running) return running;
    const attempt = this.sendNow(entry, submit).finally(() => inFlight.delete(entry.key));
    inFlight.set(entry.key, attempt);
    return attempt;
  }

  private async sendNow(entry: OutboxEntry, submit: Submit): Promise<Attempt> {
    let receipt: SurveyReceipt;
    try {
      receipt = await submit(entry.response, entry.key, entry.access);
    } catch (error) {
      const verdict = classify(error);
      if (verdict.kind === 'reject') {
        await this.storage.remove(entry.key);
        return { status: 'rejected', entry, error };
      }
      const updated = { ...entry, attempts: entry.attempts + 1 };
      await this.storage.put(updated).catch(() => undefined);
      this.failures++;
      if (verdict.retryAfter !== undefined) this.retryAfterMs = Math.max(this.retryAfterMs, verdict.retryAfter * 1000);
      return verdict.retryAfter !== undefined
        ? { status: 'queued', entry: updated, error, retryAfter: verdict.retryAfter }
        : { status: 'queued', entry: updated, error };
    }
    await this.storage.remove(entry.key);
    this.failures = 0;
    this.retryAfterMs = 0;
    return { status: 'sent', entry, receipt };
  }

  /**
   * Sends every queued entry, oldest first. After the first failure that another try might fix,
   * the rest wait too: the network is down or the server busy, hammering it helps no one.
   */
  async flush(submit: Submit): Promise<Attempt[]> {
    const results: Attempt[] = [];
    const entries = await this.storage.list();
    for (const entry of entries) {
      const attempt = await this.send(entry, submit);
      results.push(attempt);
      if (attempt.status === 'queued') break;
    }
    return results;
  }

  /** The network is back: the next flush should not wait for a long backoff. */
  resetBackoff(): void {
    this.failures = 0;
    this.retryAfterMs = 0;
  }

  /**
   * How long to wait before the next flush: exponential in the failures since the last success
   * ("equal jitter": half fixed, half random), never less than the server's Retry-After.
   */
  nextDelay(): number {
    const exp = Math.min(this.max, this.base * 2 ** Math.max(0, this.failures - 1));
    const jittered = exp / 2 + this.random() * (exp / 2);
    return Math.max(Math.round(jittered), this.retryAfterMs);
  }
}
