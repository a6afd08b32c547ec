// <motcua-duty-roster> in Chromium against the reference API (proxied at window.__MOTCUA_API__).
import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { isolateForPrint } from '../../../src/elements/shared/print-page.js';
import { createClient } from '../../../src/api/client.js';
import { isoWeek, todayIso, weekDates } from '../../../src/calendar/index.js';
import '../../../src/elements/duty-roster/duty-roster.js';
import { PRINT_PAGE, type MotcuaDutyRoster } from '../../../src/elements/duty-roster/duty-roster.component.js';
import { emptyWeekend, shiftWeek } from '../../../src/elements/duty-roster/roster-week.js';
import { HOLIDAY_WEEK } from '../../../server/data/roster.js';

const api = () => window.__MOTCUA_API__;
const currentWeek = () => isoWeek(todayIso('Asia/Ho_Chi_Minh'));

/** A real client whose fetch also records which weeks were asked for (no canned answers). */
function recordingClient() {
  const weeks: string[] = [];
  const client = createClient({
    baseUrl: api(),
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname.endsWith('/roster')) weeks.push(url.searchParams.get('week') ?? '');
      return fetch(input, init);
    },
  });
  return { client, weeks };
}

const shadow = (el: MotcuaDutyRoster) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: MotcuaDutyRoster, sel: string) => shadow(el).querySelector<T>(sel as string) as T | null;
const $$ = <T extends Element = HTMLElement>(el: MotcuaDutyRoster, sel: string) => [...shadow(el).querySelectorAll<T>(sel as string)] as T[];

async function settled(el: MotcuaDutyRoster) {
  // Drawn at least once (a widget's first render waits until it is near the viewport), and no week loading.
  const loading = () => (el as unknown as { load: { pending: boolean } }).load.pending;
  await waitUntil(() => el.hasUpdated && !$(el, '[aria-busy="true"]') && !loading(), 'roster did not load', { timeout: 8000 });
  await el.updateComplete;
}

async function rosterAt(template: ReturnType<typeof html>) {
  const el = await fixture<MotcuaDutyRoster>(template);
  await settled(el);
  return el;
}

/** The Date of `time` (HH:MM, office time) on `date`. */
const officeTime = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);

