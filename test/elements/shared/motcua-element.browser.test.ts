import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { HttpError, NetworkError } from '../../../src/api/errors.js';
import { MotcuaElement } from '../../../src/elements/shared/motcua-element.js';
import { TaskStatus } from '../../../src/elements/shared/task.js';
import { define } from '../../../src/elements/shared/define.js';
import type { TestWidget } from '../test-widget.js';
import '../test-widget.js';

describe('events', () => {
  it('emit() dispatches bubbling, composed motcua-* events that leave shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('test-widget');
    root.append(el);
    await el.updateComplete;
    setTimeout(() => el.ping(7));
    const event = await oneEvent(document, 'motcua-test-ping');
    expect(event.detail).to.deep.equal({ n: 7 });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.target).to.equal(outer); // retargeted to the outermost shadow host
  });

  it('reportError() emits motcua-error with the message shown for the error', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    setTimeout(() => el.fail(new NetworkError(new TypeError('Failed to fetch'))));
    const event = await oneEvent(el, 'motcua-error');
    expect(event.detail.message).to.contain('Không có kết nối mạng');
    setTimeout(() => el.fail(new HttpError({ status: 429, retryAfter: 42 })));
    const limited = await oneEvent(el, 'motcua-error');
    expect(limited.detail.message).to.contain('42 giây');
  });
});

