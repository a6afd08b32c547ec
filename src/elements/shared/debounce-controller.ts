/**
 * Runs a callback once a delay has passed since the last call: each `call` replaces the pending
 * one. Pending work is dropped when the host leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class DebounceController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Runs `callback` after `delay` ms, unless called again (or cancelled) before. */
  call(callback: () => void, delay: number): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      callback();
    }, Math.max(0, delay));
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
