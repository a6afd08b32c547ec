// The posters' QR codes are made only when shown: a poster in a closed <details> (the demo page's
// desk section) neither downloads nor runs the encoder until the details open or the page prints.
// A file of its own: the encoder, once loaded, stays loaded for every later test in the page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MotcuaQrPoster } from '../../../src/elements/qr-poster/qr-poster.component.js';
import '../../../src/elements/qr-poster/qr-poster.js';

const PROCEDURE = { code: '1.001108', name: 'Đăng ký kết hôn', field: { code: 'HT', name: 'Hộ tịch' }, levels: ['commune'], channels: ['in-person'], processingTime: 'Trong ngày' };
const SECOND = { ...PROCEDURE, code: '1.000894', name: 'Đăng ký khai sinh' };

const encoderFetched = () => performance.getEntriesByType('resource').some((e) => /\/uqr\//.test(e.name));
const codesShown = (el: MotcuaQrPoster) => el.shadowRoot!.querySelectorAll('svg.qr path').length;
const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function hiddenPoster(procedures = [PROCEDURE]) {
  const details = await fixture<HTMLDetailsElement>(html`<details>
    <summary>In áp phích</summary>
    <motcua-qr-poster .procedures=${procedures}></motcua-qr-poster>
  </details>`);
  const el = details.querySelector('motcua-qr-poster')!;
  // Inside a closed <details> a widget has no box to come near the viewport, so it is not drawn
  // (render-gate.ts) until the details opens or the reader presses a key, as here.
  await idle(100);
  expect(el.hasUpdated, 'not drawn while closed and untouched').to.equal(false);
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
  await waitUntil(() => el.shadowRoot!.querySelectorAll('.poster').length === procedures.length, 'posters', { timeout: 8000 });
  return { details, el };
}

describe('<motcua-qr-poster> makes its QR codes only when shown', () => {
  it('in a closed <details>: the posters are drawn, the encoder is neither fetched nor run until it opens', async () => {
    const { details, el } = await hiddenPoster();
    await idle(500);
    expect(codesShown(el), 'codes while closed').to.equal(0);
    expect(el.shadowRoot!.querySelector('.poster .qr.pending'), 'a placeholder keeps the space').to.exist;
    expect(encoderFetched(), 'encoder fetched while closed').to.equal(false);
    details.open = true;
    await waitUntil(() => codesShown(el) === 1, 'the code once opened', { timeout: 8000 });
    expect(encoderFetched()).to.equal(true);
    expect(el.shadowRoot!.querySelector('svg.qr')!.getAttribute('aria-label')).to.contain('ma_thu_tuc=1.001108');
  });

  it('printing the page makes the codes of posters not shown on screen, within the beforeprint task', async () => {
    // The encoder is loaded by now (the test above): printing cannot wait for a download.
    const { el } = await hiddenPoster([PROCEDURE, SECOND]);
    await idle(200);
    expect(codesShown(el)).to.equal(0);
    window.dispatchEvent(new Event('beforeprint'));
    try {
      // Lit renders in this task's microtasks, before the browser lays the page out for printing.
      await el.updateComplete;
      expect(codesShown(el)).to.equal(2);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('a displayed poster makes its codes without being asked', async () => {
    const el = await fixture<MotcuaQrPoster>(html`<motcua-qr-poster .procedures=${[PROCEDURE, SECOND]}></motcua-qr-poster>`);
    await waitUntil(() => codesShown(el) === 2, 'codes', { timeout: 8000 });
  });
});
