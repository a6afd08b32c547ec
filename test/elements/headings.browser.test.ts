// The host page decides the widgets' headings: `heading-level` moves a widget's outline under the
// page's own, `no-heading` drops the widget's top heading where the page already has one.
import { expect, html, waitUntil } from '@open-wc/testing';
import { fixture } from './fixture.js';
import type { TemplateResult } from 'lit';
import { createClient } from '../../src/api/client.js';
import '../../src/elements.js';
import { sample } from '../fixtures/sample-dossiers.js';

const api = () => window.__MOTCUA_API__;
const delivered = () => sample((d) => d.status === 10);
const isolated = () => createClient({ baseUrl: api(), headers: { 'X-Forwarded-For': `192.0.2.${Math.floor(Math.random() * 250) + 1}` } });

/** Every heading in the widget's shadow root, in order, as `level text`. */
function outline(el: Element): Array<{ level: number; text: string }> {
  return [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')].map((h) => ({
    level: h.getAttribute('aria-level') ? Number(h.getAttribute('aria-level')) : Number(h.localName.slice(1)),
    text: (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

async function widget(template: TemplateResult, ready: string): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(template);
  await waitUntil(() => el.shadowRoot!.querySelector(ready), `${el.localName} never showed ${ready}`, { timeout: 10_000 });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

const cases: Array<{ name: string; top: string; render: (attrs: { level?: number; none?: boolean }) => TemplateResult; ready: string }> = [
  {
    name: 'dossier tracker (with a dossier shown)',
    top: 'Tra cứu hồ sơ',
    ready: '#timeline-title',
    render: ({ level, none }) =>
      html`<motcua-dossier-tracker .client=${isolated()} code=${delivered().code} lookup-key=${delivered().lookupKey} heading-level=${level ?? 2} ?no-heading=${none}></motcua-dossier-tracker>`,
  },
  {
    name: 'statistics',
    top: 'Kết quả giải quyết hồ sơ',
    ready: '#period-title',
    render: ({ level, none }) => html`<motcua-stats api-base=${api()} from="2025-01-01" to="2025-12-31" heading-level=${level ?? 2} ?no-heading=${none}></motcua-stats>`,
  },
  {
    name: 'satisfaction survey',
    top: '',
    ready: 'form',
    render: ({ level, none }) => html`<motcua-satisfaction-survey api-base=${api()} outbox-name="headings-test" heading-level=${level ?? 2} ?no-heading=${none}></motcua-satisfaction-survey>`,
  },
  {
    name: 'duty roster',
    top: 'Lịch trực',
    ready: '#title',
    render: ({ level, none }) => html`<motcua-duty-roster api-base=${api()} layout="list" heading-level=${level ?? 3} ?no-heading=${none}></motcua-duty-roster>`,
  },
];

describe('hosts decide the widgets’ headings', function () {
  this.timeout(60_000);

  for (const c of cases) {
    it(`${c.name}: heading-level moves the whole outline, no-heading drops the top heading`, async () => {
      const normal = outline(await widget(c.render({}), c.ready));
      const deeper = outline(await widget(c.render({ level: normal[0]!.level + 2 }), c.ready));
      expect(normal.length).to.be.at.least(1);
      if (c.top) expect(normal[0]!.text).to.contain(c.top);
      // Same headings, two levels deeper (capped at 6), so the widget's outline stays a tree.
      expect(deeper.map((h) => h.text)).to.deep.equal(normal.map((h) => h.text));
      expect(deeper.map((h) => h.level)).to.deep.equal(normal.map((h) => Math.min(6, h.level + 2)));

      const el = await widget(c.render({ none: true }), c.ready);
      const without = outline(el);
      expect(without.map((h) => h.text)).to.not.include(normal[0]!.text);
      expect(without.every((h) => h.level > normal[0]!.level)).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('qr poster: heading-level sets the level of every procedure name', async () => {
    const el = await widget(html`<motcua-qr-poster api-base=${api()} codes="1.001193, 1.000894" heading-level="4"></motcua-qr-poster>`, 'svg.qr');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.name').length === 2, 'two posters', { timeout: 10_000 });
    expect([...el.shadowRoot!.querySelectorAll('.name')].map((n) => n.localName)).to.deep.equal(['h4', 'h4']);
    await expect(el).to.be.accessible();
  });

  it('a level above 6 stops at 6; one below 1 falls back to the element’s default', async () => {
    const el = await widget(html`<motcua-stats api-base=${api()} from="2025-01-01" to="2025-12-31" heading-level="9"></motcua-stats>`, '#period-title');
    expect(outline(el)[0]!.level).to.equal(6);
    const zero = await widget(html`<motcua-stats api-base=${api()} from="2025-01-01" to="2025-12-31" heading-level="0"></motcua-stats>`, '#period-title');
    expect(outline(zero)[0]!.level).to.equal(2);
  });
});
