// <motcua-procedure-detail> on real national records: served by the reference API as imported
// (commune and province ones), converted in the page (the ministry one), and a catalogue-only line.
import { expect, html, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import '../../../src/elements/procedure-detail/procedure-detail.js';
import type { MotcuaProcedureDetail } from '../../../src/elements/procedure-detail/procedure-detail.component.js';
import { NATIONAL_CATALOGUE } from '../../../server/data/national-catalogue.js';
import { NATIONAL_RECORDS } from '../../../server/data/national-records.js';
import { fromNationalProcedure } from '../../../src/national.js';

const api = () => (window as unknown as { __MOTCUA_API__: string }).__MOTCUA_API__;
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The copies of ../shared/national in server/data (scripts/national-sample.mjs), by code. */
async function record(code: string): Promise<Record<string, any>> {
  return NATIONAL_RECORDS.find((r) => r.code === code)!;
}

async function detail(code: string, lang = 'vi'): Promise<MotcuaProcedureDetail> {
  const wrap = await fixture(html`<div lang=${lang}><motcua-procedure-detail api-base=${api()} code=${code}></motcua-procedure-detail></div>`);
  const el = wrap.querySelector<MotcuaProcedureDetail>('motcua-procedure-detail')!;
  await waitUntil(() => root(el).querySelector('.name, [part="error"]'), 'detail did not load', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

describe('<motcua-procedure-detail> on a real national record', function () {
  // Long real records checked by axe, twice in one test, on a shared two-core machine.
  this.timeout(30_000);
  it('shows every channel with time and fee in USD, cases, steps as a list, agencies by role, decision and notes', async () => {
    const rec = await record('1.001146');
    const el = await detail(rec.code);
    const r = root(el);
    expect(text(r.querySelector('.name'))).to.equal(rec.name);
    const rows = [...r.querySelectorAll('.channels tbody tr')];
    expect(rows.map((row) => text(row.querySelector('th')))).to.deep.equal(['Trực tiếp', 'Trực tuyến', 'Dịch vụ bưu chính']);
    for (const row of rows) {
      const cells = row.querySelectorAll('td');
      expect(text(cells[0])).to.equal('5 ngày làm việc');
      expect(text(cells[1])).to.match(/^Phí 10\sUS\$/);
    }
    expect([...r.querySelectorAll('.cases li')].map(text)).to.deep.equal(
      rec.cases.map((c: any) => `${c.name} (mã ${c.code}) — 5 ngày làm việc`),
    );
    const steps = [...r.querySelectorAll('.steps > li')];
    expect(steps.length).to.equal(3);
    steps.forEach((li, i) => expect(text(li.querySelector('strong'))).to.match(new RegExp(`^Bước ${i + 1}`)));
    const roles = [...r.querySelectorAll('dl.agencies > div')].map((g) => [text(g.querySelector('dt')), [...g.querySelectorAll('dd')].map(text)]);
    expect(roles).to.deep.equal([['Cơ quan thực hiện', rec.departmentsExecuting.map((d: any) => d.name)]]);
    expect(text(r.querySelector('.decision'))).to.equal(`Quyết định công bố: ${rec.procedureProposal.proposalNumber} ngày 05/08/2026 của Bộ Công an`);
    const notes = [...r.querySelectorAll('dl.notes > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]);
    expect(notes[0]).to.deep.equal(['Nơi tiếp nhận hồ sơ', rec.dossierReceivingAddresses]);
    expect(notes[1]![0]).to.equal('Cách thức trả kết quả');
    const files = text(r.querySelector('.documents'));
    expect(files).to.contain('Tệp mẫu: NA5.doc');
    expect(r.querySelector('.documents a[href*="configuring/"]')).to.equal(null, 'a storage path is not a link');
    await expect(el).to.be.accessible();
  });

  it('shows the fee in đồng, the deciding authority and an e-form mark, in English too', async () => {
    const el = await detail('1.002359', 'en');
    const r = root(el);
    await waitUntil(() => text(r.querySelector('.channels th')) === 'Channel');
    expect(text(r.querySelector('.channels tbody td:nth-of-type(2)'))).to.match(/^Charge ₫\s?200,000|^Charge 200,000\s?₫/);
    const roles = [...r.querySelectorAll('dl.agencies dt')].map(text);
    expect(roles).to.deep.equal(['Implementing agency', 'Deciding authority']);
    expect(text(r.querySelector('.legal'))).to.contain('Publishing decision: 6968/QĐ-BCA of 22/09/2022 by Bộ Công an');
    await expect(el).to.be.accessible();
    const commune = await detail('1.000253');
    const c = root(commune);
    expect(text(c.querySelector('.documents'))).to.contain('Có biểu mẫu điện tử');
    expect(text(c.querySelector('.channels tbody td:nth-of-type(2)'))).to.equal('Không có thông tin');
    expect(text(c.querySelector('.cases li'))).to.contain('24 (OTHER)');
  });

  it('renders a record converted in the page, and says when the catalogue gives only a name', async () => {
    const ministry = fromNationalProcedure(await record('1.000771'));
    const el = await fixture<MotcuaProcedureDetail>(html`<motcua-procedure-detail .procedure=${ministry}></motcua-procedure-detail>`);
    expect(text(root(el).querySelector('.summary'))).to.contain('Cấp Bộ');
    expect(text(root(el).querySelector('.catalogue-only'))).to.equal('');
    const line = NATIONAL_CATALOGUE.lines.find((l) => l.level.includes('Cơ quan khác'))!;
    el.procedure = fromNationalProcedure(line);
    await el.updateComplete;
    expect(text(root(el).querySelector('.name'))).to.equal(line.name.replace(/\s+/g, ' ').trim());
    expect(text(root(el).querySelector('.summary'))).to.contain('Cơ quan khác');
    expect(text(root(el).querySelector('.catalogue-only'))).to.contain('Cổng Dịch vụ công quốc gia');
    await expect(el).to.be.accessible();
  });
});
