// The statistics tables in a narrow widget (280 px): CSS draws each row as a list of "label:
// figure" lines there, and screen readers must still get the same tables as on a wide screen —
// checked in Chromium's own accessibility tree (test/elements/ax-tree.ts), not in the markup.
import { expect, html, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import '../../../src/elements/stats/stats.js';
import type { MotcuaStats } from '../../../src/elements/stats/stats.component.js';
import { fakeClient } from '../fake-client.js';
import { STATS } from '../fake-data.js';
import { clean, expectNarrowLayout, expectTablesKept } from '../narrow-tables.js';

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

describe('<motcua-stats> tables at 280 px', () => {
  it('are still tables to screen readers: rows of column headers, row headers and cells, named by their captions', async () => {
    const el = await narrowStatsWithTables();
    const tables = [...el.shadowRoot!.querySelectorAll('table')];
    expect(tables.length, 'tables drawn').to.be.greaterThan(1);
    // The narrow layout is on: the rows are blocks, each figure with its column's name drawn before it.
    expectNarrowLayout(el.shadowRoot!, tables);
    // The same tables as on a wide screen, named by their captions; each figure read alone (its
    // column header says what it is; the label drawn before it at this width is not read again).
    const captions = tables.map((t) => clean(t.querySelector('caption')!.textContent));
    await expectTablesKept(el.shadowRoot!.querySelector('details.tables')!, tables, captions);
    await expect(el).to.be.accessible();
  });
});
