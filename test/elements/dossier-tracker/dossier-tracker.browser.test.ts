import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '../../../src/api/client.js';
import '../../../src/elements/dossier-tracker/dossier-tracker.js';
import type { MotcuaDossierTracker } from '../../../src/elements/dossier-tracker/dossier-tracker.component.js';
import { RECENT_STORAGE_KEY } from '../../../src/elements/dossier-tracker/recent.js';
import '../../../src/elements/provider/provider.js';
import { sample, type Sample } from '../../fixtures/sample-dossiers.js';
import { RECEIPTS, SAMPLE_CODE, SAMPLE_KEY } from '../../fixtures/dossier-codes.js';

/**
 * A client with its own rate-limit identity (the test API trusts X-Forwarded-For), so wrong keys
 * here never lock other test files out of the look-up.
 */
function isolatedClient() {
  // A real address (the server takes only an IP from X-Forwarded-For; anything else falls back
  // to the shared socket address, and one test's wrong keys would lock the others out).
  const group = () => Math.floor(Math.random() * 0x10000).toString(16);
  const ip = `2001:db8:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
  return createClient({ baseUrl: window.__MOTCUA_API__, headers: { 'X-Forwarded-For': ip } });
}

async function tracker(template = html`<motcua-dossier-tracker></motcua-dossier-tracker>`, client = isolatedClient()) {
  const el = await fixture<MotcuaDossierTracker>(template);
  if (!el.client) el.client = client;
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MotcuaDossierTracker, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;

function fill(el: MotcuaDossierTracker, code: string, key: string) {
  for (const [id, value] of [['code', code], ['key', key]] as const) {
    const input = $<HTMLInputElement>(el, `#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
}

async function lookUp(el: MotcuaDossierTracker, s: Pick<Sample, 'code' | 'lookupKey'>) {
  fill(el, s.code, s.lookupKey);
  const result = oneEvent(el, 'motcua-result');
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await result;
  await el.updateComplete;
  // Holidays load after the dossier; wait for the working-day lines.
  await waitUntil(() => !$(el, '.days') || $(el, '.days[data-counted]'), 'working days not counted', { timeout: 5000 });
  await el.updateComplete;
}

const text = (el: MotcuaDossierTracker, selector = '.tracker') => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ');

async function lookUpWrong(el: MotcuaDossierTracker, code: string) {
  fill(el, code, 'WRONG1');
  const failed = oneEvent(el, 'motcua-error');
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  const event = await failed;
  await el.updateComplete;
  return event;
}

