/**
 * A countdown in whole seconds that re-renders its host every second and calls `onEnd` once at
 * zero: the wait after too many attempts. It stops when the host leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class CountdownController implements ReactiveController {
  private until = 0;
  private tick: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onEnd: () => void = () => {},
  ) {
    host.addController(this);
  }

  /** Starts (or restarts) a wait of `seconds`. */
  start(seconds: number): void {
    this.until = Date.now() + seconds * 1000;
    clearInterval(this.tick);
    this.tick = setInterval(() => {
      this.host.requestUpdate();
      if (this.secondsLeft > 0) return;
      this.stop();
      this.onEnd();
    }, 1000);
    this.host.requestUpdate();
  }

  /** Whole seconds left; 0 when no wait runs. */
  get secondsLeft(): number {
    return Math.max(0, Math.ceil((this.until - Date.now()) / 1000));
  }

  stop(): void {
    clearInterval(this.tick);
    this.tick = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
