/**
 * `client.queue`: the ticket machine's snapshot, and its live events over Server-Sent Events with
 * reconnection that resumes after the last event seen (no call missed or delivered twice).
 */
import { QueueEvent, QueueSnapshot } from '../model/queue.js';
import { HttpError, MotcuaError, NetworkError, ValidationError } from './errors.js';
import { readSse } from './sse.js';
import type { CallOptions, Transport } from './transport.js';
import { check } from './validate.js';
import { sleep } from './sleep.js';

/** What a subscription is doing, for a status line ("reconnecting in 4 s"). */
export type QueueStreamStatus =
  | { state: 'open' }
  | { state: 'reconnecting'; attempt: number; delay: number; error: unknown };

export interface QueueSubscribeOptions {
  /** Ends the subscription: the promise resolves once the stream is closed. */
  signal?: AbortSignal;
  /** Resume after this event id (a snapshot's `lastEventId`); absent: from now on. */
  lastEventId?: number;
  onStatus?(status: QueueStreamStatus): void;
  /** Reconnection backoff, ms: first wait (default: the server's `retry:` hint, else 1 000) and the cap (30 000). */
  backoff?: { initial?: number; max?: number };
  /** A stream silent this long (ms, default 45 000: three missed heartbeats) is taken for dead. */
  idleTimeout?: number;
}

export interface QueueResource {
  /** Every service and counter now, with the id to subscribe from. */
  snapshot(options?: CallOptions): Promise<QueueSnapshot>;
  /**
   * Calls `onEvent` for every ticket issued or called, in order, each once, until `signal` aborts
   * (then resolves). Reconnects with backoff after network cuts and server restarts, resuming
   * after the last id it delivered. Rejects only when going on cannot help: a 4xx answer other
   * than 408/429, an event that does not match the contract, or an exception from `onEvent`.
   */
  subscribe(onEvent: (event: QueueEvent) => void, options?: QueueSubscribeOptions): Promise<void>;
}

class Fatal {
  constructor(readonly error: unknown) {}
}

const isFatal = (error: unknown) =>
  error instanceof ValidationError || (error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429);

export function queueResource(transport: Transport): QueueResource {
  return {
    async snapshot(options) {
      const body = await transport.send({ method: 'get', path: 'queue', policy: 'read' }, options);
      return check(QueueSnapshot, body, 'response');
    },
    subscribe: (onEvent, options = {}) => subscribe(transport, onEvent, options),
  };
}

async function subscribe(transport: Transport, onEvent: (event: QueueEvent) => void, options: QueueSubscribeOptions): Promise<void> {
  const { signal } = options;
  let last = options.lastEventId;
  let hint: number | undefined;
  let attempt = 0;
  let openedAt = 0;
  while (!signal?.aborted) {
    let error: unknown;
    try {
      await connectOnce(transport, options, last, {
        event(event) {
          last = event.id;
          // A new event proves the connection; the next cut starts the backoff again.
          attempt = 0;
          try {
            onEvent(event);
          } catch (thrown) {
            throw new Fatal(thrown);
          }
        },
        retry: (ms) => (hint = ms),
        opened: () => (openedAt = Date.now()),
      });
      error = new NetworkError(new Error('the server ended the stream'));
    } catch (thrown) {
      if (signal?.aborted) return;
      if (thrown instanceof Fatal) throw thrown.error;
      if (isFatal(thrown)) throw thrown;
      error = thrown;
    }
    if (signal?.aborted) return;
    // A connection that held a while was healthy (a closed office sends no events for hours, and
    // proxies cut long streams): start the backoff again rather than climbing to the cap.
    if (openedAt > 0 && Date.now() - openedAt >= HEALTHY_MS) attempt = 0;
    openedAt = 0;
    attempt += 1;
    const base = options.backoff?.initial ?? hint ?? 1_000;
    const ceiling = Math.min(options.backoff?.max ?? 30_000, base * 2 ** (attempt - 1));
    // Equal jitter, as for the client's retries: a hall of screens cut together spread out.
    const delay = Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
    options.onStatus?.({ state: 'reconnecting', attempt, delay, error });
    await sleep(delay, signal);
  }
}

/** A stream open this long (ms) counts as healthy for the backoff. */
const HEALTHY_MS = 30_000;

interface StreamSink {
  opened(): void;
  event(event: QueueEvent): void;
  retry(ms: number): void;
}

/** One connection: open, read until it ends, fails or goes silent past the idle timeout. */
async function connectOnce(transport: Transport, options: QueueSubscribeOptions, last: number | undefined, sink: StreamSink): Promise<void> {
  if (!transport.open) throw new TypeError('this transport cannot open a stream');
  const inner = new AbortController();
  const forward = () => inner.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', forward, { once: true });
  let idle: ReturnType<typeof setTimeout> | undefined;
  const idleMs = options.idleTimeout ?? 45_000;
  const touch = () => {
    clearTimeout(idle);
    idle = setTimeout(() => inner.abort(new NetworkError(new Error(`no data for ${idleMs} ms`))), idleMs);
  };
  let seen = last;
  try {
    touch();
    const res = await transport.open(
      { method: 'get', path: 'queue/stream', searchParams: { lastEventId: last }, headers: { Accept: 'text/event-stream' } },
      { signal: inner.signal },
    );
    if (!res.body) throw new NetworkError(new Error('no body'));
    sink.opened();
    options.onStatus?.({ state: 'open' });
    await readSse(res.body, {
      activity: touch,
      retry: sink.retry,
      message(message) {
        let data: unknown;
        try {
          data = JSON.parse(message.data);
        } catch (cause) {
          throw new ValidationError('response', [{ path: '', message: 'sự kiện không phải JSON' }], cause);
        }
        const event = check(QueueEvent, data, 'response');
        // The server never repeats an id; this guards a proxy that replays a buffered tail.
        if (seen !== undefined && event.id <= seen) return;
        seen = event.id;
        sink.event(event);
      },
    });
  } catch (error) {
    if (error instanceof MotcuaError || error instanceof Fatal) throw error;
    throw new NetworkError(inner.signal.aborted ? inner.signal.reason : error);
  } finally {
    clearTimeout(idle);
    options.signal?.removeEventListener('abort', forward);
    inner.abort();
  }
}

