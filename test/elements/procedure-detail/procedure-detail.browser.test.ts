import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { createClient } from '../../../src/api/client.js';
import '../../../src/elements/procedure-detail/procedure-detail.js';
import type { MotcuaProcedureDetail } from '../../../src/elements/procedure-detail/procedure-detail.component.js';

declare global {
  interface Window {
    __MOTCUA_API__: string;
    __xss?: number;
  }
}

const api = () => window.__MOTCUA_API__;
const root = (el: Element) => el.shadowRoot!;

async function loaded(el: MotcuaProcedureDetail): Promise<void> {
  await waitUntil(() => root(el).querySelector('.name, [part="error"]'), 'detail did not load', { timeout: 5000 });
  await el.updateComplete;
}

describe('<motcua-procedure-detail>', () => {
  it('shows everything before the desk: channels with time and fee, documents per case, steps, basis, link', async () => {
    const el = await fixture<MotcuaProcedureDetail>(html`<motcua-procedure-detail api-base=${api()} code="1.001193"></motcua-procedure-detail>`);
    await loaded(el);
    const r = root(el);
    expect(r.querySelector('.name')!.textContent).to.equal('Thủ tục đăng ký khai sinh');
    expect(r.querySelector('.name')!.getAttribute('aria-level')).to.equal('2');
    expect(r.querySelector('.summary')!.textContent).to.contain('1.001193');
    const channelRows = [...r.querySelectorAll('.channels tbody tr')];
    expect(channelRows.length).to.be.greaterThan(0);
    expect(channelRows[0]!.querySelector('th')!.textContent).to.equal('Trực tiếp');
    expect(channelRows[0]!.querySelectorAll('td')[0]!.textContent!.trim()).to.not.equal('');
    expect(r.querySelectorAll('.documents tbody tr').length).to.be.greaterThan(0);
    expect(r.querySelectorAll('.steps li').length).to.be.greaterThan(1);
    expect(r.querySelectorAll('.legal li').length).to.be.greaterThan(0);
    const link = r.querySelector<HTMLAnchorElement>('[part="national-link"]')!;
    expect(link.href).to.contain('ma_thu_tuc=1.001193');
    expect(link.rel).to.contain('noopener');
    expect(r.querySelector('[part="print-button"]')!.textContent).to.contain('In');
    await expect(el).to.be.accessible();
  });

  it('lists documents per case with originals, copies and form downloads', async () => {
    const el = await fixture<MotcuaProcedureDetail>(html`<motcua-procedure-detail api-base=${api()} code="1.004194"></motcua-procedure-detail>`);
    await loaded(el);
    const cases = [...root(el).querySelectorAll('.case')];
    expect(cases).to.have.length(2);
    expect(cases[0]!.querySelector('.case-title')!.textContent).to.contain('Trường hợp người yêu cầu trực tiếp nộp hồ sơ');
    const first = cases[0]!.querySelector('tbody tr')!;
    expect(first.querySelectorAll('td')[1]!.textContent).to.equal('1');
    expect(first.querySelectorAll('td')[2]!.textContent).to.equal('0');
    const form = first.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(form.getAttribute('href')).to.equal('/forms/1.004194-to-khai.html');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('toàn trình');
  });

  it('shows catalogue HTML as text: nothing executes, no markup is created (1.004194)', async () => {
    window.__xss = 0;
    const originalAlert = window.alert;
    window.alert = () => {
      window.__xss = (window.__xss ?? 0) + 1;
    };
    try {
      const el = await fixture<MotcuaProcedureDetail>(html`<motcua-procedure-detail api-base=${api()} code="1.004194"></motcua-procedure-detail>`);
      await loaded(el);
      const steps = root(el).querySelector('.steps')!;
      expect(steps.querySelectorAll('script, img, b, a, [onclick], [onerror]')).to.have.length(0);
      expect(steps.textContent).to.contain('Cơ quan có thẩm quyền thẩm định hồ sơ. Xem hướng dẫn chi tiết');
      expect(steps.textContent).to.not.contain('<script');
      expect(steps.textContent).to.not.contain('alert');
      await new Promise((r) => setTimeout(r, 300)); // an onerror would have fired by now
      expect(window.__xss).to.equal(0);
      await expect(el).to.be.accessible();
    } finally {
      window.alert = originalAlert;
    }
  });

  it('never links to javascript: URLs from catalogue data', async () => {
    const client = createClient({ baseUrl: api() });
    const procedure = await client.procedures.get('1.004194');
    procedure.nationalUrl = 'javascript:alert(1)';
    procedure.documents[0]!.items[0]!.form = { name: 'Mẫu', url: ' JaVaScRiPt:alert(2)' };
    const el = await fixture<MotcuaProcedureDetail>(html`<motcua-procedure-detail .procedure=${procedure}></motcua-procedure-detail>`);
    expect(root(el).querySelector('[part="national-link"]')).to.equal(null);
    for (const a of root(el).querySelectorAll('a')) expect(a.protocol).to.match(/^https?:$/);
  });

  it('says "không tìm thấy thủ tục" for an unknown code (404), and emits motcua-error', async () => {
    const el = await fixture<MotcuaProcedureDetail>(html`<motcua-procedure-detail api-base=${api()}></motcua-procedure-detail>`);
    setTimeout(() => (el.code = '1.999999'));
    const event = await oneEvent(el, 'motcua-error');
    expect(event.detail.error).to.exist;
    await el.updateComplete;
    const error = root(el).querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Không tìm thấy thủ tục 1.999999');
    await expect(el).to.be.accessible();
  });

  it('rejects a malformed code without a request, and shows other failures with a retry', async () => {
    const el = await fixture<MotcuaProcedureDetail>(html`<motcua-procedure-detail api-base=${api()} code="abc"></motcua-procedure-detail>`);
    await loaded(el);
    expect(root(el).querySelector('[part="error"]')!.textContent).to.contain('không hợp lệ');
    const broken = await fixture<MotcuaProcedureDetail>(html`<motcua-procedure-detail api-base="/api/v1/khong-co/x" code="1.001193"></motcua-procedure-detail>`);
    await loaded(broken);
    expect(root(broken).querySelector('[part="error"]')).to.exist;
  });

  it('shows a loading state, then the empty hint without a code', async () => {
    const el = await fixture<MotcuaProcedureDetail>(html`<motcua-procedure-detail api-base=${api()} code="1.001193"></motcua-procedure-detail>`);
    expect(root(el).querySelector('[part="loading"]')).to.exist;
    await expect(el).to.be.accessible();
    await loaded(el);
    el.code = undefined;
    await el.updateComplete;
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('Chọn một thủ tục');
  });

  it('displays old three-tier (district) and new two-tier levels', async () => {
    const client = createClient({ baseUrl: api() });
    const page = await client.procedures.search({ level: 'district', pageSize: 1 });
    const code = page.items[0]!.code;
    const el = await fixture<MotcuaProcedureDetail>(html`<motcua-procedure-detail .client=${client} code=${code}></motcua-procedure-detail>`);
    await loaded(el);
    const summary = root(el).querySelector('.summary')!.textContent!;
    expect(summary).to.contain('Cấp Huyện');
    expect(summary).to.contain('trước 1/7/2025');
    el.code = '1.004194';
    await waitUntil(() => root(el).querySelector('.name')?.textContent === 'Đăng ký tạm trú');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('Cấp Xã');
    expect(root(el).querySelector('.summary')!.textContent).to.not.contain('trước 1/7/2025');
  });

  it('speaks English inside lang="en", with headings one level below heading-level', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <motcua-procedure-detail api-base=${api()} code="1.001193" heading-level="3" theme="dark"></motcua-procedure-detail>
    </div>`);
    const el = wrapper.querySelector('motcua-procedure-detail')!;
    await loaded(el);
    expect(root(el).querySelector('#h-documents')!.textContent).to.equal('Required documents');
    expect(root(el).querySelector('#h-documents')!.getAttribute('aria-level')).to.equal('4');
    await expect(el).to.be.accessible();
  });
});
