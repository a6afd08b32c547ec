/**
 * Local-mode search above the worker threshold runs in a Web Worker, below it on the page: on
 * the real national catalogue (2,642 procedures, served by the test server from the fixture)
 * and through the element against the reference API.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/procedure-search/procedure-search.js';
import type { MotcuaProcedureSearch } from '../../../src/elements/procedure-search/procedure-search.component.js';
import { openCatalogue, WORKER_THRESHOLD } from '../../../src/elements/procedure-search/catalogue.js';
import { openIndex, type ResultSet } from '../../../src/elements/procedure-search/local-index.js';
import type { ProcedureSummary } from '../../../src/model/procedure.js';

declare global {
  interface Window {
    __MOTCUA_API__: string;
  }
}

interface NationalRecord {
  code: string;
  name: string;
  field: string;
  level: string;
}

async function nationalSummaries(): Promise<ProcedureSummary[]> {
  const records = (await (await fetch('/test/fixtures/national/catalogue.json')).json()) as NationalRecord[];
  return records.map((r) => ({
    code: r.code,
    name: r.name,
    field: { code: r.field, name: r.field },
    levels: r.level.split(',').map((l) => l.trim()) as ProcedureSummary['levels'],
    channels: [],
  }));
}

describe('local search: worker above the threshold, page below', () => {
  let items: ProcedureSummary[];
  before(async () => {
    items = await nationalSummaries();
  });

  it('searches the national catalogue in a worker, and the results come from the worker', async () => {
    expect(items.length).to.equal(2642);
    expect(items.length).to.be.above(WORKER_THRESHOLD);
    const catalogue = await openCatalogue(items);
    expect(catalogue.thread).to.equal('worker');
    const pending = catalogue.search('đăng ký kết hôn', {}, 5);
    expect(pending).to.be.instanceOf(Promise);
    const result = (await pending) as ResultSet;
    expect(result.thread).to.equal('worker');
    expect(result.items[0]!.procedure.code).to.equal('1.000894');
    expect(result.total).to.be.above(5);
  });

  it('loads a prebuilt index in the worker and answers as a built one', async () => {
    const built = openIndex(items);
    const catalogue = await openCatalogue(items, JSON.parse(JSON.stringify(built.serialize())));
    expect(catalogue.thread).to.equal('worker');
    const fromWorker = (await catalogue.search('gia han giay phep xay dung', {}, 10)) as ResultSet;
    const here = built.search('gia han giay phep xay dung', { limit: 10 }).hits.map((h) => h.code);
    expect(fromWorker.items.map((i) => i.procedure.code)).to.deep.equal(here);
    expect(fromWorker.thread).to.equal('worker');
  });

  it('a prebuilt index of another catalogue is not used: the worker builds its own', async () => {
    const other = openIndex(items.slice(1)).serialize();
    const catalogue = await openCatalogue(items, other);
    const result = (await catalogue.search('khai sinh', {}, 3)) as ResultSet;
    expect(result.items[0]!.procedure.code).to.equal('1.001193');
  });

  it('searches a small catalogue on the page, synchronously', async () => {
    const catalogue = await openCatalogue(items.slice(0, 300));
    expect(catalogue.thread).to.equal('main');
    const result = catalogue.search('hải quan', {}, 5);
    expect(result).not.to.be.instanceOf(Promise);
    expect((result as ResultSet).thread).to.equal('main');
    expect((result as ResultSet).items.length).to.be.above(0);
  });

  it('the element searches in the worker when the catalogue is over its worker-threshold', async () => {
    const el = await fixture<MotcuaProcedureSearch>(
      html`<motcua-procedure-search api-base=${window.__MOTCUA_API__} worker-threshold="5"></motcua-procedure-search>`,
    );
    el.shadowRoot!.querySelector('input')!.focus(); // the catalogue loads when someone is about to search
    await waitUntil(() => el.searchThread !== undefined, 'catalogue did not load', { timeout: 10000 });
    expect(el.searchThread).to.equal('worker');
    await sendKeys({ type: 'khai sinh' });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'no results from the worker', { timeout: 5000 });
    const first = el.shadowRoot!.querySelector('[role="option"] .opt-name')!.textContent!;
    expect(first).to.match(/khai sinh/i);
  });

  it('the element searches on the page with the default threshold and a small catalogue', async () => {
    const el = await fixture<MotcuaProcedureSearch>(html`<motcua-procedure-search api-base=${window.__MOTCUA_API__}></motcua-procedure-search>`);
    el.shadowRoot!.querySelector('input')!.focus();
    await waitUntil(() => el.searchThread !== undefined, 'catalogue did not load', { timeout: 10000 });
    expect(el.searchThread).to.equal('main');
  });
});
