// What the statistics element does with each kind of answer, against the in-memory fake client:
// loading, a quarter of figures, grouping by keyboard, a date range that cannot be, a period with
// nothing in it, and a failed load with retry. The figures are the fake's own (2022), so every
// number checked here is worked out from them. The end-to-end suite
// (test/elements/stats/stats.browser.test.ts) keeps the real reference server.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/stats/stats.js';
import type { MotcuaStats } from '../../../src/elements/stats/stats.component.js';
import type { StatsQuery } from '../../../src/model/stats.js';
import { fakeClient, type FakeClient } from '../fake-client.js';
import { retryFromErrorBox } from '../error-box.js';
import { EMPTY_STATS, STATS } from '../fake-data.js';

async function stats(fake: FakeClient) {
  const el = await fixture<MotcuaStats>(
    html`<motcua-stats .client=${fake.client} from=${STATS.from} to=${STATS.to} lang="vi"></motcua-stats>`,
  );
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MotcuaStats, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;

const text = (el: MotcuaStats, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

const queries = (fake: FakeClient): StatsQuery[] => fake.calls.flatMap((c) => (c.method === 'stats.get' ? [c.query] : []));

const figuresShown = (el: MotcuaStats) => waitUntil(() => $(el, '.figures') && !el.loading, 'figures rendered');

/** The figure shown beside a label in the totals. */
function total(el: MotcuaStats, label: string): string {
  const row = [...el.shadowRoot!.querySelectorAll('.totals .total')].find((t) => t.querySelector('dt')!.textContent!.trim() === label);
  return row?.querySelector('dd')!.textContent!.trim() ?? '';
}

describe('<motcua-stats> behaviour (fake client)', () => {
  it('says it is loading, then shows the totals, the on-time rate, the periods and the satisfaction', async () => {
    const fake = fakeClient();
    const release = fake.hold();
    const el = await stats(fake);
    expect($(el, '.loading')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    release();
    await figuresShown(el);
    expect(queries(fake)).to.deep.equal([{ groupBy: 'month', from: STATS.from, to: STATS.to }]);
    expect(text(el, '.range-text')).to.equal('Từ 01/01/2022 đến 31/03/2022');
    expect(total(el, 'Đã tiếp nhận')).to.equal('300');
    expect(total(el, 'Đã giải quyết')).to.equal('280');
    expect(total(el, 'Trễ hạn')).to.equal('20');
    // (60 early + 200 on time) / 280 resolved = 92.86 %.
    expect(total(el, 'Tỷ lệ đúng hạn')).to.match(/^92,9\s?%$/);
    // The tables are drawn once their details opens.
    el.shadowRoot!.querySelector<HTMLDetailsElement>('details.tables')!.open = true;
    await waitUntil(() => el.shadowRoot!.querySelector('#period-caption'), 'tables');
    const periods = [...el.shadowRoot!.querySelectorAll('#period-caption ~ tbody th[scope=row]')].map((th) => th.textContent!.trim());
    expect(periods).to.deep.equal(['T1/2022', 'T2/2022', 'T3/2022']);
    expect(text(el, '.satisfaction')).to.include('40 ý kiến đánh giá');
    expect(text(el, '.agencies')).to.include('UBND phường Hải Châu');
    await expect(el).to.be.accessible();
  });

  it('groups by quarter from the keyboard: arrow in the "view by" group, one new request, an event', async () => {
    const fake = fakeClient();
    const el = await stats(fake);
    await figuresShown(el);
    $<HTMLInputElement>(el, 'input[name=groupBy][value=month]')!.focus();
    const changed = oneEvent(el, 'motcua-period-change');
    await sendKeys({ press: 'ArrowRight' });
    expect((await changed).detail).to.deep.equal({ from: STATS.from, to: STATS.to, groupBy: 'quarter' });
    await figuresShown(el);
    expect(el.groupBy).to.equal('quarter');
    expect(queries(fake).map((q) => q.groupBy)).to.deep.equal(['month', 'quarter']);
    expect($<HTMLInputElement>(el, 'input[value=quarter]')!.checked).to.equal(true);
  });

  it('refuses a range that ends before it starts: both dates marked, the reason linked, focus on "from", nothing sent', async () => {
    const fake = fakeClient();
    const el = await stats(fake);
    await figuresShown(el);
    const set = (id: string, value: string) => {
      const input = $<HTMLInputElement>(el, `#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    set('from', '2022-06-30');
    set('to', '2022-04-01');
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    for (const id of ['from', 'to']) {
      expect($(el, `#${id}`)!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, `#${id}`)!.getAttribute('aria-describedby')).to.equal('range-error');
    }
    expect(text(el, '#range-error')).to.include('Ngày bắt đầu phải trước');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#from'));
    expect(queries(fake)).to.have.length(1);
    await expect(el).to.be.accessible();

    set('to', '2022-09-30');
    const changed = oneEvent(el, 'motcua-period-change');
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    expect((await changed).detail).to.include({ from: '2022-06-30', to: '2022-09-30' });
    await figuresShown(el);
    expect($(el, '#range-error')).to.equal(null);
    expect(queries(fake).at(-1)).to.deep.equal({ groupBy: 'month', from: '2022-06-30', to: '2022-09-30' });
  });

  it('says plainly when a period has no dossiers and no ratings, without empty charts or tables', async () => {
    const el = await stats(fakeClient({ stats: EMPTY_STATS }));
    await figuresShown(el);
    expect(text(el, '.figures')).to.include('Chưa có ý kiến đánh giá trong khoảng thời gian này');
    expect($(el, '.totals')).to.equal(null);
    expect($(el, 'details.tables')).to.equal(null);
    expect(text(el, '.figures > p.message')).to.equal('Không có hồ sơ nào trong khoảng thời gian này.');
    await expect(el).to.be.accessible();
  });

  it('says why the figures could not load, and "try again" loads them', async () => {
    const fake = fakeClient();
    fake.failWith('server-error');
    const failed = oneEvent(document.body, 'motcua-error');
    const el = await stats(fake);
    await failed;
    await el.updateComplete;
    expect($(el, '.figures')).to.equal(null);
    await retryFromErrorBox(el, fake);
    await figuresShown(el);
    expect(total(el, 'Đã tiếp nhận')).to.equal('300');
    expect(queries(fake)).to.have.length(2);
  });
});
