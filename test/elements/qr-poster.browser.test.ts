import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '../../src/api/client.js';
import type { MotcuaQrPoster } from '../../src/elements/qr-poster/qr-poster.component.js';
import '../../src/elements/qr-poster/qr-poster.js';
import { createDecoder } from '../../src/elements/qr-lookup/decoder.js';
import { parseQrPayload } from '../../src/qr/parse.js';
import { rasterise, someProcedureCodes } from './qr-helpers.js';

const loaded = (el: MotcuaQrPoster) =>
  waitUntil(() => el.shadowRoot!.querySelector('.poster, [role="alert"], .message'), 'poster did not settle', { timeout: 8000 });

describe('<motcua-qr-poster>', () => {
  let codes: string[] = [];
  before(async () => {
    codes = await someProcedureCodes(3);
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

  it('adds an A4 @page rule to the document while on the page, and removes it after', async () => {
    const el = await fixture<MotcuaQrPoster>(html`<motcua-qr-poster></motcua-qr-poster>`);
    const has = () => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => /size:\s*a4/i.test(r.cssText)));
    expect(has()).to.equal(true);
    el.remove();
    expect(has()).to.equal(false);
  });

  it('speaks English', async () => {
    const el = await fixture<MotcuaQrPoster>(html`<motcua-qr-poster lang="en" api-base=${window.__MOTCUA_API__} codes=${codes[0]!}></motcua-qr-poster>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.poster'), 'poster', { timeout: 8000 });
    expect(el.shadowRoot!.textContent).to.contain('Scan the QR code');
    await expect(el).to.be.accessible();
  });
});
