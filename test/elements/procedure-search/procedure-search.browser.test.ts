import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient } from '../../../src/api/client.js';
import '../../../src/elements/procedure-search/procedure-search.js';
import type { MotcuaProcedureSearch } from '../../../src/elements/procedure-search/procedure-search.component.js';
import type { MotcuaProcedureDetail } from '../../../src/elements/procedure-detail/procedure-detail.component.js';

declare global {
  interface Window {
    __MOTCUA_API__: string;
  }
}

const api = () => window.__MOTCUA_API__;
const root = (el: Element) => el.shadowRoot!;
const input = (el: MotcuaProcedureSearch) => root(el).querySelector('input')!;
const options = (el: MotcuaProcedureSearch) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const names = (el: MotcuaProcedureSearch) => options(el).map((o) => o.querySelector('.opt-name')!.textContent!.trim());
const liveText = (el: Element) => root(el).querySelector('[role="status"]')!.textContent ?? '';

/** Local mode loads its catalogue when someone is about to search: focus in the box is that sign. */
async function ready(el: MotcuaProcedureSearch): Promise<void> {
  await el.updateComplete;
  input(el).focus();
  await waitUntil(() => el.searchThread !== undefined && !root(el).querySelector('[part="loading"]'), 'catalogue did not load', { timeout: 8000 });
  await el.updateComplete;
}

