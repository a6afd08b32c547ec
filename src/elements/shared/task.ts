/**
 * Async work of an element in the shape of Lit's `@lit/task` (run by hand, `autoRun: false`),
 * which is not a dependency here (1.3 kB that every widget would pay for): `run(args)` starts the
 * task and aborts the one still running, so a slow answer never overwrites a newer one; `status`
 * and `render()` say where it is; a failure is kept in `error` and handed to `onError` (an
 * element's `task()` reports it as `motcua-error`) — it is never lost. Leaving the page aborts the work.
 * The one controller for the elements' requests.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const TaskStatus = { INITIAL: 0, PENDING: 1, COMPLETE: 2, ERROR: 3 } as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

export interface TaskConfig<A extends readonly unknown[], R> {
  task: (args: A, options: { signal: AbortSignal }) => Promise<R>;
  /** What a failure does besides being kept in `error` (not called for a superseded or aborted run). */
  onError?: (error: unknown) => void;
}

export interface TaskRenderers<R, T> {
  initial?: () => T;
  pending?: () => T;
  complete?: (value: R) => T;
  error?: (error: unknown) => T;
}

export class Task<A extends readonly unknown[], R> implements ReactiveController {
  status: TaskStatus = TaskStatus.INITIAL;
  /** The last successful value; kept while a newer run is pending so lists do not flash. */
  value: R | undefined = undefined;
  error: unknown = undefined;
  private controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: TaskConfig<A, R>,
  ) {
    host.addController(this);
  }

  /**
   * Runs the task with `args`. Resolves to the value, or undefined when it failed (see `error`)
   * or a newer run or `abort()` superseded it.
   */
  async run(args: A): Promise<R | undefined> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status = TaskStatus.PENDING;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const value = await this.config.task(args, { signal: controller.signal });
      if (controller.signal.aborted) return undefined;
      this.value = value;
      this.status = TaskStatus.COMPLETE;
      return value;
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      this.error = error;
      this.status = TaskStatus.ERROR;
      this.config.onError?.(error);
      return undefined;
    } finally {
      if (this.controller === controller) this.controller = undefined;
      this.host.requestUpdate();
    }
  }

  /** Aborts the running task (its result, when it comes, is dropped); the status goes back to what it was before. */
  abort(): void {
    if (!this.controller) return;
    this.controller.abort();
    this.controller = undefined;
    if (this.status === TaskStatus.PENDING) this.status = this.value === undefined ? TaskStatus.INITIAL : TaskStatus.COMPLETE;
    this.host.requestUpdate();
  }

  /** Aborts and forgets: back to the initial state with no value and no error. */
  reset(): void {
    this.abort();
    this.status = TaskStatus.INITIAL;
    this.value = undefined;
    this.error = undefined;
    this.host.requestUpdate();
  }

  get pending(): boolean {
    return this.status === TaskStatus.PENDING;
  }

  render<T>(renderers: TaskRenderers<R, T>): T | undefined {
    switch (this.status) {
      case TaskStatus.INITIAL:
        return renderers.initial?.();
      case TaskStatus.PENDING:
        return renderers.pending?.();
      case TaskStatus.COMPLETE:
        return renderers.complete?.(this.value as R);
      default:
        return renderers.error?.(this.error);
    }
  }

  hostDisconnected(): void {
    this.abort();
  }
}
