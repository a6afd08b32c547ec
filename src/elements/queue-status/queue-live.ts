/**
 * The element's side of the page's shared queue feed (queue-feed.ts): joins it while connected,
 * leaves it when the element leaves the page, and re-renders the element on every change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QueueResource } from '../../api/queue.js';
import type { QueueEvent, QueueSnapshot } from '../../model/index.js';
import { feedFor, type Connection, type FeedListener, type QueueFeed } from './queue-feed.js';

export type { Connection };

export interface QueueLiveOptions {
  /** Called after each event is applied (cue on the board, the citizen's own ticket). */
  onEvent(event: QueueEvent, snapshot: QueueSnapshot): void;
  /** Called when a snapshot replaces the held one (and on joining a feed that has one). */
  onSnapshot(snapshot: QueueSnapshot): void;
  /** After a failure: try again by itself after this long (0: wait for the retry button). */
  autoRetryMs(): number;
}

export class QueueLive implements ReactiveController {
  private feed: QueueFeed | undefined;
  private readonly listener: FeedListener;

  constructor(private readonly host: ReactiveControllerHost, options: QueueLiveOptions) {
    host.addController(this);
    this.listener = {
      onEvent: (event, snapshot) => options.onEvent(event, snapshot),
      onSnapshot: (snapshot) => options.onSnapshot(snapshot),
      onChange: () => host.requestUpdate(),
      autoRetryMs: () => options.autoRetryMs(),
    };
  }

  get snapshot(): QueueSnapshot | undefined {
    return this.feed?.snapshot;
  }

  get connection(): Connection {
    return this.feed?.connection ?? 'connecting';
  }

  get error(): unknown {
    return this.feed?.error;
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Joins the feed of `resource` (leaving any other). */
  start(resource: QueueResource): void {
    const next = feedFor(resource);
    if (next === this.feed) return;
    this.stop();
    this.feed = next;
    next.add(this.listener);
    this.host.requestUpdate();
  }

  stop(): void {
    this.feed?.remove(this.listener);
    this.feed = undefined;
  }

  retry(): void {
    this.feed?.retry();
  }
}
