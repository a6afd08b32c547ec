// The marks CSS draws in the search's filters — the ▸/▾ before "Lọc kết quả" and the ✓ on a
// chosen chip — are for the eye only: screen readers get the state from the disclosure and from
// aria-pressed. Checked in Chromium's own accessibility tree (test/elements/ax-tree.ts): the names
// carry no mark, and a chip's name stays the same when it is chosen.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixture } from '../fixture.js';
import '../../../src/elements/procedure-search/procedure-search.js';
import type { MotcuaProcedureSearch } from '../../../src/elements/procedure-search/procedure-search.component.js';
import { axTree, findAll, type AxNode } from '../ax-tree.js';

const api = () => (window as unknown as { __MOTCUA_API__: string }).__MOTCUA_API__;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Every node under `node`, itself included. */
const all = (node: AxNode): AxNode[] => [node, ...node.children.flatMap(all)];

describe('<motcua-procedure-search> filter marks', () => {
  it('are not read: the disclosure and the chips are named by their text alone, chosen or not', async () => {
    // Wide enough that the filters start open (procedure-search.component.ts, NARROW_WIDTH).
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 800px"><motcua-procedure-search api-base=${api()}></motcua-procedure-search></div>`);
    const el = wrap.querySelector<MotcuaProcedureSearch>('motcua-procedure-search')!;
    const r = el.shadowRoot!;
    await waitUntil(() => r.querySelector('input'), 'search box drawn');
    r.querySelector('input')!.focus();
    await waitUntil(() => el.searchThread !== undefined && !r.querySelector('[part="loading"]'), 'catalogue loaded', { timeout: 8000 });
    await sendKeys({ type: 'khai sinh' });
    await waitUntil(() => r.querySelector('[part="chip"]'), 'filter chips shown', { timeout: 5000 });
    const chip = r.querySelector<HTMLButtonElement>('[part="chip"]')!;
    const chipText = clean(chip.textContent);
    chip.click();
    await el.updateComplete;
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    // The marks are drawn: this is the state whose names are checked.
    const summary = r.querySelector('.filters > summary')!;
    expect(getComputedStyle(summary, '::before').content).to.include('▾');
    expect(getComputedStyle(chip, '::before').content).to.include('✓');

    const tree = await axTree(r.querySelector('.filters')!);
    const names = all(tree).map((n) => n.name);
    expect(names.filter((n) => /[▸▾✓]/.test(n)), 'no mark in any name').to.deep.equal([]);
    expect(names, 'the disclosure named by its text').to.include(clean(summary.textContent));
    const chosen = findAll(tree, 'button').filter((b) => b.name === chipText);
    expect(chosen, 'the chosen chip keeps its name').to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