describe('live region', () => {
  it('announces politely from a region inside the element’s own shadow root', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><test-widget></test-widget><test-widget></test-widget></div>`);
    const [a, b] = [...wrapper.querySelectorAll('test-widget')] as TestWidget[];
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    const region = a!.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region).to.not.equal(b!.shadowRoot!.querySelector('[role="status"]'));
    a!.announce('12 kết quả');
    await waitUntil(() => region.textContent === '12 kết quả', 'announcement did not arrive');
    expect(b!.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
  });

  it('keeps only the last of quick announcements and survives re-renders', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    el.announce('1 kết quả');
    el.announce('2 kết quả');
    expect(region.textContent).to.equal('');
    await waitUntil(() => region.textContent === '2 kết quả');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(region);
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Try again');
    expect(region.textContent).to.equal('2 kết quả');
  });
});

/** A step of a test task: resolves with `value` after `ms` unless aborted (recorded in `log`), or fails with `fail`. */
type Step = readonly [value: string, ms: number, log: string[], fail?: Error];

function slowStep([value, ms, log, fail]: Step, signal: AbortSignal): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => (fail ? reject(fail) : resolve(value)), ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      log.push(`aborted ${value}`);
      reject(signal.reason);
    });
  });
}

class TaskHost extends MotcuaElement {
  /** Reports failures the default way (motcua-error). */
  load = this.task((step: Step, { signal }) => slowStep(step, signal));
  handled: unknown[] = [];
  /** Handles its failures itself. */
  own = this.task((step: Step, { signal }) => slowStep(step, signal), (error) => this.handled.push(error));
}
define('test-task-host', TaskHost);

describe('task() — the one controller of the elements’ requests', () => {
  it('goes initial → pending → complete, and aborts the previous run when a new one starts', async () => {
    const host = await fixture<TaskHost>(html`<test-task-host></test-task-host>`);
    const log: string[] = [];
    expect(host.load.status).to.equal(TaskStatus.INITIAL);
    const first = host.load.run(['first', 200, log]);
    expect(host.load.status).to.equal(TaskStatus.PENDING);
    expect(host.load.pending).to.equal(true);
    const second = host.load.run(['second', 10, log]);
    expect(await first).to.equal(undefined);
    expect(await second).to.equal('second');
    expect(log).to.deep.equal(['aborted first']);
    expect(host.load.status).to.equal(TaskStatus.COMPLETE);
    expect(host.load.value).to.equal('second');
  });

  it('keeps a failure and reports it as motcua-error by default; a slow superseded failure is neither kept nor reported', async () => {
    const host = await fixture<TaskHost>(html`<test-task-host></test-task-host>`);
    const reported: CustomEvent[] = [];
    host.addEventListener('motcua-error', (e) => reported.push(e as CustomEvent));
    const offline = new NetworkError(new TypeError('Failed to fetch'));
    await host.load.run(['boom', 0, [], offline]);
    expect(host.load.status).to.equal(TaskStatus.ERROR);
    expect(host.load.error).to.equal(offline);
    expect(reported).to.have.length(1);
    expect(reported[0]!.detail.error).to.equal(offline);
    expect(reported[0]!.detail.message).to.be.a('string').and.not.equal('');
    const slowFail = host.load.run(['late', 50, [], new Error('late')]);
    await host.load.run(['fresh', 0, []]);
    await slowFail;
    expect(host.load.status).to.equal(TaskStatus.COMPLETE);
    expect(host.load.value).to.equal('fresh');
    expect(reported).to.have.length(1, 'the superseded failure is not reported');
  });

  it('hands failures to onError instead when the element handles them itself', async () => {
    const host = await fixture<TaskHost>(html`<test-task-host></test-task-host>`);
    let events = 0;
    host.addEventListener('motcua-error', () => events++);
    const refused = new HttpError({ status: 404 });
    await host.own.run(['x', 0, [], refused]);
    expect(host.handled).to.deep.equal([refused]);
    expect(events).to.equal(0);
  });

  it('abort() and removal go back to the state before the run; reset() forgets the value', async () => {
    const host = await fixture<TaskHost>(html`<test-task-host></test-task-host>`);
    const log: string[] = [];
    await host.load.run(['kept', 0, log]);
    const pending = host.load.run(['dropped', 500, log]);
    host.load.abort();
    expect(await pending).to.equal(undefined);
    expect(host.load.status).to.equal(TaskStatus.COMPLETE, 'back to the value shown before');
    expect(host.load.value).to.equal('kept');
    host.load.reset();
    expect([host.load.status, host.load.value]).to.deep.equal([TaskStatus.INITIAL, undefined]);
    const gone = host.load.run(['gone', 500, log]);
    host.remove();
    expect(await gone).to.equal(undefined);
    expect(log).to.deep.equal(['aborted dropped', 'aborted gone']);
    expect(host.load.status).to.equal(TaskStatus.INITIAL);
  });
});

describe('styles', () => {
  it('host page CSS does not bleed in, the public variables do', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="bleed">
      <style>
        .bleed { font-family: 'Comic Sans MS', cursive; text-transform: uppercase; letter-spacing: 5px;
          color: rgb(255, 0, 0); --motcua-color-primary: rgb(0, 100, 0); --motcua-radius: 0px; }
        .bleed button { background: rgb(255, 255, 0); }
      </style>
      <test-widget></test-widget>
    </div>`);
    const el = wrapper.querySelector('test-widget')!;
    await el.updateComplete;
    const p = getComputedStyle(el.shadowRoot!.querySelector('p')!);
    expect(p.textTransform).to.equal('none');
    expect(p.letterSpacing).to.equal('normal');
    expect(p.color).to.not.equal('rgb(255, 0, 0)');
    expect(p.fontFamily).to.not.contain('Comic');
    const button = getComputedStyle(el.shadowRoot!.querySelector('button')!);
    expect(button.backgroundColor).to.equal('rgb(0, 100, 0)');
    expect(button.borderTopLeftRadius).to.equal('0px');
  });

  it('buttons are at least 44×44 px', async () => {
    const el = await fixture<TestWidget>(html`<test-widget style="--motcua-density: 0.5"></test-widget>`);
    const box = el.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
  });

  it('goes dark when the host says color-scheme: dark', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><test-widget></test-widget></div>`);
    const el = wrapper.querySelector('test-widget')!;
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    wrapper.style.colorScheme = 'dark';
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 30)');
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('passes axe in both themes', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
