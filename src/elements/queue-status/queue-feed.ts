/**
 * One live feed of the queue per SDK resource (so per API base): every widget on the page that
 * shows the same queue shares one snapshot and one event stream. A browser allows six HTTP/1.1
 * connections per host, and a stream holds one for as long as the page is open.
 *
 * The feed loads the snapshot, follows the stream from its last event id, refreshes the snapshot
 * now and then (estimates, opening and closing) and after each reconnection, and stops when its
 * last listener leaves. The SDK's subscribe() does the backoff.
 */
import type { QueueResource } from '../../api/queue.js';
import type { QueueEvent, QueueSnapshot } from '../../model/index.js';
import { applyEvent } from './queue-state.js';

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'error';

export interface FeedListener {
  onEvent(event: QueueEvent, snapshot: QueueSnapshot): void;
  onSnapshot(snapshot: QueueSnapshot): void;
  /** Anything changed (connection state included): re-render. */
  onChange(): void;
  /** After a failure, try again by itself after this long (0: only on retry()). */
  autoRetryMs(): number;
}

const REFRESH_MS = 60_000;
const feeds = new WeakMap<QueueResource, QueueFeed>();

/** The page's feed for `resource`. */
export function feedFor(resource: QueueResource): QueueFeed {
  let feed = feeds.get(resource);
  if (!feed) feeds.set(resource, (feed = new QueueFeed(resource)));
  return feed;
}

export class QueueFeed {
  snapshot: QueueSnapshot | undefined;
  connection: Connection = 'connecting';
  error: unknown;
  private readonly listeners = new Set<FeedListener>();
  private controller: AbortController | undefined;
  private timers: Array<ReturnType<typeof setTimeout>> = [];
  /** The next snapshot replaces the held one whatever its id: the first of each run. */
  private adoptNext = true;

  constructor(private readonly resource: QueueResource) {}

  add(listener: FeedListener): void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      // A feed left alone for a while holds an old day, or a server's that has since restarted.
      this.snapshot = undefined;
      this.start();
    }
    else if (this.snapshot) listener.onSnapshot(this.snapshot);
  }

  remove(listener: FeedListener): void {
    if (this.listeners.delete(listener) && this.listeners.size === 0) this.stop();
  }

  /** Starts over: a new snapshot and a new stream. */
  retry(): void {
    this.stop();
    if (this.listeners.size > 0) this.start();
  }

  private start(): void {
    const controller = new AbortController();
    this.controller = controller;
    this.connection = 'connecting';
    this.error = undefined;
    this.adoptNext = true;
    this.changed();
    void this.run(controller.signal);
  }

  private stop(): void {
    this.controller?.abort();
    this.controller = undefined;
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }

  private changed(): void {
    for (const l of this.listeners) l.onChange();
  }

  private async run(signal: AbortSignal): Promise<void> {
    if (!(await this.refresh(signal))) return this.failed(signal);
    this.every(REFRESH_MS, () => void this.refresh(signal));
    let reconnected = false;
    try {
      await this.resource.subscribe((event) => this.apply(event), {
        signal,
        lastEventId: this.snapshot!.lastEventId,
        onStatus: (status) => {
          this.connection = status.state === 'open' ? 'live' : 'reconnecting';
          this.changed();
          // What changed while the line was down besides calls (hours, estimates) comes with a snapshot.
          if (status.state === 'open' && reconnected) void this.refresh(signal);
          if (status.state === 'reconnecting') reconnected = true;
        },
      });
    } catch (error) {
      this.error = error;
      this.failed(signal);
    }
  }

  private failed(signal: AbortSignal): void {
    if (signal.aborted) return;
    this.connection = 'error';
    this.changed();
    const waits = [...this.listeners].map((l) => l.autoRetryMs()).filter((ms) => ms > 0);
    if (waits.length > 0) this.timers.push(setTimeout(() => this.retry(), Math.min(...waits)));
  }

  private apply(event: QueueEvent): void {
    if (!this.snapshot) return;
    const next = applyEvent(this.snapshot, event);
    if (next === this.snapshot) return;
    this.snapshot = next;
    for (const l of this.listeners) l.onEvent(event, next);
    this.changed();
  }

  /** Fetches a snapshot; keeps the held one if it is newer (events can outrun the snapshot call). */
  private async refresh(signal: AbortSignal): Promise<boolean> {
    try {
      const fresh = await this.resource.snapshot({ signal });
      if (signal.aborted) return false;
      if (this.adoptNext || !this.snapshot || fresh.lastEventId >= this.snapshot.lastEventId || fresh.date !== this.snapshot.date) {
        this.adoptNext = false;
        this.snapshot = fresh;
        for (const l of this.listeners) l.onSnapshot(fresh);
      }
      this.error = undefined;
      this.changed();
      return true;
    } catch (error) {
      if (!signal.aborted) this.error = error;
      return false;
    }
  }

  private every(ms: number, fn: () => void): void {
    const tick = () => {
      fn();
      this.timers.push(setTimeout(tick, ms));
    };
    this.timers.push(setTimeout(tick, ms));
  }
}