describe('<motcua-duty-roster>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('shows the office’s current week as a grid of days × sessions × desks', async () => {
    const { client, weeks } = recordingClient();
    const el = await rosterAt(html`<motcua-duty-roster layout="grid" .client=${client}></motcua-duty-roster>`);
    expect(weeks).to.deep.equal([currentWeek()]);
    const [year, n] = currentWeek().split('-W');
    expect($(el, '#title')!.textContent).to.contain(`tuần ${Number(n)}/${year}`);
    const grid = $(el, '[role="grid"]')!;
    expect(grid).to.exist;
    expect($$(el, 'th.day')).to.have.length(7);
    // Five desks, morning and afternoon.
    expect($$(el, 'tbody tr')).to.have.length(10);
    expect($$(el, 'td[role="gridcell"]')).to.have.length(70);
    // Today is marked in the column header.
    const todayIndex = weekDates(currentWeek()).indexOf(todayIso('Asia/Ho_Chi_Minh'));
    expect($$(el, 'th.day')[todayIndex]!.getAttribute('aria-current')).to.equal('date');
    // Weekends are shown as such.
    expect($$(el, 'th.day.weekend')).to.have.length(2);
    expect($(el, 'td[data-row="0"][data-col="6"]')!.textContent).to.contain('Nghỉ cuối tuần');
    await expect(el).to.be.accessible();
  });

  it('labels every cell with its day, session and desk', async () => {
    const el = await rosterAt(html`<motcua-duty-roster layout="grid" api-base=${api()}></motcua-duty-roster>`);
    const monday = weekDates(currentWeek())[0]!;
    const [y, m, d] = monday.split('-');
    const first = $(el, 'td[data-row="0"][data-col="0"]')!;
    const label = first.querySelector('.visually-hidden')!.textContent!;
    expect(label).to.contain(`Thứ Hai ${d}/${m}/${y}`);
    expect(label).to.contain('buổi sáng');
    expect(label).to.contain('Quầy 1');
    const afternoon = $(el, 'td[data-row="5"][data-col="2"]')!.querySelector('.visually-hidden')!.textContent!;
    expect(afternoon).to.match(/Thứ Tư .*buổi chiều, Quầy 1/);
    for (const cell of $$(el, 'td[role="gridcell"]')) {
      expect(cell.querySelector('.visually-hidden')!.textContent!.trim()).to.match(/^(Thứ|Chủ nhật)/i);
    }
    // Phone numbers are tel: links.
    const tel = $<HTMLAnchorElement>(el, 'a.tel')!;
    expect(tel.getAttribute('href')).to.match(/^tel:\d{8,}$/);
  });

  it('asks the API for the right week on previous / next / this week and the week picker, reflecting it', async () => {
    const { client, weeks } = recordingClient();
    const el = await rosterAt(html`<motcua-duty-roster .client=${client}></motcua-duty-roster>`);
    const buttons = $$<HTMLButtonElement>(el, '.nav button');
    const now = currentWeek();

    setTimeout(() => buttons[2]!.click());
    const next = await oneEvent(el, 'motcua-week-change');
    expect(next.detail).to.deep.equal({ week: shiftWeek(now, 1) });
    expect(next.bubbles && next.composed).to.equal(true);
    await settled(el);
    expect(el.getAttribute('week')).to.equal(shiftWeek(now, 1));

    buttons[0]!.click();
    await settled(el);
    buttons[0]!.click();
    await settled(el);
    expect(el.getAttribute('week')).to.equal(shiftWeek(now, -1));
    expect($(el, '#title')!.textContent).to.contain(`tuần ${Number(shiftWeek(now, -1).slice(6))}/`);

    buttons[1]!.click();
    await settled(el);
    expect(el.getAttribute('week')).to.equal(now);

    const input = $<HTMLInputElement>(el, 'input#week')!;
    expect(input.type).to.equal('week');
    expect(input.value).to.equal(now);
    input.value = '2026-W10';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(el);
    expect(el.week).to.equal('2026-W10');

    expect(weeks).to.deep.equal([now, shiftWeek(now, 1), now, shiftWeek(now, -1), now, '2026-W10']);
  });

  it('loads the week set from outside through the attribute', async () => {
    const { client, weeks } = recordingClient();
    const el = await rosterAt(html`<motcua-duty-roster week="2026-W02" .client=${client}></motcua-duty-roster>`);
    el.setAttribute('week', '2026-W03');
    await settled(el);
    expect(weeks).to.deep.equal(['2026-W02', '2026-W03']);
  });

  it('filters by field, and reflects the filter', async () => {
    const el = await rosterAt(html`<motcua-duty-roster layout="grid" api-base=${api()}></motcua-duty-roster>`);
    const select = $<HTMLSelectElement>(el, 'select#field')!;
    expect([...select.options].map((o) => o.value)).to.include('Hộ tịch');
    select.value = 'Hộ tịch';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.getAttribute('field')).to.equal('Hộ tịch');
    const desks = $$(el, 'th.desk').map((th) => th.textContent!.trim());
    expect(desks).to.have.length(2); // morning and afternoon
    for (const desk of desks) expect(desk).to.match(/^Quầy 1/);
    el.field = 'Không có lĩnh vực này';
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain('không có quầy nào phụ trách');
    await expect(el).to.be.accessible();
  });

  it('shows a stand-in official (“thay cho …”) and says the week changed', async () => {
    const el = await rosterAt(html`<motcua-duty-roster layout="grid" api-base=${api()}></motcua-duty-roster>`);
    const changed = $$(el, 'td.changed');
    expect(changed.length).to.be.greaterThan(0);
    expect(changed[0]!.textContent).to.match(/thay cho \S+/);
    expect($(el, '.message.changed')!.textContent).to.match(/có thay đổi: \d+ ca trực/);
    await expect(el).to.be.accessible();
    // The same change shows in the list layout.
    el.layout = 'list';
    await el.updateComplete;
    expect($(el, '.slot.changed')!.textContent).to.contain('thay cho');
    await expect(el).to.be.accessible();
  });

  it('marks the public holidays of a week', async () => {
    // The sample data always publishes this week, whatever today is (server/data/roster.ts).
    const week = HOLIDAY_WEEK;
    const { holidays } = await createClient({ baseUrl: api() }).calendar.holidays(2026);
    const names = new Map(holidays.map((h) => [h.date, h.name]));
    const el = await rosterAt(html`<motcua-duty-roster layout="grid" week=${week} api-base=${api()}></motcua-duty-roster>`);
    expect($(el, '[role="grid"]'), 'the week is published').to.exist;
    const headers = $$(el, 'th.day');
    expect(headers.map((th) => th.classList.contains('holiday'))).to.deep.equal([true, false, false, true, true, false, false]);
    for (const [col, date] of weekDates(week).entries()) {
      if (!names.has(date) || col > 4) continue;
      expect(headers[col]!.textContent).to.contain(names.get(date)!);
      expect($(el, `td[data-row="0"][data-col="${col}"]`)!.textContent).to.contain('Nghỉ lễ');
    }
    expect(headers[3]!.textContent).to.contain('Ngày Chiến thắng (30/4)');
    // The working days between are staffed as usual.
    expect($(el, 'td[data-row="0"][data-col="1"] .official')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says when a week is only partly published', async () => {
    const el = await rosterAt(html`<motcua-duty-roster layout="grid" week=${shiftWeek(currentWeek(), 4)} api-base=${api()}></motcua-duty-roster>`);
    expect($(el, '.message.warning')!.textContent).to.contain('một phần');
    expect(shadow(el).textContent).to.contain('Chưa công bố');
    await expect(el).to.be.accessible();
  });

  it('shows an empty week with the navigation still there (axe)', async () => {
    const el = await rosterAt(html`<motcua-duty-roster week="2030-W10" api-base=${api()}></motcua-duty-roster>`);
    expect($(el, '.message.empty')!.textContent).to.contain('Chưa có lịch trực');
    expect($(el, '[role="grid"]')).to.equal(null);
    expect($$(el, '.nav button')).to.have.length(3);
    expect($(el, 'a[download]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry, emits motcua-error, and is accessible', async () => {
    const el = await fixture<MotcuaDutyRoster>(html`<motcua-duty-roster api-base=${`${api()}/khong-co`}></motcua-duty-roster>`);
    const failed = await oneEvent(el, 'motcua-error');
    expect(failed.detail.message).to.contain('Không tìm thấy');
    await el.updateComplete;
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('Không tìm thấy');
    expect(alert.querySelector('button')!.textContent).to.contain('Thử lại');
    await expect(el).to.be.accessible();
  });

  it('tells a week that does not exist from one without data, without calling the API', async () => {
    const { client, weeks } = recordingClient();
    const el = await fixture<MotcuaDutyRoster>(html`<motcua-duty-roster week="2025-W53" .client=${client}></motcua-duty-roster>`);
    await aTimeout(50);
    expect(weeks).to.deep.equal([]);
    expect($(el, '.message.warning')!.textContent).to.contain('2025-W53');
    await expect(el).to.be.accessible();
  });

  it('shows a loading state that is accessible', async () => {
    const el = await fixture<MotcuaDutyRoster>(html`<motcua-duty-roster api-base=${api()}></motcua-duty-roster>`);
    expect($(el, '.loading')).to.exist;
    await expect(el).to.be.accessible();
    await settled(el);
  });

  it('highlights today and the session on duty now', async () => {
    const wednesday = weekDates(currentWeek())[2]!;
    const el = await rosterAt(html`<motcua-duty-roster
      layout="grid"
      api-base=${api()}
      .now=${officeTime(wednesday, '09:15')}
    ></motcua-duty-roster>`);
    const now = $$(el, 'td.now');
    expect(now).to.have.length(5);
    for (const cell of now) {
      expect(cell.dataset['col']).to.equal('2');
      expect(Number(cell.dataset['row'])).to.be.lessThan(5);
      expect(cell.textContent).to.contain('Đang trực');
    }
    expect($$(el, 'td.today')).to.have.length(10);
    el.now = officeTime(wednesday, '14:00');
    await el.updateComplete;
    expect($$(el, 'td.now').map((c) => Number(c.dataset['row']))).to.deep.equal([5, 6, 7, 8, 9]);
    el.now = officeTime(wednesday, '12:00');
    await el.updateComplete;
    expect($$(el, 'td.now')).to.have.length(0);
  });

  it('moves around the grid with the keyboard (roving tabindex)', async () => {
    const el = await rosterAt(html`<motcua-duty-roster layout="grid" api-base=${api()}></motcua-duty-roster>`);
    const focused = () => shadow(el).activeElement as HTMLElement | null;
    const at = () => [Number(focused()!.dataset['row']), Number(focused()!.dataset['col'])];
    const tabbable = () => $$(el, 'td[tabindex="0"]');
    expect(tabbable()).to.have.length(1);
    $(el, 'td[tabindex="0"]')!.focus();
    expect(at()).to.deep.equal([0, 0]);

    await sendKeys({ press: 'ArrowRight' });
    expect(at()).to.deep.equal([0, 1]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(at()).to.deep.equal([2, 1]);
    await sendKeys({ press: 'ArrowUp' });
    expect(at()).to.deep.equal([1, 1]);
    await sendKeys({ press: 'End' });
    expect(at()).to.deep.equal([1, 6]);
    await sendKeys({ press: 'ArrowRight' }); // stays at the edge
    expect(at()).to.deep.equal([1, 6]);
    await sendKeys({ press: 'Home' });
    expect(at()).to.deep.equal([1, 0]);
    await sendKeys({ press: 'Control+End' });
    expect(at()).to.deep.equal([9, 6]);
    // The roving tabindex has moved: still one tab stop, still accessible.
    expect(tabbable()).to.deep.equal([focused()]);
    await expect(el).to.be.accessible();
    expect(at(), 'axe left the focus where it was').to.deep.equal([9, 6]);
    await sendKeys({ press: 'Control+Home' });
    expect(at()).to.deep.equal([0, 0]);
    expect(tabbable()).to.have.length(1);
    expect(tabbable()[0]).to.equal(focused());

    // Enter goes to a phone link in the cell, Escape comes back.
    const withPhone = $$(el, 'td[role="gridcell"]').find((td) => td.querySelector('a.tel'))!;
    withPhone.focus();
    await sendKeys({ press: 'Enter' });
    expect(focused()!.matches('a.tel')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(focused()).to.equal(withPhone);

    // Tab leaves the grid in one step.
    await sendKeys({ press: 'Tab' });
    expect(focused()?.closest('[role="grid"]') ?? null).to.equal(null);
  });

  it('PageDown / PageUp change the week and keep the focus in the grid', async () => {
    const { client, weeks } = recordingClient();
    const el = await rosterAt(html`<motcua-duty-roster layout="grid" .client=${client}></motcua-duty-roster>`);
    const now = currentWeek();
    $(el, 'td[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'PageDown' });
    await settled(el);
    expect(el.week).to.equal(shiftWeek(now, 1));
    await waitUntil(() => (shadow(el).activeElement as HTMLElement | null)?.dataset['col'] === '1', 'focus did not come back');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'PageUp' });
    await settled(el);
    expect(el.week).to.equal(now);
    expect(weeks).to.deep.equal([now, shiftWeek(now, 1), now]);
  });

  it('becomes a day-by-day list on a narrow container, and is accessible there', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px">
      <motcua-duty-roster api-base=${api()} layout="list"></motcua-duty-roster>
      <motcua-duty-roster api-base=${api()}></motcua-duty-roster>
    </div>`);
    const [all, el] = [...wrap.querySelectorAll('motcua-duty-roster')] as [MotcuaDutyRoster, MotcuaDutyRoster];
    await settled(all);
    el.scrollIntoView(); // the second roster sits below the first, maybe beyond the viewport
    await settled(el);
    await waitUntil(() => $(el, 'ol.days'), 'no list layout at 360px');
    expect($(el, '[role="grid"]')).to.equal(null);
    // A list the host asked for shows all seven days; the automatic one leaves out a weekend nobody staffs.
    const week = await createClient({ baseUrl: api() }).roster.week(currentWeek());
    expect($$(all, 'ol.days > li')).to.have.length(7);
    expect($$(all, 'ol.days > li')[5]!.textContent).to.contain('Nghỉ cuối tuần');
    const days = $$(el, 'ol.days > li');
    expect(days).to.have.length(emptyWeekend(week) ? 5 : 7);
    expect(days[0]!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    all.remove();
    // Phone links are ordinary links here.
    expect($(el, 'a.tel')!.getAttribute('tabindex')).to.equal('0');
    await expect(el).to.be.accessible();
    wrap.style.width = '1000px';
    await waitUntil(() => $(el, '[role="grid"]'), 'no grid at 1000px');
    expect($$(el, 'th.day')).to.have.length(emptyWeekend(week) ? 5 : 7);
  });

  it('has print styles: controls hidden, compact table', async () => {
    const el = await rosterAt(html`<motcua-duty-roster layout="grid" api-base=${api()}></motcua-duty-roster>`);
    const sheets = shadow(el).adoptedStyleSheets;
    const text = sheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
    expect(text).to.contain('@media print');
    expect(text).to.match(/@media print[\s\S]*\.toolbar/);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '.toolbar')!).display).to.equal('none');
    expect(getComputedStyle($(el, 'table')!).tableLayout).to.equal('fixed');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle($(el, '.toolbar')!).display).to.not.equal('none');
  });

  it('the print button prints the roster alone on an A4 page, then tidies up', async () => {
    const el = await rosterAt(html`<motcua-duty-roster layout="list" api-base=${api()}></motcua-duty-roster>`);
    const seen: { attr: boolean; page: boolean; grid: boolean }[] = [];
    const original = window.print;
    window.print = () => {
      const docCss = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
      seen.push({
        attr: el.hasAttribute('data-motcua-printing'),
        page: /@page\s*\{[^}]*a4 landscape/i.test(docCss),
        grid: Boolean($(el, '[role="grid"]')),
      });
    };
    try {
      $$<HTMLButtonElement>(el, '.actions button').find((b) => b.textContent!.includes('In lịch'))!.click();
      await waitUntil(() => seen.length === 1);
    } finally {
      window.print = original;
    }
    expect(seen[0]).to.deep.equal({ attr: true, page: true, grid: true });
    await el.updateComplete;
    expect(el.hasAttribute('data-motcua-printing')).to.equal(false);
    expect(document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('@page')))).to.equal(false);
    expect($(el, 'ol.days')).to.exist;
  });

  it('a full week prints on one A4 landscape sheet (Chromium PDF)', async function () {
    this.timeout(20_000);
    const el = await rosterAt(html`<motcua-duty-roster api-base=${api()} week=${HOLIDAY_WEEK}></motcua-duty-roster>`);
    const week = await rosterAt(html`<motcua-duty-roster api-base=${api()}></motcua-duty-roster>`);
    for (const roster of [el, week]) {
      expect($$(roster, '[role="gridcell"]').length, 'a grid with cells').to.be.greaterThan(5);
      // The same isolation and paper the Print button sets up, held while Chromium prints to PDF.
      // Browsers fire beforeprint/afterprint around printing; Chromium's PDF printing does not.
      const undo = isolateForPrint(roster, PRINT_PAGE);
      window.dispatchEvent(new Event('beforeprint'));
      await roster.updateComplete;
      try {
        expect(await executeServerCommand('motcua-pdf-pages')).to.equal(1);
      } finally {
        window.dispatchEvent(new Event('afterprint'));
        undo();
      }
    }
  });

  it('offers the week as an .ics download', async () => {
    const el = await rosterAt(html`<motcua-duty-roster api-base=${api()}></motcua-duty-roster>`);
    const link = $<HTMLAnchorElement>(el, 'a[download]')!;
    expect(link.download).to.equal(`lich-truc-${currentWeek()}.ics`);
    // Made when the link is about to be used, not with every render.
    expect(link.href, 'before any use').to.not.match(/^blob:/);
    link.dispatchEvent(new Event('focus'));
    const href = link.href;
    expect(href).to.match(/^blob:/);
    const text = await (await fetch(href)).text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(text).to.contain('DTSTART;TZID=Asia/Ho_Chi_Minh:');
    const events = text.split('BEGIN:VEVENT').length - 1;
    // Filtering narrows the file too.
    el.field = 'Hộ tịch';
    await el.updateComplete;
    const filtered = $<HTMLAnchorElement>(el, 'a[download]')!;
    // A click makes it too, before the browser follows the link (the test cancels the download itself).
    const cancel = (e: Event) => e.preventDefault();
    window.addEventListener('click', cancel);
    try {
      filtered.click();
    } finally {
      window.removeEventListener('click', cancel);
    }
    expect(filtered.href).to.match(/^blob:/);
    expect(filtered.href).to.not.equal(href);
    const fewer = (await (await fetch(filtered.href)).text()).split('BEGIN:VEVENT').length - 1;
    expect(fewer).to.be.lessThan(events);
  });

  it('speaks English inside lang="en"', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><motcua-duty-roster layout="grid" api-base=${api()}></motcua-duty-roster></div>`);
    const el = wrap.querySelector('motcua-duty-roster')!;
    await settled(el);
    await waitUntil(() => $(el, '.nav button')!.textContent!.includes('Previous week'));
    expect($(el, 'th.day .weekday')!.textContent).to.equal('Monday');
    expect($(el, 'td[data-row="0"][data-col="0"] .visually-hidden')!.textContent).to.contain('morning');
    await expect(el).to.be.accessible();
  });
});
