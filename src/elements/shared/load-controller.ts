/**
 * The idle → loading → success | error cycle of one kind of request, with cancellation:
 * starting a new request aborts the previous one, and so does the host leaving the page,
 * so a slow answer can never overwrite a newer one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LoadStatus = 'idle' | 'loading' | 'success' | 'error';

export class LoadController<T> implements ReactiveController {
  status: LoadStatus = 'idle';
  /** The last successful value; kept while a newer request loads so lists do not flash. */
  value: T | undefined = undefined;
  error: unknown = undefined;
  private controller: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Runs `task`, aborting any request still running. Resolves to the value, or undefined when superseded or failed. */
  async run(task: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const value = await task(controller.signal);
      if (controller.signal.aborted) return undefined;
      this.value = value;
      this.status = 'success';
      return value;
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      this.error = error;
      this.status = 'error';
      return undefined;
    } finally {
      if (this.controller === controller) {
        this.controller = undefined;
        this.host.requestUpdate();
      }
    }
  }

  /** Cancels the running request; the status goes back to what it was before it (idle or success). */
  abort(): void {
    if (!this.controller) return;
    this.controller.abort();
    this.controller = undefined;
    if (this.status === 'loading') this.status = this.value === undefined ? 'idle' : 'success';
    this.host.requestUpdate();
  }

  reset(): void {
    this.abort();
    this.status = 'idle';
    this.value = undefined;
    this.error = undefined;
    this.host.requestUpdate();
  }

  get loading(): boolean {
    return this.status === 'loading';
  }

  hostDisconnected(): void {
    this.abort();
  }
}
