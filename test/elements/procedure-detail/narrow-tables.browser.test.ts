// The channel and document tables of <motcua-procedure-detail> in a narrow widget (280 px): CSS
// draws each row as a block there, the header row hidden and the column's name drawn before each
// count. Screen readers must still get the same tables as on a wide screen — checked in Chromium's
// own accessibility tree (test/elements/ax-tree.ts), not in the markup.
import { expect, html, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import '../../../src/elements/procedure-detail/procedure-detail.js';
import type { MotcuaProcedureDetail } from '../../../src/elements/procedure-detail/procedure-detail.component.js';
import { axTree, findAll, type AxNode } from '../ax-tree.js';

const api = () => (window as unknown as { __MOTCUA_API__: string }).__MOTCUA_API__;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const bare = (s: string) => s.replace(/\s+/g, '');

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

/** The role a table cell has on a wide screen, from its tag and scope. */
function roleOf(cell: Element): string {
  if (cell.localName === 'td') return 'cell';
  return cell.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
}

async function checkTables(code: string): Promise<void> {
  const el = await narrowDetail(code);
  const tables = [...el.shadowRoot!.querySelectorAll('table')];
  expect(tables.length, 'channel and document tables').to.be.greaterThan(1);
  // The narrow layout is on: the rows are blocks, not table rows, and each count has its column's
  // name drawn before it, for the eye.
  for (const t of tables) {
    expect(getComputedStyle(t).display).to.equal('block');
    expect(getComputedStyle(t.querySelector('tbody tr')!).display).to.equal('block');
  }
  const labelled = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td[data-label]')];
  expect(labelled.length, 'counts with a drawn label').to.be.greaterThan(0);
  for (const td of labelled) expect(getComputedStyle(td, '::before').content).to.include(td.dataset.label!.trim());

  const found = findAll(await axTree(el.shadowRoot!.querySelector('article')!), 'table');
  expect(found.map((t) => t.name), 'each table named by its heading').to.deep.equal(tables.map(headingOf));
  found.forEach((table, i) => {
    const dom = tables[i]!;
    const domRows = [...dom.querySelectorAll('tr')];
    const rows = findAll(table, 'row');
    expect(rows, `${table.name}: a row for each table row`).to.have.length(domRows.length);
    rows.forEach((row: AxNode, r) => {
      const cells = [...domRows[r]!.children];
      expect(row.children.map((c) => c.role), `${table.name}, row ${r + 1}: roles`).to.deep.equal(cells.map(roleOf));
      // The content alone, as on a wide screen: the column header says what a count is; the label
      // drawn before it at this width is not read a second time. Compared without white space:
      // Chromium's name from content drops the space between two inline elements (a fee line's
      // type and amount), at any width.
      expect(row.children.map((c) => bare(c.name)), `${table.name}, row ${r + 1}: names`).to.deep.equal(
        cells.map((c) => bare((c as HTMLElement).innerText)),
      );
      cells.forEach((c, k) => {
        const label = (c as HTMLElement).dataset.label?.trim();
        if (label) expect(row.children[k]!.name, 'no label read before the count').to.not.include(label);
      });
    });
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
