// Shared checks for tables a narrow widget draws as blocks (stats, procedure detail): the narrow
// layout is really on, and Chromium's accessibility tree still has the tables of the markup.
import { expect } from '@open-wc/testing';
import { axTree, findAll, type AxNode } from './ax-tree.js';

export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Each table and its body rows are drawn as blocks, and each labelled cell draws its label first. */
export function expectNarrowLayout(root: ParentNode, tables: HTMLTableElement[]): void {
  for (const t of tables) {
    expect(getComputedStyle(t).display).to.equal('block');
    expect(getComputedStyle(t.querySelector('tbody tr')!).display).to.equal('block');
  }
  const labelled = [...root.querySelectorAll<HTMLElement>('td[data-label]')];
  expect(labelled.length, 'cells with a drawn label').to.be.greaterThan(0);
  for (const td of labelled) expect(getComputedStyle(td, '::before').content).to.include(td.dataset.label!.trim());
}

/** The role a table cell has on a wide screen, from its tag and scope. */
function roleOf(cell: Element): string {
  if (cell.localName === 'td') return 'cell';
  return cell.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
}

/**
 * The tables under `container`, in Chromium's tree, are `tables` as on a wide screen: named
 * `names`, a row for each `tr`, each cell with its role and its own text as its name (the label
 * drawn before it not read a second time). `text` gives a cell's expected name and `same` compares.
 */
export async function expectTablesKept(
  container: Element,
  tables: HTMLTableElement[],
  names: string[],
  { text = (c: HTMLElement) => clean(c.textContent), same = (a: string, b: string) => a === b } = {},
): Promise<void> {
  const found = findAll(await axTree(container), 'table');
  expect(found.map((t) => t.name), 'each table named').to.deep.equal(names);
  found.forEach((table, i) => {
    const domRows = [...tables[i]!.querySelectorAll('tr')];
    const rows = findAll(table, 'row');
    expect(rows, `${table.name}: a row for each table row`).to.have.length(domRows.length);
    rows.forEach((row: AxNode, r) => {
      const cells = [...domRows[r]!.children] as HTMLElement[];
      expect(row.children.map((c) => c.role), `${table.name}, row ${r + 1}: roles`).to.deep.equal(cells.map(roleOf));
      cells.forEach((cell, k) => {
        const name = row.children[k]!.name;
        expect(same(name, text(cell)), `${table.name}, row ${r + 1}, cell ${k + 1}: "${name}" for "${text(cell)}"`).to.equal(true);
        const label = cell.dataset.label?.trim();
        if (label) expect(name, 'no label read before the content').to.not.include(label);
      });
    });
  });
}
