// The statistics tables in a narrow widget (280 px): CSS draws each row as a list of "label:
// figure" lines there, and screen readers must still get the same tables as on a wide screen —
// checked in Chromium's own accessibility tree (test/elements/ax-tree.ts), not in the markup.
import { expect, html, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import '../../../src/elements/stats/stats.js';
import type { MotcuaStats } from '../../../src/elements/stats/stats.component.js';
import { fakeClient } from '../fake-client.js';
import { STATS } from '../fake-data.js';
import { axTree, findAll, type AxNode } from '../ax-tree.js';

async function narrowStatsWithTables(): Promise<MotcuaStats> {
  const fake = fakeClient();
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width: 280px"><motcua-stats .client=${fake.client} from=${STATS.from} to=${STATS.to} lang="vi"></motcua-stats></div>`,
  );
  const el = wrap.querySelector<MotcuaStats>('motcua-stats')!;
  await waitUntil(() => el.shadowRoot!.querySelector('details.tables') && !el.loading, 'figures rendered');
  el.shadowRoot!.querySelector<HTMLDetailsElement>('details.tables')!.open = true;
  await waitUntil(() => el.shadowRoot!.querySelector('table'), 'tables drawn once opened');
  return el;
}

const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('<motcua-stats> tables at 280 px', () => {
  it('are still tables to screen readers: rows of column headers, row headers and cells, named by their captions', async () => {
    const el = await narrowStatsWithTables();
    const tables = [...el.shadowRoot!.querySelectorAll('table')];
    expect(tables.length, 'tables drawn').to.be.greaterThan(1);
    // The narrow layout is on: the rows are blocks, not table rows.
    expect(getComputedStyle(tables[0]!).display).to.equal('block');
    expect(getComputedStyle(tables[0]!.querySelector('tbody tr')!).display).to.equal('block');
    // Each figure still has its column's name drawn before it, for the eye.
    const td = tables[0]!.querySelector<HTMLElement>('tbody td')!;
    expect(getComputedStyle(td, '::before').content).to.include(td.dataset.label);

    const found = findAll(await axTree(el.shadowRoot!.querySelector('details.tables')!), 'table');
    expect(found.map((t) => t.name)).to.deep.equal(tables.map((t) => clean(t.querySelector('caption')!.textContent)));
    found.forEach((table, i) => {
      const dom = tables[i]!;
      const rows = findAll(table, 'row');
      expect(rows, `${table.name}: a row for each table row`).to.have.length(dom.querySelectorAll('tr').length);
      const [head, ...body] = rows as [AxNode, ...AxNode[]];
      const columns = dom.querySelectorAll('thead th');
      expect(head.children.map((c) => c.role)).to.deep.equal([...columns].map(() => 'columnheader'));
      expect(head.children.map((c) => c.name)).to.deep.equal([...columns].map((th) => clean(th.textContent)));
      body.forEach((row, r) => {
        const cells = [...dom.querySelectorAll('tbody tr, tfoot tr')[r]!.children];
        expect(row.children.map((c) => c.role), `${table.name}, row ${r + 1}`).to.deep.equal(['rowheader', ...cells.slice(1).map(() => 'cell')]);
        // The figure alone: its column header says what it is, as on a wide screen; the label drawn
        // before it at this width is not read a second time.
        expect(row.children.map((c) => c.name)).to.deep.equal(cells.map((c) => clean(c.textContent)));
      });
    });
    await expect(el).to.be.accessible();
  });
});
