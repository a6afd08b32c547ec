/**
 * Runs a callback once a delay has passed since the last call: each `call` replaces the pending
 * one. When the host leaves the page the pending callback is dropped, or run at once with
 * `flushOnDisconnect` (work that must not be lost, such as writing the page URL).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class DebounceController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private callback: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: { flushOnDisconnect?: boolean } = {},
  ) {
    host.addController(this);
  }

  /** Runs `callback` after `delay` ms, unless called again (or cancelled) before. */
  call(callback: () => void, delay: number): void {
    this.cancel();
    this.callback = callback;
    this.timer = setTimeout(() => this.flush(), Math.max(0, delay));
  }

  get pending(): boolean {
    return this.callback !== undefined;
  }

  /** Runs the pending callback now, if any. */
  flush(): void {
    const callback = this.callback;
    this.cancel();
    callback?.();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.callback = undefined;
  }

  hostDisconnected(): void {
    if (this.options.flushOnDisconnect) this.flush();
    else this.cancel();
  }
}
