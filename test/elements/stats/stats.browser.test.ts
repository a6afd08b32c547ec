import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '../../../src/api/client.js';
import '../../../src/elements/provider/provider.js';
import '../../../src/elements/stats/stats.js';
import type { MotcuaStats } from '../../../src/elements/stats/stats.component.js';
import type { SatisfactionCounts, Stats } from '../../../src/model/stats.js';

const $ = <T extends Element = HTMLElement>(el: MotcuaStats, selector: string) => el.shadowRoot!.querySelector(selector) as T | null;
const $$ = (el: MotcuaStats, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

async function loaded(el: MotcuaStats) {
  await el.updateComplete; // a property just set starts its request in this update
  await waitUntil(() => el.data !== undefined && !el.loading, 'stats did not load', { timeout: 8000 });
  await el.updateComplete;
}

async function stats(template = html`<motcua-stats api-base="/api/v1" from="2025-01-01" to="2025-12-31"></motcua-stats>`) {
  const el = await fixture<MotcuaStats>(template);
  await loaded(el);
  return el;
}

const pct = (ratio: number) => new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
const rateOf = (c: SatisfactionCounts) => (c.verySatisfied + c.satisfied) / c.responses;

/** A client whose answers lose `satisfaction.byPeriod`, as servers before 0.2 send them. */
function oldServerClient() {
  return createClient({
    baseUrl: window.__MOTCUA_API__,
    fetch: async (input, init) => {
      const res = await fetch(input, init);
      const body = (await res.json()) as Stats;
      delete body.satisfaction.byPeriod;
      return new Response(JSON.stringify(body), { status: res.status, headers: { 'content-type': 'application/json' } });
    },
  });
}

describe('<motcua-stats>', () => {
  it('shows the totals from GET /stats with the on-time rate', async () => {
    const el = await stats();
    const client = createClient({ baseUrl: window.__MOTCUA_API__ });
    const direct = await client.stats.get({ from: '2025-01-01', to: '2025-12-31', groupBy: 'month' });
    expect(el.data!.totals).to.deep.equal(direct.totals);
    const totals = $(el, '.totals')!.textContent!.replace(/\s+/g, ' ');
    const n = new Intl.NumberFormat('vi-VN');
    expect(totals).to.include(`Đã tiếp nhận ${n.format(direct.totals.received)}`);
    expect(totals).to.include(`Trễ hạn ${n.format(direct.totals.late)}`);
    const rate = (direct.totals.early + direct.totals.onTime) / direct.totals.resolved;
    expect(totals).to.include(new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(rate));
    await expect(el).to.be.accessible();
  });

  it('draws one stacked bar per month with titles and a summarising accessible name', async () => {
    const el = await stats();
    const svg = $(el, '.periods svg[role="img"]')!;
    const label = svg.getAttribute('aria-label')!;
    expect(label).to.include('theo tháng');
    expect(label).to.match(/tổng [\d.]+ hồ sơ/);
    expect($$(el, '.periods .bar')).to.have.length(12);
    const titles = $$(el, '.periods .bar rect title').map((t) => t.textContent);
    expect(titles.some((t) => /^T1\/2025 – Đúng hạn: [\d.]+$/.test(t ?? ''))).to.equal(true);
    expect($$(el, '.field-rows li').length).to.be.greaterThan(3);
  });

  it('charts satisfaction by month with a summarising accessible name', async () => {
    const el = await stats();
    const rows = el.data!.satisfaction.byPeriod!;
    expect(rows).to.have.length(12);
    const figure = $(el, '.satisfaction figure.satisfaction-periods')!;
    expect(figure.querySelector('h4')!.textContent).to.equal('Mức độ hài lòng theo thời gian');
    // The scroll region takes keyboard focus and is named by the heading.
    expect(figure.querySelector('.scroll')!.getAttribute('aria-labelledby')).to.equal('satisfaction-period-title');
    const label = figure.querySelector('svg[role="img"]')!.getAttribute('aria-label')!;
    const n = new Intl.NumberFormat('vi-VN');
    expect(label).to.include('theo tháng');
    expect(label).to.include(`tổng ${n.format(el.data!.satisfaction.responses)} ý kiến`);
    // Best and worst months by satisfied rate, first on ties.
    const rated = rows.filter((r) => r.responses > 0);
    const best = rated.reduce((a, b) => (rateOf(b) > rateOf(a) ? b : a));
    const worst = rated.reduce((a, b) => (rateOf(b) < rateOf(a) ? b : a));
    const month = (p: string) => `T${Number(p.slice(5))}/${p.slice(0, 4)}`;
    expect(label).to.include(`cao nhất ${pct(rateOf(best))} vào ${month(best.period)}`);
    expect(label).to.include(`thấp nhất ${pct(rateOf(worst))} vào ${month(worst.period)}`);
    expect(figure.querySelectorAll('.bar')).to.have.length(12);
    const titles = [...figure.querySelectorAll('.bar rect title')].map((t) => t.textContent ?? '');
    expect(titles).to.include(`T1/2025 – Rất hài lòng: ${n.format(rows[0]!.verySatisfied)}`);
    expect(titles.every((t) => /^T\d{1,2}\/2025 – (Rất hài lòng|Hài lòng|Không hài lòng): [\d.]+$/.test(t))).to.equal(true);
    // The legend is in words.
    expect([...figure.querySelectorAll('.legend li')].map((li) => li.textContent!.trim())).to.deep.equal(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    await expect(el).to.be.accessible();
  });

  it('shows satisfaction by agency: name, responses and rate in words, a named bar each', async () => {
    const el = await stats();
    const agencies = el.data!.satisfaction.byAgency.filter((a) => a.responses > 0);
    expect(agencies.length).to.be.greaterThan(1);
    const figure = $(el, '.satisfaction figure.agencies')!;
    expect(figure.querySelector('h4')!.textContent).to.equal('Mức độ hài lòng theo cơ quan');
    expect(figure.querySelector('.visually-hidden')!.textContent).to.include(`của ${agencies.length} cơ quan`);
    const items = [...figure.querySelectorAll('.field-rows li')];
    expect(items).to.have.length(agencies.length);
    const first = agencies[0]!;
    const text = items[0]!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include(first.agency);
    expect(text).to.include(`Tỷ lệ hài lòng ${pct(rateOf(first))}`);
    expect(items[0]!.querySelector('svg[role="img"]')!.getAttribute('aria-label')).to.equal(`${first.agency}: Tỷ lệ hài lòng ${pct(rateOf(first))}`);
    await expect(el).to.be.accessible();
  });

  it('leaves the satisfaction-by-period chart and table out when an older server sends none', async () => {
    const el = await stats(html`<motcua-stats .client=${oldServerClient()} from="2025-01-01" to="2025-12-31"></motcua-stats>`);
    expect(el.data!.satisfaction.byPeriod).to.equal(undefined);
    expect($(el, '.satisfaction-periods')).to.equal(null);
    expect($(el, '.satisfaction .agencies')).to.not.equal(null);
    $<HTMLDetailsElement>(el, 'details.tables')!.open = true;
    await waitUntil(() => $$(el, 'table').length > 0, 'tables once opened');
    expect($$(el, 'table')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('switches to quarters and years from the keyboard, firing motcua-period-change', async () => {
    const el = await stats();
    const radio = $<HTMLInputElement>(el, 'input[value="month"]')!;
    radio.focus();
    const changed = oneEvent(el, 'motcua-period-change');
    await sendKeys({ press: 'ArrowRight' });
    const event = await changed;
    expect(event.detail).to.deep.equal({ from: '2025-01-01', to: '2025-12-31', groupBy: 'quarter' });
    await loaded(el);
    expect(el.data!.groupBy).to.equal('quarter');
    expect($$(el, '.periods .bar')).to.have.length(4);
    expect($$(el, '.satisfaction-periods .bar')).to.have.length(4);
    expect($(el, '.x-label')!.textContent).to.equal('Quý 1/2025');
    await expect(el).to.be.accessible();

    el.groupBy = 'year';
    el.from = '2024-01-01';
    await loaded(el);
    expect(el.data!.byPeriod.map((p) => p.period)).to.deep.equal(['2024', '2025']);
  });

  it('applies a date range, and refuses a start after the end with a linked message', async () => {
    const el = await stats();
    const from = $<HTMLInputElement>(el, '#from')!;
    const to = $<HTMLInputElement>(el, '#to')!;
    from.value = '2025-07-01';
    from.dispatchEvent(new Event('input'));
    to.value = '2025-03-31';
    to.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, '.range button')!.click();
    await el.updateComplete;
    expect(from.getAttribute('aria-invalid')).to.equal('true');
    expect(from.getAttribute('aria-describedby')).to.equal('range-error');
    expect($(el, '#range-error')!.textContent).to.include('Ngày bắt đầu');
    expect(el.shadowRoot!.activeElement).to.equal(from);
    await expect(el).to.be.accessible();

    to.value = '2025-09-30';
    to.dispatchEvent(new Event('input'));
    const changed = oneEvent(el, 'motcua-period-change');
    $<HTMLButtonElement>(el, '.range button')!.click();
    expect((await changed).detail).to.deep.equal({ from: '2025-07-01', to: '2025-09-30', groupBy: 'month' });
    await loaded(el);
    expect(el.data!.byPeriod.map((p) => p.period)).to.deep.equal(['2025-07', '2025-08', '2025-09']);
  });

  it('has the same figures as tables under a details element', async () => {
    const el = await stats();
    const details = $<HTMLDetailsElement>(el, 'details.tables')!;
    expect(details.open).to.equal(false);
    // Drawn when first opened, not in the widget's first render.
    expect($$(el, 'table'), 'tables while closed').to.have.length(0);
    $<HTMLElement>(el, 'details.tables summary')!.click();
    await waitUntil(() => $$(el, 'table').length > 0, 'tables once opened');
    expect(details.open).to.equal(true);
    const tables = $$(el, 'table');
    expect(tables.length).to.equal(4);
    const periodRows = tables[0]!.querySelectorAll('tbody tr');
    expect(periodRows).to.have.length(12);
    const data = el.data!;
    const n = new Intl.NumberFormat('vi-VN');
    const first = periodRows[0]!;
    expect(first.querySelector('th[scope=row]')!.textContent).to.equal('T1/2025');
    expect(first.querySelectorAll('td')[0]!.textContent).to.equal(n.format(data.byPeriod[0]!.received));
    expect(tables[0]!.querySelector('tfoot td')!.textContent).to.equal(n.format(data.totals.received));
    expect(tables[1]!.querySelectorAll('tbody tr')).to.have.length(data.byField.length);
    // Satisfaction by month, then by agency.
    const sat = data.satisfaction;
    expect(tables[2]!.querySelector('caption')!.textContent).to.include('Mức độ hài lòng theo tháng, Từ ');
    const satRows = tables[2]!.querySelectorAll('tbody tr');
    expect(satRows).to.have.length(12);
    expect(satRows[0]!.querySelector('th[scope=row]')!.textContent).to.equal('T1/2025');
    expect(satRows[0]!.querySelectorAll('td')[0]!.textContent).to.equal(n.format(sat.byPeriod![0]!.responses));
    expect(satRows[0]!.querySelectorAll('td')[4]!.textContent).to.equal(pct(rateOf(sat.byPeriod![0]!)));
    expect(tables[3]!.querySelector('caption')!.textContent).to.include('hài lòng theo cơ quan');
    expect(tables[3]!.querySelectorAll('tbody tr')).to.have.length(sat.byAgency.length);
    await expect(el).to.be.accessible();
  });

  it('says so when the period has no dossiers', async () => {
    const el = await stats(html`<motcua-stats api-base="/api/v1" from="2001-01-01" to="2001-03-31"></motcua-stats>`);
    expect($(el, '.figures')!.textContent).to.include('Không có hồ sơ nào');
    expect($(el, '.totals')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a loading state, then an error with a retry when the API cannot be reached', async () => {
    const el = await fixture<MotcuaStats>(html`<motcua-stats></motcua-stats>`);
    const failed = oneEvent(el, 'motcua-error');
    el.client = createClient({ baseUrl: 'http://127.0.0.1:9/api/v1', retry: 0 });
    await el.updateComplete;
    expect($(el, '.loading')).to.not.equal(null);
    await failed;
    await el.updateComplete;
    expect($(el, '[role=alert]')!.textContent).to.include('Không có kết nối mạng');
    expect($(el, '[role=alert] button')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('passes axe while loading', async () => {
    const el = await fixture<MotcuaStats>(html`<motcua-stats api-base="/api/v1"></motcua-stats>`);
    expect($(el, '.loading')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await loaded(el);
  });

  it('speaks English and passes axe in the dark theme', async () => {
    const provider = await fixture(html`<motcua-provider api-base="/api/v1" lang="en" theme="dark">
      <motcua-stats group-by="quarter" from="2025-01-01" to="2025-12-31"></motcua-stats>
    </motcua-provider>`);
    const el = provider.querySelector('motcua-stats')!;
    await loaded(el);
    expect($(el, 'h2')!.textContent).to.equal('Dossier results');
    expect($(el, '.x-label')!.textContent).to.equal('Q1 2025');
    expect($(el, '.satisfaction-periods h4')!.textContent).to.equal('Satisfaction over time');
    expect($(el, '.satisfaction-periods svg[role="img"]')!.getAttribute('aria-label')).to.match(/^Bar chart of responses by quarter .* satisfied rate highest .* in Q\d 2025, lowest .* in Q\d 2025\./);
    expect($(el, '.agencies h4')!.textContent).to.equal('Satisfaction by agency');
    await expect(el).to.be.accessible();
  });
});
