// The Server-Sent Events side of the queue: every subscriber gets each event once, in order,
// from the id it names; a heartbeat comment keeps proxies and dead-connection checks honest.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_HEADERS } from '../http.js';
import type { QueueOffice } from './office.js';

interface Subscriber {
  res: ServerResponse;
  /** The last event id written to this subscriber. */
  cursor: number;
}

export interface QueueHub {
  /** Starts a stream on `res` that resumes after `lastEventId` (none: from now on). */
  attach(req: IncomingMessage, res: ServerResponse, lastEventId: number | undefined): void;
  /** Subscribers connected now. */
  readonly size: number;
  /** Ends every stream and stops the timers (server shutdown). */
  close(): void;
}

/** A subscriber this far behind (bytes unsent) is dropped: it reconnects and resumes by id. */
const MAX_BACKLOG = 256 * 1024;
/** Asks browsers' EventSource to reconnect after this long (the SDK has its own backoff). */
const RETRY_MS = 2_000;

export function createQueueHub(office: QueueOffice, now: () => number, options: { heartbeatMs?: number; tickMs?: number } = {}): QueueHub {
  const subscribers = new Set<Subscriber>();
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const tickMs = options.tickMs ?? 100;
  let ticker: ReturnType<typeof setInterval> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;

  function write(sub: Subscriber, text: string): void {
    sub.res.write(text);
    if (sub.res.writableLength > MAX_BACKLOG) drop(sub);
  }

  function drop(sub: Subscriber): void {
    subscribers.delete(sub);
    sub.res.destroy();
    if (subscribers.size === 0) stopTimers();
  }

  /** Writes everything after each subscriber's cursor; the frame text is built once per event. */
  function tick(): void {
    if (subscribers.size === 0) return;
    let oldest = Infinity;
    for (const sub of subscribers) oldest = Math.min(oldest, sub.cursor);
    const due = office.eventsAfter(oldest, now());
    if (due.length === 0) return;
    const frames = due.map((e) => ({ id: e.id, text: frame(office.toWire(e)) }));
    for (const sub of subscribers) {
      const parts: string[] = [];
      for (const f of frames) if (f.id > sub.cursor) parts.push(f.text);
      if (parts.length === 0) continue;
      sub.cursor = frames.at(-1)!.id;
      write(sub, parts.join(''));
    }
  }

  function startTimers(): void {
    if (ticker) return;
    ticker = setInterval(tick, tickMs);
    heartbeat = setInterval(() => {
      for (const sub of subscribers) write(sub, ': heartbeat\n\n');
    }, heartbeatMs);
    // Open streams, not these timers, decide whether the process stays up.
    ticker.unref();
    heartbeat.unref();
  }

  function stopTimers(): void {
    clearInterval(ticker);
    clearInterval(heartbeat);
    ticker = heartbeat = undefined;
  }

  function attach(req: IncomingMessage, res: ServerResponse, lastEventId: number | undefined): void {
    res.writeHead(200, {
      ...API_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      // nginx and similar proxies otherwise hold the events back in their buffers.
      'X-Accel-Buffering': 'no',
      Connection: 'keep-alive',
    });
    res.flushHeaders();
    req.socket.setNoDelay(true);
    // HEAD asks for the headers only: holding it open would keep a subscriber nobody reads.
    if (closed || req.method === 'HEAD') {
      res.end();
      return;
    }
    const at = now();
    const sub: Subscriber = { res, cursor: lastEventId ?? office.lastId(at) };
    // The replay goes out before the subscriber joins, so tick() cannot send any of it twice.
    const missed = lastEventId === undefined ? [] : office.eventsAfter(lastEventId, at);
    let text = `retry: ${RETRY_MS}\n\n`;
    for (const e of missed) text += frame(office.toWire(e));
    if (missed.length > 0) sub.cursor = missed.at(-1)!.id;
    subscribers.add(sub);
    startTimers();
    const leave = () => {
      if (subscribers.delete(sub) && subscribers.size === 0) stopTimers();
    };
    req.on('close', leave);
    res.on('close', leave);
    res.on('error', leave);
    write(sub, text);
  }

  return {
    attach,
    get size() {
      return subscribers.size;
    },
    close() {
      closed = true;
      stopTimers();
      for (const sub of subscribers) sub.res.end();
      subscribers.clear();
    },
  };
}

function frame(event: { id: number; type: string }): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}
