// What the duty roster does with each kind of answer, against the in-memory fake client: loading,
// a staffed week with a stand-in, moving through the grid and between weeks by keyboard, an empty
// week, the field filter, a week that does not exist, and a failed load with retry. Week and "now"
// are fixed in 2022, so nothing depends on today. The end-to-end suite
// (test/elements/duty-roster/duty-roster.browser.test.ts) keeps the real reference server.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/duty-roster/duty-roster.js';
import type { MotcuaDutyRoster } from '../../../src/elements/duty-roster/duty-roster.component.js';
import { fakeClient, type FakeClient } from '../fake-client.js';
import { retryFromErrorBox } from '../error-box.js';
import { ROSTER_WEEK_ID } from '../fake-data.js';

/** Wednesday 21 September 2022, 09:00 at the office: the morning session of the fake week. */
const NOW = new Date('2022-09-21T09:00:00+07:00');

async function roster(fake: FakeClient, week = ROSTER_WEEK_ID) {
  const el = await fixture<MotcuaDutyRoster>(
    html`<motcua-duty-roster .client=${fake.client} .now=${NOW} week=${week} layout="grid"></motcua-duty-roster>`,
  );
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MotcuaDutyRoster, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;

const text = (el: MotcuaDutyRoster, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

const cell = (el: MotcuaDutyRoster, row: number, col: number) => $(el, `td[data-row="${row}"][data-col="${col}"]`);

const weeksAsked = (fake: FakeClient) => fake.calls.flatMap((c) => (c.method === 'roster.week' ? [c.week] : []));

const gridShown = (el: MotcuaDutyRoster) => waitUntil(() => $(el, '[role=grid]'), 'grid rendered');

describe('<motcua-duty-roster> behaviour (fake client)', () => {
  it('says it is loading, then shows the week: desks by session, today marked, the stand-in named', async () => {
    const fake = fakeClient();
    const release = fake.hold();
    const el = await roster(fake);
    expect($(el, '.loading')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[role=grid]')).to.equal(null);
    await expect(el).to.be.accessible();
    release();
    await gridShown(el);
    expect(weeksAsked(fake)).to.deep.equal([ROSTER_WEEK_ID]);
    expect(text(el, '#title')).to.equal('Lịch trực tuần 38/2022');
    // Two sessions × two desks, seven days.
    expect(el.shadowRoot!.querySelectorAll('td[role=gridcell]')).to.have.length(4 * 7);
    expect(text(el, 'th.today')).to.include('Thứ Tư 21/09');
    expect(el.shadowRoot!.querySelectorAll('th.today')).to.have.length(1);
    // Wednesday (column 2) afternoon at desk 1 (row 2): a stand-in, said in words.
    expect(cell(el, 2, 2)!.textContent).to.include('Phạm Minh Đức');
    expect(cell(el, 2, 2)!.textContent).to.include('thay cho Trần Thị Bình');
    expect(text(el, '.changed')).to.include('1 ca trực');
    // The morning is on now, and only on today's column.
    expect(cell(el, 0, 2)!.classList.contains('now')).to.equal(true);
    expect(cell(el, 0, 1)!.classList.contains('now')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('moves through the grid with arrows, Home and End, one tab stop at a time', async () => {
    const el = await roster(fakeClient());
    await gridShown(el);
    expect(el.shadowRoot!.querySelectorAll('td[tabindex="0"]')).to.have.length(1);
    cell(el, 0, 0)!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 0, 1));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 1, 1));
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 1, 6));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 1, 6));
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 1, 0));
    expect(el.shadowRoot!.querySelectorAll('td[tabindex="0"]')).to.have.length(1);
  });

  it('PageDown goes to the next week and says so; a week not yet published is an empty-week notice', async () => {
    const fake = fakeClient();
    const el = await roster(fake);
    await gridShown(el);
    cell(el, 0, 0)!.focus();
    const changed = oneEvent(el, 'motcua-week-change');
    await sendKeys({ press: 'PageDown' });
    expect((await changed).detail.week).to.equal('2022-W39');
    await waitUntil(() => $(el, '.empty'), 'empty notice');
    expect(el.week).to.equal('2022-W39');
    expect(weeksAsked(fake)).to.deep.equal([ROSTER_WEEK_ID, '2022-W39']);
    expect(text(el, '.empty')).to.include('Chưa có lịch trực cho tuần này');
    expect($(el, '[role=grid]')).to.equal(null);
    // Nothing to download or print for an empty week.
    expect($(el, 'a[download]')).to.equal(null);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '.nav button:first-child')!.click();
    await gridShown(el);
    expect(el.week).to.equal(ROSTER_WEEK_ID);
    expect($(el, 'a[download]')!.getAttribute('download')).to.include('2022-W38');
  });

  it('filters by field: only the desks serving it remain', async () => {
    const el = await roster(fakeClient());
    await gridShown(el);
    const select = $<HTMLSelectElement>(el, '#field')!;
    const values = () => [...select.options].map((o) => o.value);
    // In the desks' order until the filter is reached for (no collator in the first render) …
    expect(values()).to.deep.equal(['', 'Hộ tịch', 'Đất đai']);
    select.dispatchEvent(new Event('focus'));
    await el.updateComplete;
    // … then the Vietnamese way: Đ after D, before H.
    expect(values()).to.deep.equal(['', 'Đất đai', 'Hộ tịch']);
    select.value = 'Đất đai';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const desks = [...el.shadowRoot!.querySelectorAll('th.desk')].map((th) => th.textContent!.trim());
    expect(desks).to.deep.equal(['Quầy 2', 'Quầy 2']);
    expect(el.field).to.equal('Đất đai');
    await expect(el).to.be.accessible();
  });

  it('names a week that does not exist and asks the server nothing', async () => {
    const fake = fakeClient();
    // 2021 has 52 ISO weeks.
    const el = await roster(fake, '2021-W53');
    expect(text(el, '[part=notice]')).to.include('Không hiểu tuần “2021-W53”');
    expect(weeksAsked(fake)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says why the week could not load, and "try again" loads it', async () => {
    const fake = fakeClient();
    fake.failWith('server-error');
    const failed = oneEvent(document.body, 'motcua-error');
    const el = await roster(fake);
    await failed;
    await el.updateComplete;
    expect($(el, '[role=grid]')).to.equal(null);
    await retryFromErrorBox(el, fake);
    await gridShown(el);
    expect($(el, '[part=error]')).to.equal(null);
    expect(weeksAsked(fake)).to.deep.equal([ROSTER_WEEK_ID, ROSTER_WEEK_ID]);
  });
});