// End to end on the reference server: what only a real server shows (the sample's dossiers in every
// status, its identical 404s, its rate limit, a real unreachable host, URLs, storage, refresh). Form
// validation and the view's transitions are tested on the fake client (behaviour.browser.test.ts).
describe('<motcua-dossier-tracker>', () => {
  afterEach(() => localStorage.removeItem(RECENT_STORAGE_KEY));

  it('shows a dossier in progress across agencies: status, holder, steps, working days, badge; fires events', async () => {
    const s = sample((d) => d.status === 4 && d.timeliness === 'in-progress' && d.timeline.length >= 5);
    const el = await tracker();
    const lookups: string[] = [];
    el.addEventListener('motcua-lookup', (e) => lookups.push(e.detail.code));
    // Typed loosely: lower case, spaces and an en dash.
    await lookUp(el, { code: ` ${s.code.toLowerCase().replace('-', ' – ')} `, lookupKey: s.lookupKey.toLowerCase() });
    expect(lookups).to.deep.equal([s.code]);
    expect(el.dossier?.code).to.equal(s.code);
    const all = text(el);
    expect(all).to.include(s.dossier.procedure.name);
    expect(all).to.include('Trạng thái: Đang xử lý');
    expect($(el, '[data-timeliness]')!.textContent).to.include('Đang trong hạn');
    expect($(el, '[data-timeliness] svg')).to.not.equal(null);
    expect(all).to.include(s.dossier.currentHolder!);
    const current = $(el, '.step[aria-current="step"]')!;
    expect(current.textContent).to.include('Đang xử lý');
    expect(el.shadowRoot!.querySelectorAll('.timeline li')).to.have.length(s.dossier.timeline.length);
    expect(text(el, '.days')).to.match(/Đã dùng \d+ ngày làm việc/);
    expect(text(el, '.days')).to.match(/Còn \d+ ngày làm việc|Hôm nay là ngày hẹn/);
    expect(all).to.include(s.dossier.applicant.name);
    // Focus moves to the result for keyboard and screen-reader users.
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#result-title'));
    await expect(el).to.be.accessible();
  });

  it('shows a late dossier with its written apology and the new date', async () => {
    const s = sample((d) => d.status === 10 && d.timeliness === 'late' && d.apology !== undefined);
    const el = await tracker();
    await lookUp(el, s);
    expect($(el, '[data-timeliness]')!.textContent).to.include('Trễ hạn');
    const apology = text(el, '.apology');
    expect(apology).to.include('Thư xin lỗi');
    expect(apology).to.include(s.dossier.apology!.agency);
    const [y, m, d] = s.dossier.apology!.newAppointmentDate.split('-');
    expect(apology).to.include(`${d}/${m}/${y}`);
    // Finished after the appointment date: the days line says by how much, and no countdown.
    const days = text(el, '.days');
    expect(days).to.match(/Quá ngày hẹn [1-9]\d* ngày làm việc\./);
    expect(days).to.not.match(/Còn \d+ ngày làm việc|Hôm nay là ngày hẹn/);
    await expect(el).to.be.accessible();
  });

  it('lists the documents to add (status 5) and the fees to pay in đồng (status 6)', async () => {
    const supplement = sample((d) => d.status === 5 && (d.supplement?.items.length ?? 0) > 0);
    const el = await tracker();
    await lookUp(el, supplement);
    for (const item of supplement.dossier.supplement!.items) expect(text(el)).to.include(item);
    expect(text(el)).to.include('Cần bổ sung giấy tờ');
    await expect(el).to.be.accessible();

    const fees = sample((d) => d.status === 6 && (d.fees?.some((f) => !f.paid) ?? false));
    $<HTMLButtonElement>(el, '.actions button:last-child')!.click(); // "look up another"
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#code'));
    await lookUp(el, fees);
    expect(text(el)).to.include('Yêu cầu thực hiện nghĩa vụ tài chính');
    expect(text(el)).to.match(/Số tiền còn phải nộp: [\d.]+\s?₫/);
    expect(text(el)).to.include('Chưa nộp');
    await expect(el).to.be.accessible();
  });

  it('shows the reason and no deadline for a refused dossier', async () => {
    const s = sample((d) => d.status === 3);
    const el = await tracker();
    await lookUp(el, s);
    expect(text(el)).to.include('Không được tiếp nhận');
    expect(text(el)).to.include(s.dossier.reason!);
    expect($(el, '[data-timeliness]')).to.equal(null);
    expect($(el, '.days')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a dossier the citizen withdrew (status 7): status, reason, the step, no deadline', async () => {
    const s = sample((d) => d.status === 7 && d.reason !== undefined);
    const el = await tracker();
    await lookUp(el, s);
    expect(text(el, '.badge.status')).to.include('Trạng thái: Công dân yêu cầu rút hồ sơ');
    expect(text(el)).to.include(s.dossier.reason!);
    expect(text(el, '.timeline')).to.include('Công dân rút hồ sơ');
    // Handling ended without a result, so no on-time badge and no working-day count.
    expect($(el, '[data-timeliness]')).to.equal(null);
    expect($(el, '.days')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a dossier whose processing was stopped (status 8): status, reason, the step, no deadline', async () => {
    const s = sample((d) => d.status === 8 && d.reason !== undefined);
    const el = await tracker();
    await lookUp(el, s);
    expect(text(el, '.badge.status')).to.include('Trạng thái: Dừng xử lý');
    expect(text(el)).to.include(s.dossier.reason!);
    expect(text(el, '.timeline')).to.include('Dừng xử lý hồ sơ');
    expect($(el, '[data-timeliness]')).to.equal(null);
    expect($(el, '.days')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('gives the same message for a wrong key and an unknown code, as an alert', async () => {
    const s = sample((d) => d.status === 9);
    const el = await tracker();
    const wrong = await lookUpWrong(el, s.code);
    const box = $(el, '#error')!;
    expect(box.getAttribute('role')).to.equal('alert');
    const message = box.textContent!.trim();
    expect(message).to.include('Không tìm thấy hồ sơ');
    expect(wrong.detail.message).to.include('Không tìm thấy hồ sơ');
    expect(el.shadowRoot!.activeElement).to.equal(box);
    await expect(el).to.be.accessible();

    await lookUpWrong(el, '999.99.99.H48-200101-0001');
    expect($(el, '#error')!.textContent!.trim()).to.equal(message);
  });

  it('counts down the wait after too many wrong keys (429 + Retry-After)', async () => {
    const client = isolatedClient();
    const s = sample((d) => d.status === 2);
    // The server allows 10 failed look-ups per client per 10 minutes.
    for (let i = 0; i < 10; i++) await client.dossiers.lookup({ code: s.code, lookupKey: `BAD${i}X` }).catch(() => {});
    const el = await tracker(undefined, client);
    fill(el, s.code, s.lookupKey);
    const failed = oneEvent(el, 'motcua-error');
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await failed;
    await el.updateComplete;
    const box = $(el, '#error')!;
    expect(box.dataset.kind).to.equal('too-many');
    expect(box.getAttribute('role')).to.equal('alert');
    const first = box.textContent!.replace(/\s+/g, ' ');
    expect(first).to.match(/thử lại sau \d+ phút \d+ giây|thử lại sau \d+ giây/);
    expect($(el, 'button[type=submit]')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    await aTimeout(1200);
    await el.updateComplete;
    expect($(el, '#error')!.textContent!.replace(/\s+/g, ' ')).to.not.equal(first);
    // Pressing the button during the wait sends nothing.
    let sent = 0;
    el.addEventListener('motcua-lookup', () => sent++);
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect(sent).to.equal(0);
  });

  it('says the device is offline when the API cannot be reached', async () => {
    const unreachable = createClient({ baseUrl: 'http://127.0.0.1:9/api/v1', retry: 0 });
    const el = await tracker(undefined, unreachable);
    const s = sample((d) => d.status === 1);
    fill(el, s.code, s.lookupKey);
    const failed = oneEvent(el, 'motcua-error');
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await failed;
    await el.updateComplete;
    expect($(el, '#error')!.dataset.kind).to.equal('offline');
    expect(text(el, '#error')).to.include('không có kết nối mạng');
    expect($(el, '#error button')!.textContent).to.include('Thử lại');
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard alone', async () => {
    const s = sample((d) => d.status === 9 && d.timeliness === 'early');
    const el = await tracker();
    $<HTMLInputElement>(el, '#code')!.focus();
    await sendKeys({ type: s.code });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#key'));
    await sendKeys({ type: s.lookupKey });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#remember'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button[type=submit]'));
    const result = oneEvent(el, 'motcua-result');
    await sendKeys({ press: 'Enter' });
    await result;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#result-title'));
    expect($(el, '[data-timeliness]')!.textContent).to.include('Trước hạn');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('BUTTON');

    // "Look up another" from the keyboard, then Enter in the key field submits too.
    const other = sample((d) => d.status === 10 && d.timeliness === 'on-time');
    $<HTMLButtonElement>(el, '.actions button:last-child')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#code'));
    await sendKeys({ type: other.code });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: other.lookupKey });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#key'));
    const lookups: string[] = [];
    el.addEventListener('motcua-lookup', (e) => lookups.push(e.detail.code));
    const second = oneEvent(el, 'motcua-result');
    await sendKeys({ press: 'Enter' });
    await second;
    await el.updateComplete;
    expect(lookups).to.deep.equal([other.code]);
    expect(el.dossier?.code).to.equal(other.code);
    expect(text(el, '#result-title')).to.include(other.code);
    expect($(el, '[data-timeliness]')!.textContent).to.include('Đúng hạn');
  });

  it('takes the code from the page URL and from the code property (pasted text included)', async () => {
    const before = location.href;
    history.replaceState(null, '', `?hoso=${encodeURIComponent('000.00.53.h48-220921-0099')}`);
    try {
      const el = await tracker();
      expect($<HTMLInputElement>(el, '#code')!.value).to.equal('000.00.53.H48-220921-0099');
      history.replaceState(null, '', `?ma=${encodeURIComponent('000.00.53.H48-220921-0011')}`);
      const custom = await tracker(html`<motcua-dossier-tracker url-params="ma"></motcua-dossier-tracker>`);
      expect($<HTMLInputElement>(custom, '#code')!.value).to.equal('000.00.53.H48-220921-0011');
    } finally {
      history.replaceState(null, '', before);
    }
    const el = await tracker();
    el.code = 'Mã hồ sơ: 000.00.53.H48–220921–0042 (hẹn trả 05/10)';
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#code')!.value).to.equal('000.00.53.H48-220921-0042');
  });

  it('remembers look-ups only when asked, keeping the code and a key hint but no personal data', async () => {
    const s = sample((d) => d.status === 10 && d.timeliness === 'on-time');
    const el = await tracker();
    await lookUp(el, s);
    expect(localStorage.getItem(RECENT_STORAGE_KEY)).to.equal(null);

    const opted = await tracker();
    const box = $<HTMLInputElement>(opted, '#remember')!;
    box.click();
    await lookUp(opted, s);
    const stored = localStorage.getItem(RECENT_STORAGE_KEY)!;
    expect(stored).to.include(s.code);
    expect(stored.toUpperCase()).to.not.include(s.lookupKey.toUpperCase());
    expect(stored).to.not.include(s.dossier.applicant.name);

    const again = await tracker();
    expect($<HTMLInputElement>(again, '#remember')!.checked).to.equal(true);
    const item = $<HTMLButtonElement>(again, '.recent-item')!;
    expect(item.textContent).to.include(s.code);
    await expect(again).to.be.accessible();
    item.click();
    await again.updateComplete;
    expect($<HTMLInputElement>(again, '#code')!.value).to.equal(s.code);
    expect(again.shadowRoot!.activeElement).to.equal($(again, '#key'));
    $<HTMLButtonElement>(again, '.recent > button')!.click();
    await again.updateComplete;
    expect(localStorage.getItem(RECENT_STORAGE_KEY)).to.equal(null);
    expect($(again, '.recent')).to.equal(null);
  });

  it('refreshes while open and pauses while the page is hidden', async () => {
    const s = sample((d) => d.status === 4);
    const el = await tracker(html`<motcua-dossier-tracker refresh-interval="1"></motcua-dossier-tracker>`);
    let lookups = 0;
    el.addEventListener('motcua-lookup', () => lookups++);
    await lookUp(el, s);
    await waitUntil(() => lookups >= 2, 'no automatic refresh', { timeout: 4000 });

    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await aTimeout(300); // let a refresh already in flight finish
      const paused = lookups;
      await aTimeout(1500);
      expect(lookups).to.equal(paused);
    } finally {
      Object.defineProperty(document, 'visibilityState', visibility);
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    const resumed = lookups;
    await waitUntil(() => lookups > resumed, 'refresh did not resume', { timeout: 3000 });
    el.refreshInterval = 0;
    await el.updateComplete;
  });

  it('reads the code out of every printed receipt form of the shared table', async () => {
    const el = await tracker();
    for (const receipt of RECEIPTS) {
      el.code = receipt.text(SAMPLE_CODE, SAMPLE_KEY);
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#code')!.value, receipt.name).to.equal(SAMPLE_CODE);
    }
  });

  it('speaks English inside a provider with lang="en", and passes axe in the loading state', async () => {
    const s = sample((d) => d.status === 10 && d.timeliness === 'late');
    const provider = await fixture(html`<motcua-provider lang="en" .client=${isolatedClient()}>
      <motcua-dossier-tracker></motcua-dossier-tracker>
    </motcua-provider>`);
    const el = provider.querySelector('motcua-dossier-tracker')!;
    await el.updateComplete;
    expect($(el, 'label[for=code]')!.textContent).to.equal('Dossier code');
    fill(el, s.code, s.lookupKey);
    const result = oneEvent(el, 'motcua-result');
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect($(el, '.loading')!.textContent).to.include('Looking up');
    await expect(el).to.be.accessible();
    await result;
    await el.updateComplete;
    expect(text(el)).to.include('Letter of apology');
    expect($(el, '[data-timeliness]')!.textContent).to.include('Late');
  });
});
