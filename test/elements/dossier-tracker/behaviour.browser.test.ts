// What the tracker does with each kind of answer, against the in-memory fake client: form
// validation, the error states, the loading state and "look up another". The end-to-end suite
// (test/elements/dossier-tracker/dossier-tracker.browser.test.ts) keeps the real reference server.
import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import '../../../src/elements/dossier-tracker/dossier-tracker.js';
import type { MotcuaDossierTracker } from '../../../src/elements/dossier-tracker/dossier-tracker.component.js';
import { RECENT_STORAGE_KEY } from '../../../src/elements/dossier-tracker/recent.js';
import { SAMPLE_CODE, SAMPLE_KEY } from '../../fixtures/dossier-codes.js';
import { fakeClient, IN_PROGRESS, type FakeClient } from '../fake-client.js';

const UNKNOWN_CODE = '999.99.99.H48-200101-0001';

async function tracker(fake: FakeClient = fakeClient()) {
  const el = await fixture<MotcuaDossierTracker>(html`<motcua-dossier-tracker .client=${fake.client}></motcua-dossier-tracker>`);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MotcuaDossierTracker, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;

const text = (el: MotcuaDossierTracker, selector = '.tracker') => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ');

function fill(el: MotcuaDossierTracker, code: string, key: string) {
  for (const [id, value] of [['code', code], ['key', key]] as const) {
    const input = $<HTMLInputElement>(el, `#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
}

/** Submits the form and waits for the outcome event. */
async function submit(el: MotcuaDossierTracker, outcome: 'motcua-result' | 'motcua-error') {
  const done = oneEvent(el, outcome);
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  const event = await done;
  await el.updateComplete;
  return event;
}

describe('<motcua-dossier-tracker> behaviour (fake client)', () => {
  afterEach(() => localStorage.removeItem(RECENT_STORAGE_KEY));

  it('validates before sending: messages linked to the fields, focus on the first invalid field, nothing sent', async () => {
    const fake = fakeClient();
    const el = await tracker(fake);
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    const code = $<HTMLInputElement>(el, '#code')!;
    expect(code.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#key')!.getAttribute('aria-invalid')).to.equal('true');
    expect(code.getAttribute('aria-describedby')).to.include('code-error');
    expect($(el, '#code-error')!.textContent).to.include('Vui lòng nhập mã hồ sơ');
    expect($(el, '#key-error')!.textContent).to.include('Vui lòng nhập mã tra cứu');
    expect(el.shadowRoot!.activeElement).to.equal(code);
    await expect(el).to.be.accessible();

    fill(el, 'hồ sơ 123', 'ab!');
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect($(el, '#code-error')!.textContent).to.include('chưa đúng dạng');
    expect($(el, '#key-error')!.textContent).to.include('4–12');

    // A loosely typed but valid code leaves only the key invalid, and the focus goes there.
    fill(el, SAMPLE_CODE.toLowerCase().replace('-', ' – '), 'ab!');
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect(code.getAttribute('aria-invalid')).to.equal('false');
    expect($(el, '#code-error')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#key'));
    expect(fake.lookups).to.deep.equal([]);
  });

  it('sends the normalised code and key, shows "looking up" while the answer is pending, then the dossier', async () => {
    const fake = fakeClient();
    const el = await tracker(fake);
    const release = fake.hold();
    fill(el, ` ${SAMPLE_CODE.toLowerCase()} `, SAMPLE_KEY.toLowerCase());
    const result = oneEvent(el, 'motcua-result');
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect($(el, '.loading')!.getAttribute('role')).to.equal('status');
    expect(el.dossier).to.equal(undefined);
    await expect(el).to.be.accessible();
    release();
    await result;
    await el.updateComplete;
    expect(fake.lookups).to.deep.equal([{ code: SAMPLE_CODE, lookupKey: SAMPLE_KEY }]);
    expect($(el, '.loading')).to.equal(null);
    expect(el.dossier?.code).to.equal(SAMPLE_CODE);
    expect(text(el)).to.include(IN_PROGRESS.procedure.name);
    expect(text(el)).to.include(IN_PROGRESS.currentHolder!);
  });

  it('gives the same message for a wrong key and an unknown code, as a focused alert', async () => {
    const el = await tracker();
    fill(el, SAMPLE_CODE, 'WRONG1');
    const wrong = await submit(el, 'motcua-error');
    const box = $(el, '#error')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.dataset.kind).to.equal('not-found');
    const message = box.textContent!.trim();
    expect(message).to.include('Không tìm thấy hồ sơ');
    expect(wrong.detail.message).to.include('Không tìm thấy hồ sơ');
    expect(el.shadowRoot!.activeElement).to.equal(box);
    await expect(el).to.be.accessible();

    fill(el, UNKNOWN_CODE, SAMPLE_KEY);
    await submit(el, 'motcua-error');
    expect($(el, '#error')!.textContent!.trim()).to.equal(message);
  });

  it('counts down the wait the server asked for (429 + Retry-After) and sends nothing meanwhile', async () => {
    const fake = fakeClient({ retryAfter: 90 });
    fake.failWith('too-many');
    const el = await tracker(fake);
    fill(el, SAMPLE_CODE, SAMPLE_KEY);
    await submit(el, 'motcua-error');
    const box = $(el, '#error')!;
    expect(box.dataset.kind).to.equal('too-many');
    expect(box.getAttribute('role')).to.equal('alert');
    const first = text(el, '#error');
    // 90 s is shown as minutes and seconds (a tick may already have passed).
    expect(first).to.match(/thử lại sau 1 phút (30|29) giây/);
    expect($(el, 'button[type=submit]')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    await aTimeout(1200);
    await el.updateComplete;
    expect(text(el, '#error')).to.not.equal(first);
    const sent = fake.lookups.length;
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect(fake.lookups.length).to.equal(sent);
  });

  it('says the device is offline, and "try again" succeeds once the network is back', async () => {
    const fake = fakeClient();
    fake.failWith('offline');
    const el = await tracker(fake);
    fill(el, SAMPLE_CODE, SAMPLE_KEY);
    await submit(el, 'motcua-error');
    expect($(el, '#error')!.dataset.kind).to.equal('offline');
    expect(text(el, '#error')).to.include('không có kết nối mạng');
    const retry = $<HTMLButtonElement>(el, '#error button')!;
    expect(retry.textContent).to.include('Thử lại');
    await expect(el).to.be.accessible();

    fake.failWith(undefined);
    const result = oneEvent(el, 'motcua-result');
    retry.click();
    await result;
    await el.updateComplete;
    expect($(el, '#error')).to.equal(null);
    expect(el.dossier?.code).to.equal(SAMPLE_CODE);
    expect(fake.lookups).to.have.length(2);
  });

  it('names any other failure as a server problem with a way to try again', async () => {
    const fake = fakeClient();
    fake.failWith('server-error');
    const el = await tracker(fake);
    fill(el, SAMPLE_CODE, SAMPLE_KEY);
    await submit(el, 'motcua-error');
    expect($(el, '#error')!.dataset.kind).to.equal('other');
    expect($(el, '#error button')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('"look up another" after a failed refresh leaves no error box behind', async () => {
    const fake = fakeClient();
    const el = await tracker(fake);
    fill(el, SAMPLE_CODE, SAMPLE_KEY);
    await submit(el, 'motcua-result');
    // The refresh fails: the dossier stays, with the error above it.
    fake.failWith('offline');
    const failed = oneEvent(el, 'motcua-error');
    $<HTMLButtonElement>(el, '.actions button:nth-child(2)')!.click();
    await failed;
    await el.updateComplete;
    expect($(el, '#error')!.dataset.kind).to.equal('offline');
    expect(el.dossier?.code).to.equal(SAMPLE_CODE);
    $<HTMLButtonElement>(el, '.actions button:last-child')!.click();
    await el.updateComplete;
    expect($(el, '#error')).to.equal(null);
    expect(el.dossier).to.equal(undefined);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#code'));
    await expect(el).to.be.accessible();
  });
});
