// The channel and document tables of <motcua-procedure-detail> in a narrow widget (280 px): CSS
// draws each row as a block there, the header row hidden and the column's name drawn before each
// count. Screen readers must still get the same tables as on a wide screen — checked in Chromium's
// own accessibility tree (test/elements/ax-tree.ts), not in the markup.
import { expect, html, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import '../../../src/elements/procedure-detail/procedure-detail.js';
import type { MotcuaProcedureDetail } from '../../../src/elements/procedure-detail/procedure-detail.component.js';
import { clean, expectNarrowLayout, expectTablesKept } from '../narrow-tables.js';

const api = () => (window as unknown as { __MOTCUA_API__: string }).__MOTCUA_API__;

async function narrowDetail(code: string): Promise<MotcuaProcedureDetail> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width: 280px"><motcua-procedure-detail api-base=${api()} code=${code}></motcua-procedure-detail></div>`,
  );
  const el = wrap.querySelector<MotcuaProcedureDetail>('motcua-procedure-detail')!;
  await waitUntil(() => el.shadowRoot!.querySelector('.name, [part="error"]'), 'detail loaded', { timeout: 8000 });
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[part="error"]'), 'no error').to.equal(null);
  return el;
}

/** The heading a table sits under, as the eye sees it: its case's title, else its section's. */
function headingOf(table: HTMLTableElement): string {
  const title = table.closest('.case')?.querySelector('.case-title') ?? table.closest('section')!.querySelector('.section-title');
  return clean(title!.textContent);
}

async function checkTables(code: string): Promise<void> {
  const el = await narrowDetail(code);
  const tables = [...el.shadowRoot!.querySelectorAll('table')];
  expect(tables.length, 'channel and document tables').to.be.greaterThan(1);
  // The narrow layout is on: the rows are blocks, each count with its column's name drawn before it.
  expectNarrowLayout(el.shadowRoot!, tables);
  // The same tables as on a wide screen, each named by its heading; each cell read as its content
  // alone, word for word as drawn (a fee line's type and amount read apart: "Phí 10 US$").
  await expectTablesKept(el.shadowRoot!.querySelector('article')!, tables, tables.map(headingOf), {
    text: (c) => clean(c.innerText),
    same: (name, text) => clean(name) === text,
  });
  await expect(el).to.be.accessible();
}

describe('<motcua-procedure-detail> tables at 280 px', function () {
  // Long records, read twice (accessibility tree and axe), on a shared two-core machine.
  this.timeout(30_000);

  it('are still tables to screen readers: named, rows of headers and cells, each count read once (two cases, forms)', async () => {
    await checkTables('1.004194');
  });

  it('are still tables to screen readers on a national record (fee lines, marks, template files)', async () => {
    await checkTables('1.001146');
  });
});
