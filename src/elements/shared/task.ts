/**
 * Async work of an element in the shape of Lit's `@lit/task` (run by hand, `autoRun: false`),
 * which is not a dependency here: `run(args)` starts the task and aborts the one still running,
 * `status` and `render()` say where it is, and a failure is kept in `error` and rendered — it is
 * never lost. Leaving the page aborts the work.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const TaskStatus = { INITIAL: 0, PENDING: 1, COMPLETE: 2, ERROR: 3 } as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

export interface TaskConfig<A extends readonly unknown[], R> {
  task: (args: A, options: { signal: AbortSignal }) => Promise<R>;
}

export interface TaskRenderers<R, T> {
  initial?: () => T;
  pending?: () => T;
  complete?: (value: R) => T;
  error?: (error: unknown) => T;
}

export class Task<A extends readonly unknown[], R> implements ReactiveController {
  status: TaskStatus = TaskStatus.INITIAL;
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
    this.host.requestUpdate();
    try {
      const value = await this.config.task(args, { signal: controller.signal });
      if (controller.signal.aborted) return undefined;
      this.value = value;
      this.error = undefined;
      this.status = TaskStatus.COMPLETE;
      return value;
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      this.error = error;
      this.status = TaskStatus.ERROR;
      return undefined;
    } finally {
      if (this.controller === controller) this.controller = undefined;
      this.host.requestUpdate();
    }
  }

  /** Aborts the running task; its result, when it comes, is dropped. */
  abort(): void {
    this.controller?.abort();
    this.controller = undefined;
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
