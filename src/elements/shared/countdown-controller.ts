/**
 * A countdown in whole seconds that re-renders its host every second and calls `onEnd` once at
 * zero: the wait after too many attempts. It stops when the host leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class CountdownController implements ReactiveController {
  private until = 0;
  private tick: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onEnd: () => void = () => {},
  ) {
    host.addController(this);
  }

  /** Starts (or restarts) a wait of `seconds`. */
  start(seconds: number): void {
    this.until = Date.now() + seconds * 1000;
    this.stop();
    this.schedule();
    this.host.requestUpdate();
  }

  /** One second at a time (a timeout re-armed, so a stopped countdown can never fire again). */
  private schedule(): void {
    this.tick = setTimeout(() => {
      this.host.requestUpdate();
      if (this.secondsLeft > 0) return this.schedule();
      this.tick = undefined;
      this.onEnd();
    }, 1000);
  }

  /** Whole seconds left; 0 when no wait runs. */
  get secondsLeft(): number {
    return Math.max(0, Math.ceil((this.until - Date.now()) / 1000));
  }

  stop(): void {
    clearTimeout(this.tick);
    this.tick = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
