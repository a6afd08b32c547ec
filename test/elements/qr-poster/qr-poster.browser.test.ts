import { expect, html, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { createClient } from '../../../src/api/client.js';
import type { MotcuaQrPoster } from '../../../src/elements/qr-poster/qr-poster.component.js';
import '../../../src/elements/qr-poster/qr-poster.js';
import { PRINT_PAGE } from '../../../src/elements/qr-poster/qr-poster.styles.js';
import { createDecoder } from '../../../src/elements/qr-lookup/decoder.js';
import { parseQrPayload } from '../../../src/qr/parse.js';
import { isolateForPrint } from '../../../src/elements/shared/print-page.js';
import { rasterise, someProcedureCodes } from '../qr-helpers.js';

const loaded = (el: MotcuaQrPoster) =>
  waitUntil(() => el.shadowRoot!.querySelector('.poster, [role="alert"], .message'), 'poster did not settle', { timeout: 8000 });

/** A procedure given as a property: the posters render without the API. */
const PROCEDURE = { code: '1.001108', name: 'Đăng ký kết hôn', field: { code: 'HT', name: 'Hộ tịch' }, levels: ['commune'], channels: ['in-person'], processingTime: 'Trong ngày' };

/** Every rule the document itself holds (adopted sheets), as text. */
const documentCss = () => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
// Chromium writes `size: A4 portrait` back as `size: a4` (portrait is the default).
const hasPortraitPage = () => /@page\s*\{[^}]*size:\s*a4(\s+portrait)?\s*;/i.test(documentCss());

describe('<motcua-qr-poster>', () => {
  let codes: string[] = [];
  before(async () => {
    codes = await someProcedureCodes(3);
  });
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('says what to do when no codes are given (empty), accessibly', async () => {
    const el = await fixture<MotcuaQrPoster>(html`<motcua-qr-poster api-base=${window.__MOTCUA_API__}></motcua-qr-poster>`);
    expect(el.shadowRoot!.textContent).to.contain('codes=');
    await expect(el).to.be.accessible();
  });

  it('shows loading, then one poster per code with name, field, time, office and a QR code', async () => {
    const el = await fixture<MotcuaQrPoster>(
      html`<motcua-qr-poster api-base=${window.__MOTCUA_API__} codes=${codes.join(', ')} office="Bộ phận Một cửa UBND xã Hòa Vang"></motcua-qr-poster>`,
    );
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'loading').to.exist;
    await expect(el).to.be.accessible();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.poster').length === 3, 'posters', { timeout: 8000 });
    const first = el.shadowRoot!.querySelector<HTMLElement>('.poster')!;
    const record = await createClient({ baseUrl: window.__MOTCUA_API__ }).procedures.get(codes[0]!);
    expect(first.dataset.code).to.equal(codes[0]);
    expect(first.querySelector('h2')!.textContent).to.equal(record.name);
    expect(first.textContent).to.contain(record.field.name);
    expect(first.textContent).to.contain(record.channels[0]!.processingTime.text);
    expect(first.textContent).to.contain('Bộ phận Một cửa UBND xã Hòa Vang');
    expect(first.querySelector('svg.qr')!.getAttribute('aria-label')).to.contain(`ma_thu_tuc=${codes[0]}`);
    expect(el.shadowRoot!.querySelector('.toolbar button')!.textContent).to.contain('In áp phích');
    await expect(el).to.be.accessible();
  });

  it('round trip: the printed QR, rasterised and decoded by the lazy decoder, gives back the procedure code', async () => {
    const el = await fixture<MotcuaQrPoster>(
      html`<motcua-qr-poster api-base=${window.__MOTCUA_API__} codes=${codes[1]!}
        link-template="https://dichvucong.sonha.gov.vn/thu-tuc#motcua:procedure={code}"></motcua-qr-poster>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('svg.qr'), 'qr', { timeout: 8000 });
    const canvas = await rasterise(el.shadowRoot!.querySelector<SVGSVGElement>('svg.qr')!);
    const decoder = await createDecoder({ prefer: 'jsqr' });
    expect(decoder.engine).to.equal('jsqr');
    const text = await decoder.decode(canvas);
    expect(text).to.equal(`https://dichvucong.sonha.gov.vn/thu-tuc#motcua:procedure=${codes[1]}`);
    expect(parseQrPayload(text!, { hostOrigin: 'https://dichvucong.sonha.gov.vn' })).to.deep.equal({ kind: 'procedure', code: codes[1], via: 'host' });
  });

  it('round trip with the default national link, for a local-variant code given as a property', async () => {
    const code = '1.000494.000.00.00.H29';
    const el = await fixture<MotcuaQrPoster>(html`<motcua-qr-poster
      .procedures=${[{ code, name: 'Đăng ký khai sinh', field: { code: 'HT', name: 'Hộ tịch' }, levels: ['commune'], channels: ['in-person'], processingTime: 'Trong ngày' }]}
    ></motcua-qr-poster>`);
    await waitUntil(() => el.shadowRoot!.querySelector('svg.qr'), 'qr', { timeout: 8000 });
    expect(el.shadowRoot!.textContent).to.contain('Trong ngày');
    const text = await (await createDecoder({ prefer: 'jsqr' })).decode(await rasterise(el.shadowRoot!.querySelector<SVGSVGElement>('svg.qr')!, 360));
    expect(parseQrPayload(text!)).to.deep.equal({ kind: 'procedure', code, via: 'national' });
  });

  it('lays out cards, and lists codes that could not be loaded', async () => {
    const el = await fixture<MotcuaQrPoster>(
      html`<motcua-qr-poster layout="cards" api-base=${window.__MOTCUA_API__} codes="${codes[0]} 9.999999"></motcua-qr-poster>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.poster'), 'cards', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('.sheet.layout-cards')).to.exist;
    expect(el.shadowRoot!.querySelector('.missing')!.textContent).to.contain('9.999999');
    expect(el.shadowRoot!.querySelector('.toolbar button')!.textContent).to.contain('In thẻ');
    await expect(el).to.be.accessible();
  });

  it('shows an error with retry when nothing can be loaded', async () => {
    const el = await fixture<MotcuaQrPoster>(html`<motcua-qr-poster api-base=${window.__MOTCUA_API__} codes="9.999998"></motcua-qr-poster>`);
    await loaded(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'error', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part="error"] button')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('has print styles: the toolbar hidden, one poster per page', async () => {
    const el = await fixture<MotcuaQrPoster>(html`<motcua-qr-poster .procedures=${[PROCEDURE, { ...PROCEDURE, code: '1.000894' }]}></motcua-qr-poster>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.poster').length === 2, 'posters', { timeout: 8000 });
    const text = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
    expect(text).to.match(/@media print[\s\S]*\.toolbar/);
    await emulateMedia({ media: 'print' });
    const [first, last] = el.shadowRoot!.querySelectorAll<HTMLElement>('.poster');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.toolbar')!).display).to.equal('none');
    expect(getComputedStyle(first!).breakAfter).to.equal('page');
    expect(getComputedStyle(last!).breakAfter).to.equal('auto');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(el.shadowRoot!.querySelector('.toolbar')!).display).to.not.equal('none');
  });

  it('adds its A4 @page rule to the document only while the page prints, and removes it after', async () => {
    const el = await fixture<MotcuaQrPoster>(html`<motcua-qr-poster .procedures=${[PROCEDURE]} no-print-button></motcua-qr-poster>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.poster'), 'poster', { timeout: 8000 });
    expect(hasPortraitPage(), 'on screen').to.equal(false);
    // The host page prints (Ctrl+P or its own button).
    window.dispatchEvent(new Event('beforeprint'));
    expect(hasPortraitPage(), 'printing').to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(hasPortraitPage(), 'after printing').to.equal(false);
    // Removed while printing: nothing is left behind either.
    window.dispatchEvent(new Event('beforeprint'));
    el.remove();
    expect(hasPortraitPage(), 'removed').to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('the print button prints the posters alone on A4 portrait, then tidies up', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <p class="host-text">Nội dung của trang chủ</p>
      <section><motcua-qr-poster .procedures=${[PROCEDURE]}></motcua-qr-poster></section>
    </div>`);
    const el = wrap.querySelector('motcua-qr-poster')!;
    const hostText = wrap.querySelector('p')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.toolbar button'), 'print button', { timeout: 8000 });
    await emulateMedia({ media: 'print' });
    const seen: Array<Record<string, boolean>> = [];
    const original = window.print;
    window.print = () => {
      seen.push({
        marked: el.hasAttribute('data-motcua-printing'),
        page: hasPortraitPage(),
        hostHidden: getComputedStyle(hostText).display === 'none',
        posterShown: getComputedStyle(el).display !== 'none' && getComputedStyle(wrap.querySelector('section')!).display !== 'none',
      });
    };
    try {
      // The button itself is not printed, so it is clicked from script.
      el.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button')!.click();
    } finally {
      window.print = original;
    }
    expect(seen).to.deep.equal([{ marked: true, page: true, hostHidden: true, posterShown: true }]);
    expect(el.hasAttribute('data-motcua-printing')).to.equal(false);
    expect(documentCss()).to.not.contain('@page');
    expect(documentCss()).to.not.contain('data-motcua-print');
    expect(getComputedStyle(hostText).display).to.not.equal('none');
  });

  it('leaves the paper to another element that prints alone (the roster’s landscape A4)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><div class="other"></div><motcua-qr-poster .procedures=${[PROCEDURE]}></motcua-qr-poster></div>`);
    const undo = isolateForPrint(wrap.querySelector<HTMLElement>('.other')!, { size: 'A4 landscape', margin: '10mm' });
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(hasPortraitPage()).to.equal(false);
      expect(documentCss()).to.match(/@page\s*\{[^}]*a4 landscape/i);
      window.dispatchEvent(new Event('afterprint'));
    } finally {
      undo();
    }
    expect(documentCss()).to.not.contain('@page');
  });

  it('prints one A4 sheet per poster, and six cards to a sheet (Chromium PDF)', async function () {
    this.timeout(30_000);
    const many = await someProcedureCodes(7);
    const sheets = async (layout: 'poster' | 'cards', list: string[]) => {
      const el = await fixture<MotcuaQrPoster>(
        html`<motcua-qr-poster api-base=${window.__MOTCUA_API__} layout=${layout} codes=${list.join(', ')}></motcua-qr-poster>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelectorAll('.poster svg.qr').length === list.length, 'all codes drawn', { timeout: 10_000 });
      const undo = isolateForPrint(el, PRINT_PAGE);
      try {
        return await executeServerCommand('motcua-pdf-pages');
      } finally {
        undo();
        el.remove();
      }
    };
    expect(await sheets('poster', many.slice(0, 3))).to.equal(3);
    expect(await sheets('cards', many.slice(0, 6))).to.equal(1);
    expect(await sheets('cards', many)).to.equal(2);
  });

  it('speaks English', async () => {
    const el = await fixture<MotcuaQrPoster>(html`<motcua-qr-poster lang="en" api-base=${window.__MOTCUA_API__} codes=${codes[0]!}></motcua-qr-poster>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.poster'), 'poster', { timeout: 8000 });
    expect(el.shadowRoot!.textContent).to.contain('Scan the QR code');
    await expect(el).to.be.accessible();
  });
});
