// <motcua-queue-status> in Chromium against a real reference server whose clock the test sets
// (test/elements/queue-status/queue-server.mjs; CORS as on any portal). 1 s of test = 1 or 2 minutes of the
// office's day, so calls arrive every second or two.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/queue-status/queue-status.js';
import type { MotcuaQueueStatus } from '../../../src/elements/queue-status/queue-status.component.js';
import { QueueSnapshot } from '../../../src/model/index.js';
import { createClient } from '../../../src/api/client.js';

type Answer = { url?: string; error?: string };
let base = '';
async function serverAt(at: string, speed = 60): Promise<void> {
  const answer = await executeServerCommand<Answer, { cmd: string; at: string; speed: number }>('motcua-queue-server', { cmd: 'start', at, speed });
  if (!answer?.url) throw new Error(`queue server: ${answer?.error}`);
  base = `${answer.url}/api/v1`;
}
const stopServer = () => executeServerCommand('motcua-queue-server', { cmd: 'stop' });
const snapshot = async () => QueueSnapshot.parse(await (await fetch(`${base}/queue`)).json());

const $ = <T extends Element = HTMLElement>(el: MotcuaQueueStatus, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: MotcuaQueueStatus, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const live = (el: MotcuaQueueStatus) => $(el, '[part="live-region"]')!.textContent ?? '';
const loaded = (el: MotcuaQueueStatus) => waitUntil(() => $(el, '[part="header"]'), 'queue did not load', { timeout: 8000 });

const MONDAY = '2025-09-15T10:00:00+07:00';

describe('<motcua-queue-status>', function () {
  this.timeout(40_000);
  before(async function () {
    this.timeout(120_000); // the first start opens the server's embedded database
    await serverAt(MONDAY);
  });
  after(async () => {
    localStorage.clear();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
  beforeEach(() => localStorage.clear());

  it('shows loading, then every service and counter with waiting and an estimate range', async () => {
    await serverAt(MONDAY);
    const el = document.createElement('motcua-queue-status') as MotcuaQueueStatus;
    el.apiBase = base;
    document.body.append(el);
    await el.updateComplete;
    expect($(el, '[part="loading"]'), 'loading first').to.exist;
    await expect(el).to.be.accessible();
    await loaded(el);
    const truth = await snapshot();
    expect($(el, '[part="state"]')!.textContent).to.contain('Đang làm việc');
    expect($$(el, '[part="service"]')).to.have.length(truth.services.length);
    expect($$(el, '[part="counter"]')).to.have.length(truth.services.flatMap((s) => s.counters).length);
    expect($(el, '.estimate')!.textContent).to.match(/\d+–\d+ phút/);
    expect($(el, '.note')!.textContent).to.contain('không phải cam kết');
    await waitUntil(() => $(el, '[part="connection"]')!.textContent!.includes('trực tiếp'), 'goes live');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('moves numbers forward as counters call them, without announcing other people’s calls', async () => {
    await serverAt(MONDAY, 120);
    const el = await fixture<MotcuaQueueStatus>(html`<motcua-queue-status api-base=${base}></motcua-queue-status>`);
    await loaded(el);
    const first = el.snapshot!.lastEventId;
    const numbers = () => $$(el, '[part="number"]').map((n) => n.textContent).join(',');
    const before = numbers();
    await waitUntil(() => numbers() !== before, 'a counter called a new number', { timeout: 15_000 });
    expect(el.snapshot!.lastEventId).to.be.greaterThan(first);
    expect(live(el)).to.equal('', 'no ticket followed: nothing is said');
  });

  it('is clearly closed on a holiday, with the next opening', async () => {
    await serverAt('2025-09-02T09:00:00+07:00');
    const el = await fixture<MotcuaQueueStatus>(html`<motcua-queue-status api-base=${base}></motcua-queue-status>`);
    await loaded(el);
    const state = $(el, '[part="state"]')!;
    expect(state.classList.contains('closed')).to.be.true;
    expect(state.textContent).to.contain('Nghỉ lễ');
    expect(state.textContent).to.contain('07:30');
    await expect(el).to.be.accessible();
  });

  it('follows my ticket from entry to “your turn”, by keyboard, announcing only its changes', async () => {
    await serverAt(MONDAY, 120);
    const el = await fixture<MotcuaQueueStatus>(html`<motcua-queue-status api-base=${base}></motcua-queue-status>`);
    await loaded(el);
    const service = el.snapshot!.services.find((s) => s.counters.length > 1)!;
    const mine = (service.lastCalled ?? service.firstNumber - 1) + 3;
    const input = $<HTMLInputElement>(el, '#ticket-input')!;
    input.focus();
    await sendKeys({ type: 'abc' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#ticket-error')!.textContent).to.contain('chỉ gồm chữ số');
    await expect(el).to.be.accessible();
    input.select();
    const followed = oneEvent(el, 'motcua-ticket-change');
    await sendKeys({ type: String(mine) });
    await sendKeys({ press: 'Enter' });
    expect((await followed).detail.number).to.equal(mine);
    await el.updateComplete;
    const status = () => $(el, '[part="ticket-status"]')!;
    expect(status().textContent).to.match(/trước bạn còn \d+ người|người tiếp theo|Đến lượt/);
    await waitUntil(() => live(el).includes(String(mine)), 'following is announced');
    expect(JSON.parse(localStorage.getItem('motcua.queue.ticket')!)).to.include({ number: mine, notify: false });
    await expect(el).to.be.accessible();
    const turn = oneEvent(el, 'motcua-your-turn');
    await waitUntil(() => el.ticketState?.state === 'your-turn', 'the ticket was called', { timeout: 30_000 });
    expect((await turn).detail.number).to.equal(mine);
    await el.updateComplete;
    expect(status().classList.contains('your-turn')).to.be.true;
    await waitUntil(() => live(el).includes('Đến lượt bạn'), 'your turn is announced politely');
    await expect(el).to.be.accessible();
  });

  it('asks for notification permission only on a click, then notifies when the turn is near', async () => {
    // Headless Chromium shows no notifications: a stand-in records what the element asks for.
    const real = window.Notification;
    const shown: string[] = [];
    let asked = 0;
    class FakeNotification {
      static permission: NotificationPermission = 'default';
      static async requestPermission(): Promise<NotificationPermission> {
        asked += 1;
        FakeNotification.permission = 'granted';
        return 'granted';
      }
      constructor(_title: string, options?: NotificationOptions) {
        shown.push(options?.body ?? '');
      }
    }
    (window as unknown as { Notification: unknown }).Notification = FakeNotification;
    try {
      await serverAt(MONDAY, 120);
      const truth = await snapshot();
      const service = truth.services.find((s) => s.counters.length > 1)!;
      const mine = (service.lastCalled ?? service.firstNumber - 1) + 6;
      const el = await fixture<MotcuaQueueStatus>(html`<motcua-queue-status ticket=${mine} notify-ahead="2" api-base=${base}></motcua-queue-status>`);
      await loaded(el);
      await el.updateComplete;
      expect(asked, 'nothing asked before the click').to.equal(0);
      const button = $$(el, '[part="ticket-status"] button').find((b) => b.textContent!.includes('Báo cho tôi'))!;
      button.click();
      await waitUntil(() => asked === 1 && $(el, '[part="ticket-status"]')!.textContent!.includes('Sẽ báo'), 'permission asked on the click');
      expect(JSON.parse(localStorage.getItem('motcua.queue.ticket')!)).to.deep.equal({ number: mine, notify: true, date: truth.date });
      await waitUntil(() => shown.length >= 1, 'notified when two or fewer are ahead', { timeout: 30_000 });
      expect(shown[0]).to.contain(String(mine));
      expect(el.ticketState!.state === 'your-turn' || (el.ticketState!.state === 'waiting' && el.ticketState!.ahead <= 2)).to.be.true;
    } finally {
      (window as unknown as { Notification: unknown }).Notification = real;
    }
  });

  it('remembers the ticket number on the device (and nothing else) across a reload', async () => {
    await serverAt(MONDAY);
    const truth = await snapshot();
    localStorage.setItem('motcua.queue.ticket', JSON.stringify({ number: truth.services[0]!.lastIssued, notify: false, date: truth.date }));
    const el = await fixture<MotcuaQueueStatus>(html`<motcua-queue-status api-base=${base}></motcua-queue-status>`);
    await loaded(el);
    await el.updateComplete;
    expect(el.ticket).to.equal(truth.services[0]!.lastIssued);
    expect($(el, '[part="ticket-status"]')).to.exist;
    const forget = $$(el, '[part="ticket-status"] button').find((b) => b.textContent!.includes('Bỏ theo dõi'))!;
    forget.click();
    await el.updateComplete;
    expect(localStorage.getItem('motcua.queue.ticket')).to.equal(null);
    expect($(el, '[part="ticket-status"]')).to.equal(null);
  });

  it('follows the ticket named in the page address (the QR code on the ticket links there)', async () => {
    await serverAt(MONDAY);
    const truth = await snapshot();
    const number = truth.services[1]!.lastIssued!;
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search ? `${location.search}&` : '?'}so=${number}`);
    try {
      const el = await fixture<MotcuaQueueStatus>(html`<motcua-queue-status ticket-param="so" api-base=${base}></motcua-queue-status>`);
      await loaded(el);
      await el.updateComplete;
      expect(el.ticket).to.equal(number);
      expect($(el, '[part="ticket-status"]')!.textContent).to.contain(String(number));
      expect(JSON.parse(localStorage.getItem('motcua.queue.ticket')!).number).to.equal(number);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('shows an error with a retry button when the server is down, and recovers on retry', async () => {
    await stopServer();
    const el = await fixture<MotcuaQueueStatus>(html`<motcua-queue-status api-base=${base}></motcua-queue-status>`);
    await waitUntil(() => $(el, '[part="error"]'), 'error shown', { timeout: 15_000 });
    await expect(el).to.be.accessible();
    await serverAt(MONDAY);
    $(el, '[part="error"] button')!.click();
    await loaded(el);
  });

  it('says plainly, without an error or a retry, when the back end has no ticket machine (an OpenCPS gateway)', async () => {
    // The gateway's own answer for /queue, as test/server and the OpenAPI document give it.
    const body = { error: { code: 'QUEUE_NOT_AVAILABLE', message: 'Văn phòng này chưa kết nối máy phát số thứ tự.' } };
    const client = createClient({
      baseUrl: 'https://gateway.example.gov.vn/api/v1',
      fetch: async () => new Response(JSON.stringify(body), { status: 404, headers: { 'Content-Type': 'application/json' } }),
    });
    const el = await fixture<MotcuaQueueStatus>(html`<motcua-queue-status .client=${client}></motcua-queue-status>`);
    await waitUntil(() => $(el, '[part="unavailable"]'), 'unavailable note shown', { timeout: 15_000 });
    expect($(el, '[part="unavailable"]')!.textContent).to.include('chưa đưa máy phát số thứ tự lên cổng');
    expect($(el, '[part="error"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is a hall board in display mode: every counter, a cue on each call, reduced motion respected', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await serverAt(MONDAY, 120);
    const el = await fixture<MotcuaQueueStatus>(html`<motcua-queue-status mode="display" api-base=${base}></motcua-queue-status>`);
    await loaded(el);
    expect($(el, '#ticket-input'), 'no interaction needed').to.equal(null);
    expect($$(el, '[part~="tile"]')).to.have.length(el.snapshot!.services.flatMap((s) => s.counters).length);
    await waitUntil(() => $(el, '.tile.called'), 'a call is marked', { timeout: 15_000 });
    const tile = $(el, '.tile.called')!;
    expect(getComputedStyle(tile).animationName).to.equal('none');
    expect(parseFloat(getComputedStyle(tile.querySelector('.number')!).fontSize)).to.be.greaterThan(32);
    expect(live(el)).to.equal('', 'the board speaks no calls');
    await expect(el).to.be.accessible();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('recovers by itself after a server restart in display mode, missing no call', async () => {
    await serverAt(MONDAY, 120);
    const el = await fixture<MotcuaQueueStatus>(html`<motcua-queue-status mode="display" api-base=${base}></motcua-queue-status>`);
    await loaded(el);
    await stopServer();
    await waitUntil(() => $(el, '.connection.down'), 'shows the cut', { timeout: 10_000 });
    await serverAt('2025-09-15T10:20:00+07:00', 120);
    await waitUntil(() => !$(el, '.connection.down') && el.snapshot!.asOf >= '2025-09-15T10:20', 'back by itself', { timeout: 20_000 });
    const truth = await snapshot();
    await waitUntil(() => el.snapshot!.lastEventId >= truth.lastEventId, 'caught up');
    for (const s of truth.services) {
      const mine = el.snapshot!.services.find((x) => x.id === s.id)!;
      expect(mine.lastCalled).to.be.at.least(s.lastCalled ?? 0);
    }
  });

  it('shares one snapshot and one stream among the widgets of the same API on a page', async () => {
    await serverAt(MONDAY, 120);
    const wrap = await fixture<HTMLElement>(html`<div>
      <motcua-queue-status api-base=${base}></motcua-queue-status>
      <motcua-queue-status mode="display" api-base=${base}></motcua-queue-status>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('motcua-queue-status')] as MotcuaQueueStatus[];
    await loaded(a!);
    await loaded(b!);
    expect(a!.snapshot).to.equal(b!.snapshot);
    await waitUntil(() => a!.snapshot === b!.snapshot, 'same snapshot');
    const first = a!.snapshot!.lastEventId;
    await waitUntil(() => a!.snapshot!.lastEventId > first, 'events arrive', { timeout: 15_000 });
    expect(a!.snapshot).to.equal(b!.snapshot, 'both moved by the same events');
    const count = await executeServerCommand<{ subscribers: number }, { cmd: string }>('motcua-queue-server', { cmd: 'count' });
    expect(count!.subscribers).to.equal(1, 'one stream for both widgets');
  });

  it('has no horizontal overflow from 280 to 1200 px, in both modes', async () => {
    await serverAt(MONDAY);
    for (const mode of ['status', 'display']) {
      for (const width of [280, 480, 800, 1200]) {
        const el = await fixture<MotcuaQueueStatus>(html`<div style="width:${width}px"><motcua-queue-status mode=${mode} api-base=${base}></motcua-queue-status></div>`).then((d) => d.firstElementChild as MotcuaQueueStatus);
        await loaded(el);
        await el.updateComplete;
        expect(el.scrollWidth, `${mode} at ${width}px`).to.be.at.most(width);
        const inner = el.shadowRoot!.firstElementChild as HTMLElement;
        expect(inner.scrollWidth, `${mode} content at ${width}px`).to.be.at.most(inner.clientWidth + 1);
        // Each widget holds a stream; HTTP/1.1 allows six connections per host.
        el.parentElement!.remove();
      }
    }
  });

  it('speaks English under lang="en"', async () => {
    await serverAt(MONDAY);
    const el = await fixture<MotcuaQueueStatus>(html`<div lang="en"><motcua-queue-status api-base=${base}></motcua-queue-status></div>`).then((d) => d.firstElementChild as MotcuaQueueStatus);
    await loaded(el);
    await waitUntil(() => $(el, '[part="state"]')!.textContent!.includes('Open'), 'English');
    expect($(el, '.note')!.textContent).to.contain('not a promise');
  });
});
