/**
 * Keeps a snapshot of the queue current: loads it, follows the stream from its last event id,
 * refreshes it now and then (estimates, opening and closing) and after every reconnection, and
 * stops when the host leaves the page. The SDK's subscribe() does the backoff.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QueueResource } from '../../api/queue.js';
import type { QueueEvent, QueueSnapshot } from '../../model/index.js';
import { applyEvent } from './queue-state.js';

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'error';

export interface QueueLiveOptions {
  /** Called after each event is applied (cue on the board, the citizen's own ticket). */
  onEvent(event: QueueEvent, snapshot: QueueSnapshot): void;
  /** Called when a snapshot replaces the held one. */
  onSnapshot(snapshot: QueueSnapshot): void;
  /** Snapshot refresh interval, ms. */
  refreshMs: number;
  /** After a failed first load: try again by itself after this long (0: wait for the retry button). */
  autoRetryMs(): number;
}

export class QueueLive implements ReactiveController {
  snapshot: QueueSnapshot | undefined;
  connection: Connection = 'connecting';
  error: unknown;
  private controller: AbortController | undefined;
  private timers: Array<ReturnType<typeof setTimeout>> = [];
  private resource: QueueResource | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: QueueLiveOptions) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts (or restarts) following the queue through `resource`. */
  start(resource: QueueResource): void {
    this.stop();
    this.resource = resource;
    const controller = new AbortController();
    this.controller = controller;
    this.connection = 'connecting';
    this.error = undefined;
    this.host.requestUpdate();
    void this.run(resource, controller.signal);
  }

  stop(): void {
    this.controller?.abort();
    this.controller = undefined;
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }

  retry(): void {
    if (this.resource) this.start(this.resource);
  }

  private async run(resource: QueueResource, signal: AbortSignal): Promise<void> {
    if (!(await this.refresh(resource, signal))) {
      if (signal.aborted) return;
      this.connection = 'error';
      this.host.requestUpdate();
      const wait = this.options.autoRetryMs();
      if (wait > 0) this.later(() => this.retry(), wait);
      return;
    }
    this.every(this.options.refreshMs, () => void this.refresh(resource, signal));
    let reconnected = false;
    try {
      await resource.subscribe((event) => this.apply(event), {
        signal,
        lastEventId: this.snapshot!.lastEventId,
        onStatus: (status) => {
          this.connection = status.state === 'open' ? 'live' : 'reconnecting';
          this.host.requestUpdate();
          // What changed while the line was down besides calls (hours, estimates) comes with a snapshot.
          if (status.state === 'open' && reconnected) void this.refresh(resource, signal);
          if (status.state === 'reconnecting') reconnected = true;
        },
      });
    } catch (error) {
      if (signal.aborted) return;
      this.error = error;
      this.connection = 'error';
      this.host.requestUpdate();
      const wait = this.options.autoRetryMs();
      if (wait > 0) this.later(() => this.retry(), wait);
    }
  }

  private apply(event: QueueEvent): void {
    if (!this.snapshot) return;
    const next = applyEvent(this.snapshot, event);
    if (next === this.snapshot) return;
    this.snapshot = next;
    this.options.onEvent(event, next);
    this.host.requestUpdate();
  }

  /** Fetches a snapshot; keeps the held one if it is newer (events can outrun the snapshot call). */
  private async refresh(resource: QueueResource, signal: AbortSignal): Promise<boolean> {
    try {
      const fresh = await resource.snapshot({ signal });
      if (signal.aborted) return false;
      if (!this.snapshot || fresh.lastEventId >= this.snapshot.lastEventId || fresh.date !== this.snapshot.date) {
        this.snapshot = fresh;
        this.options.onSnapshot(fresh);
      }
      this.error = undefined;
      this.host.requestUpdate();
      return true;
    } catch (error) {
      if (!signal.aborted) this.error = error;
      return false;
    }
  }

  private later(fn: () => void, ms: number): void {
    this.timers.push(setTimeout(fn, ms));
  }

  private every(ms: number, fn: () => void): void {
    const tick = () => {
      fn();
      this.later(tick, ms);
    };
    this.later(tick, ms);
  }
}