/** Types like a person: focus, then real key presses through the browser. */
async function type(el: MotcuaProcedureSearch, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function typeAndWait(el: MotcuaProcedureSearch, text: string): Promise<void> {
  await type(el, text);
  await waitUntil(() => options(el).length > 0 || !!root(el).querySelector('.no-results'), `no results shown for ${text}`, { timeout: 5000 });
}

async function localSearch(): Promise<MotcuaProcedureSearch> {
  const el = await fixture<MotcuaProcedureSearch>(html`<motcua-procedure-search api-base=${api()}></motcua-procedure-search>`);
  await ready(el);
  return el;
}

describe('<motcua-procedure-search> local mode', () => {
  it('is an accessible combobox in the empty state', async () => {
    const el = await localSearch();
    const box = input(el);
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.getAttribute('aria-autocomplete')).to.equal('list');
    const listbox = root(el).getElementById(box.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    expect(root(el).querySelector('label')!.textContent).to.contain('Tìm thủ tục');
    await expect(el).to.be.accessible();
  });

  it('keeps searching on the device when the network to the API is cut after the catalogue loaded (a kiosk)', async () => {
    const el = await localSearch();
    // The browser's real requests to the API now fail as a dropped connection (Playwright routing).
    await executeServerCommand('motcua-block', { pattern: '/api/' });
    try {
      await typeAndWait(el, 'ket hon');
      expect(names(el)[0]).to.match(/kết hôn/i);
      input(el).select();
      await sendKeys({ press: 'Backspace' });
      await typeAndWait(el, 'so do');
      expect(names(el).some((n) => /quyền sử dụng đất/i.test(n))).to.equal(true);
      expect(root(el).querySelector('[part="error"]')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('motcua-block', { pattern: null });
    }
  });

  it('finds "Thủ tục đăng ký khai sinh" from "dang ky khai sinh" and marks the match on the accented name', async () => {
    const el = await localSearch();
    await typeAndWait(el, 'dang ky khai sinh');
    expect(names(el)[0]).to.equal('Thủ tục đăng ký khai sinh');
    const marks = [...options(el)[0]!.querySelectorAll('mark')].map((m) => m.textContent).join('');
    expect(marks).to.equal('đăng ký khai sinh');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('understands everyday words and abbreviations: "so do", "cccd"', async () => {
    const el = await localSearch();
    await typeAndWait(el, 'so do');
    expect(names(el)[0]).to.match(/Giấy chứng nhận quyền sử dụng đất/);
    input(el).value = '';
    await type(el, 'cccd');
    await waitUntil(() => /căn cước/i.test(names(el)[0] ?? ''));
    expect(names(el)[0]).to.match(/căn cước/i);
    expect(options(el)[0]!.querySelector('mark')!.textContent).to.match(/căn cước|công dân/i);
  });

  it('moves through options with arrows (wrapping), Home and End', async () => {
    const el = await localSearch();
    await typeAndWait(el, 'khai sinh');
    const n = options(el).length;
    expect(n).to.be.greaterThan(2);
    const active = () => input(el).getAttribute('aria-activedescendant');
    expect(active()).to.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active()).to.equal('opt-0');
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    expect(options(el)[1]!.getAttribute('aria-selected')).to.equal('false');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(active()).to.equal(`opt-${n - 1}`);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active()).to.equal('opt-0');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(active()).to.equal(`opt-${n - 1}`);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(active()).to.equal('opt-0');
    expect(root(el).activeElement).to.equal(input(el)); // focus stays in the box
    await expect(el).to.be.accessible();
  });

  it('Enter opens the active procedure: emits motcua-select and shows the detail below', async () => {
    const el = await localSearch();
    await typeAndWait(el, 'dang ky khai sinh');
    await sendKeys({ press: 'ArrowDown' });
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'motcua-select');
    expect(event.detail.code).to.equal('1.001193');
    expect(event.detail.procedure?.name).to.equal('Thủ tục đăng ký khai sinh');
    expect(event.cancelable).to.equal(true);
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    const detail = root(el).querySelector<MotcuaProcedureDetail>('motcua-procedure-detail')!;
    expect(detail.code).to.equal('1.001193');
    // The detail's code loads on this first choice: the element upgrades when it arrives.
    await waitUntil(() => detail.shadowRoot?.querySelector('.name'), 'detail did not load', { timeout: 5000 });
    expect(detail.shadowRoot!.querySelector('.name')!.textContent).to.equal('Thủ tục đăng ký khai sinh');
    await waitUntil(() => detail.shadowRoot!.activeElement === detail.shadowRoot!.querySelector('.name'), 'focus did not move to the detail');
    await expect(el).to.be.accessible();
  });

  it('a cancelled motcua-select opens nothing; clicking an option selects it too', async () => {
    const el = await localSearch();
    await typeAndWait(el, 'ket hon');
    el.addEventListener('motcua-select', (e) => e.preventDefault(), { once: true });
    options(el)[0]!.click();
    await el.updateComplete;
    expect(root(el).querySelector('motcua-procedure-detail')).to.equal(null);
  });

  it('opens the chosen procedure in the detail-target element when given', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <motcua-procedure-search api-base=${api()} detail-target="the-detail"></motcua-procedure-search>
      <motcua-procedure-detail id="the-detail" api-base=${api()}></motcua-procedure-detail>
    </div>`);
    const el = wrapper.querySelector('motcua-procedure-search')!;
    await ready(el);
    await typeAndWait(el, 'tam tru');
    const code = options(el)[0]!.querySelector('.opt-meta')!.textContent!.match(/\d\.\d{6}[\w.]*/)![0];
    options(el)[0]!.click();
    await el.updateComplete;
    const target = wrapper.querySelector<MotcuaProcedureDetail>('#the-detail')!;
    expect(target.code).to.equal(code);
    expect(root(el).querySelector('motcua-procedure-detail')).to.equal(null);
  });

  it('Escape first closes the list, then clears the text', async () => {
    const el = await localSearch();
    await typeAndWait(el, 'chung thuc');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(input(el).value).to.equal('chung thuc');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    expect(el.value).to.equal('');
    await sendKeys({ press: 'ArrowDown' }); // nothing to open: stays closed
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('announces the result count in its polite live region, once typing pauses', async () => {
    const el = await localSearch();
    await typeAndWait(el, 'khai sinh');
    const count = Number(root(el).querySelector('.count')!.textContent!.match(/\d+/)![0]);
    expect(count).to.be.greaterThan(0);
    expect(liveText(el)).to.equal(''); // not on every key press
    await waitUntil(() => liveText(el).includes('thủ tục phù hợp'), 'nothing announced', { timeout: 3000 });
    expect(liveText(el)).to.contain(String(count));
    expect(root(el).querySelector('[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('filters by facet chips with counts, and clears them', async () => {
    const el = await localSearch();
    await typeAndWait(el, 'khai sinh');
    const total = () => Number(root(el).querySelector('.count')!.textContent!.match(/\d+/)![0]);
    const before = total();
    const chip = [...root(el).querySelectorAll<HTMLButtonElement>('[part="chip"]')].find((b) => b.textContent!.includes('Cấp Xã'))!;
    expect(chip).to.exist;
    const chipCount = Number(chip.textContent!.match(/\((\d+)\)/)![1]);
    expect(chip.getAttribute('aria-pressed')).to.equal('false');
    chip.click();
    await el.updateComplete;
    expect(total()).to.equal(chipCount);
    expect(total()).to.be.lessThan(before);
    expect(el.filters.level).to.equal('commune');
    const pressed = root(el).querySelector('[part="chip"][aria-pressed="true"]')!;
    expect(pressed.textContent).to.contain('Cấp Xã');
    for (const o of options(el)) expect(o.querySelector('.opt-meta')!.textContent).to.contain('Cấp Xã');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.clear-filters')!.click();
    await el.updateComplete;
    expect(total()).to.equal(before);
  });

  it('shows more results on demand and keeps the count right', async () => {
    const el = await fixture<MotcuaProcedureSearch>(html`<motcua-procedure-search api-base=${api()} page-size="5"></motcua-procedure-search>`);
    await ready(el);
    await typeAndWait(el, 'cap');
    expect(options(el)).to.have.length(5);
    root(el).querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await el.updateComplete;
    expect(options(el)).to.have.length(10);
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('opt-5');
  });

  it('helps when nothing matches: tips and popular procedures that search when clicked', async () => {
    const el = await localSearch();
    await typeAndWait(el, 'xyzzy qwerty');
    const help = root(el).querySelector('.no-results')!;
    expect(help.textContent).to.contain('Không tìm thấy thủ tục nào cho “xyzzy qwerty”');
    expect(help.textContent).to.contain('ít từ hơn');
    expect(help.textContent).to.contain('Không cần gõ dấu');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await waitUntil(() => liveText(el).includes('Không tìm thấy'), 'no-result not announced', { timeout: 3000 });
    await expect(el).to.be.accessible();
    const popular = [...help.querySelectorAll<HTMLButtonElement>('.popular button')].find((b) => b.textContent === 'Đăng ký kết hôn')!;
    popular.click();
    await el.updateComplete;
    expect(input(el).value).to.equal('Đăng ký kết hôn');
    expect(names(el)[0]).to.equal('Thủ tục đăng ký kết hôn');
  });

  it('loads the catalogue only once someone is about to search (focus in the box), not for an untouched box', async () => {
    const requests: string[] = [];
    const counting = createClient({
      baseUrl: api(),
      fetch: (input, init) => {
        requests.push(String(input instanceof Request ? input.url : input));
        return fetch(input, init);
      },
    });
    const el = await fixture<MotcuaProcedureSearch>(html`<motcua-procedure-search .client=${counting}></motcua-procedure-search>`);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    expect(requests, 'an untouched box asks for nothing').to.deep.equal([]);
    expect(root(el).querySelector('[part="loading"]')).to.equal(null);
    await ready(el);
    expect(requests.length, 'focus loaded the catalogue').to.be.above(0);
    expect(el.searchThread).to.equal('main');
  });

  it('shows a loading line while the catalogue loads, and an error with retry when it cannot', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = createClient({
      baseUrl: api(),
      fetch: async (input, init) => {
        await gate;
        return fetch(input, init);
      },
    });
    const el = await fixture<MotcuaProcedureSearch>(html`<motcua-procedure-search .client=${slow}></motcua-procedure-search>`);
    input(el).focus();
    await el.updateComplete;
    expect(root(el).querySelector('[part="loading"]')!.textContent).to.contain('Đang tải danh mục');
    await expect(el).to.be.accessible();
    release();
    await ready(el);

    const broken = await fixture<MotcuaProcedureSearch>(html`<motcua-procedure-search api-base="/api/v1/khong-co"></motcua-procedure-search>`);
    input(broken).focus();
    await waitUntil(() => root(broken).querySelector('[part="error"]'), 'no error shown', { timeout: 8000 });
    expect(root(broken).querySelector('[part="error"] button')!.textContent).to.contain('Thử lại');
    await expect(broken).to.be.accessible();
  });

  it('reads and writes the query and filters in the URL with url-state', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?x=1&q=khai+sinh&linh_vuc=ho-tich`);
    try {
      const el = await fixture<MotcuaProcedureSearch>(html`<motcua-procedure-search api-base=${api()} url-state></motcua-procedure-search>`);
      await ready(el);
      expect(input(el).value).to.equal('khai sinh');
      expect(el.filters.field).to.equal('ho-tich');
      await waitUntil(() => options(el).length > 0);
      for (const o of options(el)) expect(o.querySelector('.opt-meta')!.textContent).to.contain('Hộ tịch');
      input(el).select();
      await sendKeys({ type: 'ket hon' });
      expect(new URLSearchParams(location.search).get('q')).to.equal('khai sinh'); // written after a pause
      await waitUntil(() => new URLSearchParams(location.search).get('q') === 'ket hon', 'URL not updated', { timeout: 3000 });
      const params = new URLSearchParams(location.search);
      expect(params.get('linh_vuc')).to.equal('ho-tich');
      expect(params.get('x')).to.equal('1'); // the host's own parameters stay
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('fills the screen while in use on a narrow screen, with a close button', async () => {
    await setViewport({ width: 375, height: 700 });
    try {
      const el = await localSearch();
      input(el).focus();
      await el.updateComplete;
      expect(el.fullscreen).to.equal(true);
      const base = root(el).querySelector<HTMLElement>('[part="base"]')!;
      expect(getComputedStyle(base).position).to.equal('fixed');
      expect(base.getBoundingClientRect().width).to.equal(375);
      await typeAndWait(el, 'khai sinh');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.close')!.click();
      await el.updateComplete;
      expect(el.fullscreen).to.equal(false);
      expect(root(el).activeElement).to.equal(input(el));
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('passes axe in dark theme and in English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <motcua-procedure-search api-base=${api()} theme="dark"></motcua-procedure-search>
    </div>`);
    const el = wrapper.querySelector('motcua-procedure-search')!;
    await ready(el);
    expect(root(el).querySelector('label')!.textContent).to.equal('Find an administrative procedure');
    await typeAndWait(el, 'dang ky ket hon');
    expect(root(el).querySelector('.count')!.textContent).to.match(/procedures? found/);
    await expect(el).to.be.accessible();
  });
});

describe('<motcua-procedure-search> server mode', () => {
  /** A client on the real API that records each request (and can hold the first one back). */
  function recordingClient(holdFirstMs = 0) {
    const requests: { url: URL; signal: AbortSignal }[] = [];
    const client = createClient({
      baseUrl: api(),
      retry: 0,
      fetch: async (input, init) => {
        const request = input instanceof Request ? input : new Request(input, init);
        requests.push({ url: new URL(request.url), signal: request.signal });
        if (requests.length === 1 && holdFirstMs) await aTimeout(holdFirstMs);
        return fetch(input, init);
      },
    });
    return { client, requests };
  }

  it('asks GET /procedures once typing pauses, with the same rendering and highlights', async () => {
    const { client, requests } = recordingClient();
    const el = await fixture<MotcuaProcedureSearch>(html`<motcua-procedure-search mode="server" .client=${client}></motcua-procedure-search>`);
    expect(requests).to.have.length(0); // nothing to ask for an empty box
    await type(el, 'dang ky khai sinh');
    expect(requests).to.have.length(0); // debounced: no request per key press
    await waitUntil(() => options(el).length > 0, 'no results', { timeout: 5000 });
    expect(requests).to.have.length(1);
    expect(requests[0]!.url.pathname).to.match(/\/procedures$/);
    expect(requests[0]!.url.searchParams.get('q')).to.equal('dang ky khai sinh');
    expect(names(el)[0]).to.equal('Thủ tục đăng ký khai sinh');
    expect(options(el)[0]!.querySelector('mark')!.textContent).to.equal('đăng ký khai sinh');
    await expect(el).to.be.accessible();
  });

  it('aborts the previous request when the user types on', async () => {
    const { client, requests } = recordingClient(400);
    const el = await fixture<MotcuaProcedureSearch>(html`<motcua-procedure-search mode="server" debounce="50" .client=${client}></motcua-procedure-search>`);
    await type(el, 'khai sinh');
    // At least one: on a loaded machine a pause between keys may send a partial query first.
    await waitUntil(() => requests.length >= 1, 'no request sent', { timeout: 3000 });
    expect(root(el).querySelector('[part="loading"]')!.textContent).to.contain('Đang tìm');
    await expect(el).to.be.accessible();
    await sendKeys({ type: ' lưu động' });
    // On a loaded machine a pause between two keys can outlast the 50 ms debounce, so a partial
    // query may go out in between; what matters is that the last request is the whole query and
    // the first (held) one was cancelled.
    const last = () => requests.at(-1)!.url.searchParams.get('q');
    await waitUntil(() => last() === 'khai sinh lưu động', 'the whole query was not sent', { timeout: 3000 });
    await waitUntil(() => options(el).length > 0 && !root(el).querySelector('[part="loading"]'), 'no results', { timeout: 5000 });
    expect(requests.length).to.be.greaterThan(1);
    expect(requests[0]!.signal.aborted).to.equal(true);
    expect(requests.at(-1)!.signal.aborted).to.equal(false);
    expect(names(el)[0]).to.equal('Thủ tục đăng ký khai sinh lưu động');
  });

  it('sends facet filters to the API and pages with "show more"', async () => {
    const { client, requests } = recordingClient();
    const el = await fixture<MotcuaProcedureSearch>(html`<motcua-procedure-search mode="server" page-size="5" .client=${client}></motcua-procedure-search>`);
    await typeAndWait(el, 'cap');
    const chip = [...root(el).querySelectorAll<HTMLButtonElement>('[part="chip"]')].find((b) => b.textContent!.includes('Trực tuyến'))!;
    chip.click();
    await waitUntil(() => requests.at(-1)!.url.searchParams.get('channel') === 'online', 'filter not sent', { timeout: 3000 });
    await waitUntil(() => !root(el).querySelector('[part="loading"]'));
    expect(options(el)).to.have.length(5);
    root(el).querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await waitUntil(() => options(el).length === 10, 'more not loaded', { timeout: 3000 });
    const last = requests.at(-1)!.url.searchParams;
    expect(last.get('page')).to.equal('2');
    expect(last.get('pageSize')).to.equal('5');
    expect(last.get('channel')).to.equal('online');
  });

  it('shows the no-result help for an unknown query', async () => {
    const el = await fixture<MotcuaProcedureSearch>(html`<motcua-procedure-search mode="server" api-base=${api()}></motcua-procedure-search>`);
    await typeAndWait(el, 'zzqx wvvb');
    expect(root(el).querySelector('.no-results')).to.exist;
    await expect(el).to.be.accessible();
  });
});
