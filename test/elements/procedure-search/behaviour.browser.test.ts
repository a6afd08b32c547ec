// What the search box does in server mode with each kind of answer, against the in-memory fake
// client: searching, matches marked, moving through the results by keyboard, no results, show
// more, and a failed search with retry. The end-to-end suites (test/elements/procedure-search*.ts)
// keep the real reference server and the local index.
import { expect, html, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/procedure-search/procedure-search.js';
import type { MotcuaProcedureSearch } from '../../../src/elements/procedure-search/procedure-search.component.js';
import type { ProcedureQuery } from '../../../src/model/procedure.js';
import { fakeClient, type FakeClient } from '../fake-client.js';
import { retryFromErrorBox } from '../error-box.js';

async function searchBox(fake: FakeClient, pageSize = 10) {
  const el = await fixture<MotcuaProcedureSearch>(
    html`<motcua-procedure-search .client=${fake.client} mode="server" debounce="0" page-size=${pageSize}></motcua-procedure-search>`,
  );
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MotcuaProcedureSearch, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;

const text = (el: MotcuaProcedureSearch, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

const queries = (fake: FakeClient): ProcedureQuery[] => fake.calls.flatMap((c) => (c.method === 'procedures.search' ? [c.query] : []));

const names = (el: MotcuaProcedureSearch) => [...el.shadowRoot!.querySelectorAll('[role=option] .opt-name')].map((n) => n.textContent!.trim());

/** Types into the box the way the keyboard does (focus, then keys). */
async function type(el: MotcuaProcedureSearch, value: string) {
  $<HTMLInputElement>(el, '#input')!.focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}

describe('<motcua-procedure-search> behaviour, server mode (fake client)', () => {
  it('says it is searching, then lists the matches with the typed words marked', async () => {
    const fake = fakeClient();
    const el = await searchBox(fake);
    expect(queries(fake)).to.deep.equal([]);
    const release = fake.hold();
    await type(el, 'khai');
    await waitUntil(() => $(el, '.loading'), 'searching shown');
    expect(text(el, '.loading')).to.equal('Đang tìm…');
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => names(el).length === 2, 'two results');
    expect(names(el)).to.deep.equal(['Đăng ký khai sinh', 'Đăng ký khai tử']);
    expect([...el.shadowRoot!.querySelectorAll('[role=option] mark')].map((m) => m.textContent)).to.deep.equal(['khai', 'khai']);
    expect(text(el, '.count')).to.include('Tìm thấy 2 thủ tục');
    expect(queries(fake).at(-1)).to.deep.equal({ page: 1, pageSize: 10, q: 'khai' });
    await expect(el).to.be.accessible();
  });

  it('moves through the results with the arrow keys, the box naming the active one', async () => {
    const el = await searchBox(fakeClient());
    await type(el, 'đăng ký');
    await waitUntil(() => names(el).length === 3, 'three results');
    const input = $<HTMLInputElement>(el, '#input')!;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const first = input.getAttribute('aria-activedescendant');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const second = input.getAttribute('aria-activedescendant');
    expect(second).to.not.equal(first);
    expect($(el, `#${second}`)!.getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[aria-selected=true]')).to.have.length(1);
    // The focus stays in the box: the combobox pattern.
    expect(el.shadowRoot!.activeElement).to.equal(input);
  });

  it('says when nothing matches, naming what was typed', async () => {
    const el = await searchBox(fakeClient());
    await type(el, 'xyz');
    await waitUntil(() => $(el, '.no-results'), 'no results shown');
    expect(text(el, '.no-results')).to.include('Không tìm thấy thủ tục nào cho “xyz”');
    expect(names(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('"show more" asks for the next page and adds it below', async () => {
    const fake = fakeClient();
    const el = await searchBox(fake, 2);
    await type(el, 'đăng ký');
    await waitUntil(() => names(el).length === 2, 'first page');
    $<HTMLButtonElement>(el, '.more')!.click();
    await waitUntil(() => names(el).length === 3, 'second page added');
    expect(queries(fake).at(-1)).to.include({ page: 2, pageSize: 2 });
    expect($(el, '.more')).to.equal(null);
  });

  it('says why a search failed, and "try again" searches again', async () => {
    const fake = fakeClient();
    const el = await searchBox(fake);
    fake.failWith('offline');
    await type(el, 'khai');
    await waitUntil(() => $(el, '[part=error]'), 'error shown');
    await retryFromErrorBox(el, fake, 'Không có kết nối mạng');
    await waitUntil(() => names(el).length === 2, 'results after retry');
    expect($(el, '[part=error]')).to.equal(null);
  });
});
