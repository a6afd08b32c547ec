// The shared controllers on a plain host object: no DOM is needed for their logic.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import type { ReactiveController } from 'lit';
import { CountdownController } from '../../../src/elements/shared/countdown-controller.js';
import { DebounceController } from '../../../src/elements/shared/debounce-controller.js';
import { FocusAfterUpdate } from '../../../src/elements/shared/focus-controller.js';
import { Task, TaskStatus } from '../../../src/elements/shared/task.js';

class Host {
  controllers: ReactiveController[] = [];
  updates = 0;
  renderRoot = { querySelector: (selector: string) => (selector === '#there' ? this.target : null) };
  target = { focused: 0, focus: () => this.target.focused++ };
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  updateComplete = Promise.resolve(true);
  disconnect() {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
  updated() {
    for (const c of this.controllers) c.hostUpdated?.();
  }
}

describe('Task', () => {
  it('goes pending → complete, and a newer run drops the older result', async () => {
    const host = new Host();
    const resolvers: Array<(v: string) => void> = [];
    const signals: AbortSignal[] = [];
    const task = new Task(host, {
      task: ([name]: readonly [string], { signal }) => {
        signals.push(signal);
        return new Promise<string>((resolve) => resolvers.push((v) => resolve(`${name}:${v}`)));
      },
    });
    assert.equal(task.status, TaskStatus.INITIAL);
    const first = task.run(['a']);
    assert.equal(task.status, TaskStatus.PENDING);
    const second = task.run(['b']);
    assert.equal(signals[0]!.aborted, true);
    resolvers[1]!('2');
    resolvers[0]!('1');
    assert.equal(await second, 'b:2');
    assert.equal(await first, undefined);
    assert.equal(task.status, TaskStatus.COMPLETE);
    assert.equal(task.value, 'b:2');
    assert.equal(task.render({ complete: (v) => `shown ${v}` }), 'shown b:2');
  });

  it('keeps a failure in error and renders it', async () => {
    const host = new Host();
    const boom = new Error('boom');
    const task = new Task(host, { task: async () => Promise.reject(boom) });
    assert.equal(await task.run([]), undefined);
    assert.equal(task.status, TaskStatus.ERROR);
    assert.equal(task.error, boom);
    assert.equal(task.render({ error: (e) => (e as Error).message }), 'boom');
  });

  it('drops the result of work aborted by the host leaving', async () => {
    const host = new Host();
    let finish: (v: number) => void = () => {};
    const task = new Task(host, { task: () => new Promise<number>((resolve) => (finish = resolve)) });
    const run = task.run([]);
    host.disconnect();
    finish(1);
    assert.equal(await run, undefined);
    assert.equal(task.value, undefined);
  });
});

describe('timers', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setInterval', 'setTimeout', 'Date'] }));
  afterEach(() => mock.timers.reset());

  it('CountdownController counts whole seconds and ends once', () => {
    const host = new Host();
    let ended = 0;
    const wait = new CountdownController(host, () => ended++);
    wait.start(3);
    assert.equal(wait.secondsLeft, 3);
    mock.timers.tick(1000);
    assert.equal(wait.secondsLeft, 2);
    mock.timers.tick(2000);
    assert.equal(wait.secondsLeft, 0);
    mock.timers.tick(5000);
    assert.equal(ended, 1);
    assert.ok(host.updates >= 3);
  });

  it('DebounceController runs the last call once the delay has passed', () => {
    const host = new Host();
    const calls: string[] = [];
    const later = new DebounceController(host);
    later.call(() => calls.push('a'), 100);
    mock.timers.tick(50);
    later.call(() => calls.push('b'), 100);
    mock.timers.tick(99);
    assert.deepEqual([...calls], []);
    mock.timers.tick(1);
    assert.deepEqual([...calls], ['b']);
    later.call(() => calls.push('c'), 100);
    host.disconnect();
    mock.timers.tick(200);
    assert.deepEqual([...calls], ['b']);
  });

  it('DebounceController can run pending work at once when the host leaves', () => {
    const host = new Host();
    const calls: string[] = [];
    const url = new DebounceController(host, { flushOnDisconnect: true });
    url.call(() => calls.push('write'), 500);
    assert.equal(url.pending, true);
    host.disconnect();
    assert.deepEqual([...calls], ['write']);
    mock.timers.tick(1000);
    assert.deepEqual([...calls], ['write']);
  });
});

describe('FocusAfterUpdate', () => {
  it('focuses the element once, after the next update', () => {
    const host = new Host();
    const focus = new FocusAfterUpdate(host as never);
    focus.request('#there');
    assert.equal(host.target.focused, 0);
    host.updated();
    host.updated();
    assert.equal(host.target.focused, 1);
    focus.request('#missing');
    host.updated();
    assert.equal(host.target.focused, 1);
  });
});
