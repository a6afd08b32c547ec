// <motcua-procedure-search mode="local" catalogue-url>: the catalogue `motcua import-national` made
// from the real national files, served by the test runner, searched on the device with no API.
import { expect, html, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/procedure-search/procedure-search.js';
import type { MotcuaProcedureSearch } from '../../../src/elements/procedure-search/procedure-search.component.js';
import type { MotcuaProcedureDetail } from '../../../src/elements/procedure-detail/procedure-detail.component.js';

const FILE = '/__motcua__/national-catalogue.json';
const root = (el: Element) => el.shadowRoot!;
const input = (el: MotcuaProcedureSearch) => root(el).querySelector('input')!;
const options = (el: MotcuaProcedureSearch) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const names = (el: MotcuaProcedureSearch) => options(el).map((o) => o.querySelector('.opt-name')!.textContent!.trim());

async function fileSearch(url = FILE): Promise<MotcuaProcedureSearch> {
  // No api-base and no client anywhere: everything comes from the file.
  const el = await fixture<MotcuaProcedureSearch>(html`<motcua-procedure-search mode="local" catalogue-url=${url}></motcua-procedure-search>`);
  input(el).focus(); // the file loads when someone is about to search
  const settled = () => el.searchThread !== undefined || root(el).querySelector('[part="error"]');
  await waitUntil(() => settled() && !root(el).querySelector('[part="loading"]'), 'catalogue file did not load', { timeout: 15000 });
  await el.updateComplete;
  return el;
}

async function typeAndWait(el: MotcuaProcedureSearch, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await waitUntil(() => options(el).length > 0 || !!root(el).querySelector('.no-results'), `no results for ${text}`, { timeout: 5000 });
}

describe('<motcua-procedure-search catalogue-url> (an imported national catalogue)', function () {
  // The first request runs the import command once for the run; then 2,642 entries are checked and indexed.
  this.timeout(30_000);
  it('searches the real names of the file without an API, near-duplicates included', async () => {
    const catalogue: { code: string; name: string }[] = await (await fetch(FILE)).json();
    expect(catalogue.length).to.equal(2642);
    const el = await fileSearch();
    expect(root(el).querySelector('[part="error"]')).to.equal(null, 'no "API not configured" warning');
    await typeAndWait(el, 'gia han tam tru');
    // A busy machine may still show a partial query's results ("gia h…"): wait for the whole query's.
    const name = 'Gia hạn tạm trú cho người nước ngoài tại Việt Nam (thực hiện tại cấp tỉnh)';
    await waitUntil(() => names(el).includes(name), `results: ${names(el).join(' | ')}`, { timeout: 5000 });
    const shown = names(el);
    const expected = catalogue.filter((p) => p.name.startsWith('Gia hạn tạm trú')).map((p) => p.name);
    expect(expected.length).to.be.greaterThan(2);
    for (const name of shown.filter((n) => n.startsWith('Gia hạn tạm trú'))) expect(expected).to.include(name);
    expect(shown).to.include(name);
    await expect(el).to.be.accessible();
  });

  it('shows a chosen procedure in full from the file: cases, fees in USD, steps', async () => {
    const el = await fileSearch();
    await typeAndWait(el, '1.001146');
    // On a busy machine the results of a partial code ("1.0…") may still be on screen: wait for the whole one's.
    const name = 'Gia hạn tạm trú cho người nước ngoài tại Việt Nam (thực hiện tại cấp tỉnh)';
    await waitUntil(() => names(el)[0] === name, `first result: ${names(el)[0]}`, { timeout: 5000 });
    options(el)[0]!.click();
    await el.updateComplete;
    const detail = root(el).querySelector<MotcuaProcedureDetail>('motcua-procedure-detail')!;
    // The detail's code loads when a procedure is first chosen.
    await customElements.whenDefined('motcua-procedure-detail');
    await detail.updateComplete;
    const text = detail.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Gia hạn tạm trú cho người nước ngoài tại Việt Nam (thực hiện tại cấp tỉnh)');
    expect(text).to.contain('10 USD');
    expect(detail.shadowRoot!.querySelectorAll('.steps > li').length).to.equal(3);
    expect(detail.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('says the file could not be loaded and offers to retry', async () => {
    const el = await fileSearch('/__motcua__/no-such-catalogue.json');
    const error = root(el).querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.querySelector('button')).to.not.equal(null);
  });
});
