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
      const text = framesAfter(frames, sub.cursor);
      if (text === '') continue;
      sub.cursor = frames.at(-1)!.id;
      write(sub, text);
    }
  }

  const timers = pairOfTimers(tick, () => {
    for (const sub of subscribers) write(sub, ': heartbeat\n\n');
  }, tickMs, heartbeatMs);
  const startTimers = timers.start;
  const stopTimers = timers.stop;

  function attach(req: IncomingMessage, res: ServerResponse, lastEventId: number | undefined): void {
    openEventStream(req, res);
    // HEAD asks for the headers only: holding it open would keep a subscriber nobody reads.
    if (closed || req.method === 'HEAD') {
      res.end();
      return;
    }
    // The replay goes out before the subscriber joins, so tick() cannot send any of it twice.
    const { text, cursor } = replay(office, lastEventId, now());
    const sub: Subscriber = { res, cursor };
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

/** The tick and heartbeat intervals, running only while someone is subscribed. */
function pairOfTimers(tick: () => void, beat: () => void, tickMs: number, heartbeatMs: number): { start(): void; stop(): void } {
  let ticker: ReturnType<typeof setInterval> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  return {
    start() {
      if (ticker) return;
      ticker = setInterval(tick, tickMs);
      heartbeat = setInterval(beat, heartbeatMs);
      // Open streams, not these timers, decide whether the process stays up.
      ticker.unref();
      heartbeat.unref();
    },
    stop() {
      clearInterval(ticker);
      clearInterval(heartbeat);
      ticker = heartbeat = undefined;
    },
  };
}

/** The stream's headers, sent at once so the client knows it is connected. */
function openEventStream(req: IncomingMessage, res: ServerResponse): void {
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
}

/** The first write to a new subscriber (the retry hint and the events it missed) and its cursor. */
function replay(office: QueueOffice, lastEventId: number | undefined, at: number): { text: string; cursor: number } {
  const missed = lastEventId === undefined ? [] : office.eventsAfter(lastEventId, at);
  let text = `retry: ${RETRY_MS}\n\n`;
  for (const e of missed) text += frame(office.toWire(e));
  const cursor = missed.length > 0 ? missed.at(-1)!.id : lastEventId ?? office.lastId(at);
  return { text, cursor };
}

/** The frames a subscriber at `cursor` has not had yet, joined; '' when it is up to date. */
function framesAfter(frames: { id: number; text: string }[], cursor: number): string {
  let text = '';
  for (const f of frames) if (f.id > cursor) text += f.text;
  return text;
}

function frame(event: { id: number; type: string }): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}
