// The duty roster's day list in a narrow widget (280 px), as screen readers get it: Chromium's own
// accessibility tree (test/elements/ax-tree.ts). The list is drawn as a grid of cards with no
// markers; it must stay a list of days, each under its heading, with the desks of a session as a
// list inside it.
import { expect, html, waitUntil } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import '../../../src/elements/duty-roster/duty-roster.js';
import type { MotcuaDutyRoster } from '../../../src/elements/duty-roster/duty-roster.component.js';
import { fakeClient } from '../fake-client.js';
import { ROSTER_WEEK_ID } from '../fake-data.js';
import { axTree, findAll } from '../ax-tree.js';

/** Wednesday 21 September 2022, 09:00 at the office: the morning session of the fake week. */
const NOW = new Date('2022-09-21T09:00:00+07:00');

describe('<motcua-duty-roster> day list at 280 px', () => {
  it('is a list of days to screen readers, each day a heading with its desks listed', async () => {
    const fake = fakeClient();
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 280px"><motcua-duty-roster .client=${fake.client} .now=${NOW} week=${ROSTER_WEEK_ID}></motcua-duty-roster></div>`,
    );
    const el = wrap.querySelector<MotcuaDutyRoster>('motcua-duty-roster')!;
    await waitUntil(() => el.shadowRoot!.querySelector('ol.days li') && !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'day list');
    const ol = el.shadowRoot!.querySelector('ol.days')!;
    const domDays = [...ol.children];
    // Drawn as cards without markers: the styles that would drop a list's semantics in some browsers.
    expect(getComputedStyle(ol).display).to.equal('grid');
    expect(getComputedStyle(ol).listStyleType).to.equal('none');

    const tree = await axTree(ol);
    expect(tree.role).to.equal('list');
    expect(tree.name, 'named by the roster title').to.equal(el.shadowRoot!.querySelector('#title')!.textContent!.trim());
    const days = tree.children;
    expect(days.map((d) => d.role)).to.deep.equal(domDays.map(() => 'listitem'));
    days.forEach((day, i) => {
      const headings = findAll(day, 'heading');
      expect(headings, `day ${i + 1}: one heading`).to.have.length(1);
      expect(headings[0]!.level).to.equal(Number(domDays[i]!.querySelector('[role="heading"]')!.getAttribute('aria-level')));
      const slots = domDays[i]!.querySelectorAll('ul.slots');
      expect(findAll(day, 'list'), `day ${i + 1}: a list per staffed session`).to.have.length(slots.length);
    });
    expect(days.flatMap((d) => findAll(d, 'list')).length, 'desks listed on some day').to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
