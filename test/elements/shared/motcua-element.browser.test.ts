import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { HttpError, NetworkError } from '../../../src/api/errors.js';
import { LoadController } from '../../../src/elements/shared/load-controller.js';
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

class LoadHost extends LitElement {
  load = new LoadController<string>(this);
}
define('test-load-host', LoadHost);

/** A task that resolves with `value` after `ms` unless aborted, recording whether it was. */
function slowTask(value: string, ms: number, log: string[]) {
  return (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => resolve(value), ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        log.push(`aborted ${value}`);
        reject(signal.reason);
      });
    });
}

describe('LoadController', () => {
  it('goes idle → loading → success, and aborts the previous request when a new one starts', async () => {
    const host = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
    const log: string[] = [];
    expect(host.load.status).to.equal('idle');
    const first = host.load.run(slowTask('first', 200, log));
    expect(host.load.status).to.equal('loading');
    const second = host.load.run(slowTask('second', 10, log));
    expect(await first).to.equal(undefined);
    expect(await second).to.equal('second');
    expect(log).to.deep.equal(['aborted first']);
    expect(host.load.status).to.equal('success');
    expect(host.load.value).to.equal('second');
  });

  it('records errors, and a slow superseded failure never overwrites a newer success', async () => {
    const host = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
    await host.load.run(() => Promise.reject(new Error('boom')));
    expect(host.load.status).to.equal('error');
    expect((host.load.error as Error).message).to.equal('boom');
    const slowFail = host.load.run(() => aTimeout(50).then(() => Promise.reject(new Error('late'))));
    await host.load.run(() => Promise.resolve('fresh'));
    await slowFail;
    expect(host.load.status).to.equal('success');
    expect(host.load.value).to.equal('fresh');
  });

  it('aborts the running request when the host is removed', async () => {
    const host = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
    const log: string[] = [];
    const pending = host.load.run(slowTask('gone', 500, log));
    host.remove();
    expect(await pending).to.equal(undefined);
    expect(log).to.deep.equal(['aborted gone']);
    expect(host.load.status).to.equal('idle');
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
