// Every element in its main states at the column widths real portals give it (a 280 px sidebar to a
// 960 px main column): nothing may scroll sideways, stick out or clip, and every control stays at
// least 24 × 24 px. Widgets decide their layout by their own width, so only the container changes.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixture } from './fixture.js';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { createClient } from '../../src/api/client.js';
import '../../src/elements.js';
import { sample } from '../fixtures/sample-dossiers.js';
import { overflowProblems, overrideTextSpacing, smallTargets } from './overflow-check.js';

const WIDTHS = [280, 360, 480, 640, 960];
const api = () => window.__MOTCUA_API__;
const unreachable = () => createClient({ baseUrl: 'http://127.0.0.1:9/api/v1', retry: 0 });
/** Its own rate-limit identity, so this file's look-ups never lock out another test file's. */
const isolated = () => createClient({ baseUrl: api(), headers: { 'X-Forwarded-For': `203.0.113.${Math.floor(Math.random() * 250) + 1}` } });

type Ready = (el: HTMLElement) => Promise<unknown>;
interface Scenario {
  name: string;
  template: () => TemplateResult;
  ready: Ready;
}

const shadow = (el: HTMLElement) => el.shadowRoot!;
const shows = (selector: string): Ready => (el) =>
  waitUntil(() => shadow(el).querySelector(selector), `${el.localName} never showed ${selector}`, { timeout: 10_000 });
const fails: Ready = async (el) => {
  if (!shadow(el).querySelector('[role=alert]')) await oneEvent(el, 'motcua-error');
  return shows('[role=alert]')(el);
};

async function typeInSearch(el: HTMLElement, text: string) {
  // The first render waits for the element to be near the viewport (render-gate.ts).
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await waitUntil(() => !shadow(el).querySelector('input[aria-busy=true]') && (el as unknown as { ready?: boolean }).ready !== false, 'search not ready', { timeout: 10_000 });
  const input = shadow(el).querySelector<HTMLInputElement>('input[role=combobox]')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const delivered = () => sample((d) => d.status === 10);

const scenarios: Scenario[] = [
  { name: 'search, empty', template: () => html`<motcua-procedure-search api-base=${api()}></motcua-procedure-search>`, ready: shows('input[role=combobox]') },
  {
    name: 'search, with results',
    template: () => html`<motcua-procedure-search api-base=${api()} mode="server"></motcua-procedure-search>`,
    ready: async (el) => {
      await typeInSearch(el, 'đăng ký khai sinh');
      return shows('[role=option]')(el);
    },
  },
  {
    name: 'search, error',
    template: () => html`<motcua-procedure-search .client=${unreachable()}></motcua-procedure-search>`,
    // Local mode loads its catalogue when someone is about to search: focus in the box.
    ready: async (el) => {
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      shadow(el).querySelector<HTMLInputElement>('input[role=combobox]')!.focus();
      return fails(el);
    },
  },
  { name: 'detail, loaded', template: () => html`<motcua-procedure-detail api-base=${api()} code="1.001193"></motcua-procedure-detail>`, ready: shows('.name') },
  { name: 'detail, not found', template: () => html`<motcua-procedure-detail api-base=${api()} code="9.999999"></motcua-procedure-detail>`, ready: fails },
  { name: 'tracker, empty form', template: () => html`<motcua-dossier-tracker .client=${isolated()}></motcua-dossier-tracker>`, ready: shows('form') },
  {
    name: 'tracker, a dossier shown',
    template: () => html`<motcua-dossier-tracker .client=${isolated()} code=${delivered().code} lookup-key=${delivered().lookupKey}></motcua-dossier-tracker>`,
    ready: shows('#result-title'),
  },
  {
    name: 'tracker, error',
    template: () => html`<motcua-dossier-tracker .client=${unreachable()} code=${delivered().code} lookup-key=${delivered().lookupKey}></motcua-dossier-tracker>`,
    ready: fails,
  },
  { name: 'qr lookup, idle', template: () => html`<motcua-qr-lookup></motcua-qr-lookup>`, ready: shows('form') },
  { name: 'qr poster, poster', template: () => html`<motcua-qr-poster api-base=${api()} codes="1.001193" office="Trung tâm Phục vụ hành chính công tỉnh Sơn Hà"></motcua-qr-poster>`, ready: shows('svg.qr') },
  { name: 'qr poster, cards', template: () => html`<motcua-qr-poster layout="cards" api-base=${api()} codes="1.001193, 1.000894"></motcua-qr-poster>`, ready: shows('svg.qr') },
  { name: 'qr poster, error', template: () => html`<motcua-qr-poster .client=${unreachable()} codes="1.001193"></motcua-qr-poster>`, ready: fails },
  { name: 'survey, form', template: () => html`<motcua-satisfaction-survey api-base=${api()} outbox-name="overflow-test"></motcua-satisfaction-survey>`, ready: shows('form') },
  { name: 'survey, kiosk', template: () => html`<motcua-satisfaction-survey kiosk api-base=${api()} outbox-name="overflow-test"></motcua-satisfaction-survey>`, ready: shows('form') },
  { name: 'survey, error', template: () => html`<motcua-satisfaction-survey .client=${unreachable()} outbox-name="overflow-test"></motcua-satisfaction-survey>`, ready: fails },
  { name: 'roster, week', template: () => html`<motcua-duty-roster api-base=${api()}></motcua-duty-roster>`, ready: shows('.title') },
  { name: 'roster, empty week', template: () => html`<motcua-duty-roster api-base=${api()} week="2001-W02"></motcua-duty-roster>`, ready: shows('.title') },
  { name: 'roster, error', template: () => html`<motcua-duty-roster .client=${unreachable()}></motcua-duty-roster>`, ready: fails },
  {
    name: 'stats, 12 months',
    template: () => html`<motcua-stats api-base=${api()} from="2025-01-01" to="2025-12-31"></motcua-stats>`,
    // The figures' tables are folded away at first; opened, they must fit too.
    ready: async (el) => {
      await shows('details.tables')(el);
      shadow(el).querySelector('details.tables')!.setAttribute('open', '');
      // Drawn on the details' toggle event.
      await shows('details.tables table')(el);
    },
  },
  { name: 'stats, empty', template: () => html`<motcua-stats api-base=${api()} from="2001-01-01" to="2001-03-31"></motcua-stats>`, ready: shows('.figures') },
  { name: 'stats, error', template: () => html`<motcua-stats .client=${unreachable()}></motcua-stats>`, ready: fails },
];

/** Renders a scenario in a column of `width` px and waits until its state is on screen. */
async function render(s: Scenario, width: number): Promise<{ column: HTMLElement; el: HTMLElement }> {
  const column = await fixture<HTMLElement>(html`<div style="width:${width}px">${s.template()}</div>`);
  const el = column.firstElementChild as HTMLElement;
  await s.ready(el);
  await settle(el);
  return { column, el };
}

/** Lets Lit and layout-driven re-renders (the roster's own ResizeObserver) finish. */
async function settle(el: HTMLElement) {
  for (let i = 0; i < 3; i++) {
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
}

describe('every widget fits its column (280–960 px)', function () {
  this.timeout(120_000);
  before(() => setViewport({ width: 1280, height: 900 }));

  for (const s of scenarios) {
    it(`${s.name}: no sideways scroll, nothing clipped, targets ≥ 24 px`, async () => {
      const { column, el } = await render(s, WIDTHS[0]!);
      const found: string[] = [];
      for (const width of WIDTHS) {
        column.style.width = `${width}px`;
        await settle(el);
        found.push(...overflowProblems(el).map((p) => `${width}px: ${p}`));
        found.push(...smallTargets(el).map((p) => `${width}px: ${p}`));
      }
      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }
});

describe('WCAG reflow and text spacing', function () {
  this.timeout(60_000);
  after(() => setViewport({ width: 1280, height: 900 }));

  for (const name of ['stats, 12 months', 'roster, week', 'tracker, a dossier shown', 'survey, form']) {
    it(`${name}: reflows in a 320 px window and keeps WCAG 1.4.12 text spacing at 360 px`, async () => {
      const s = scenarios.find((x) => x.name === name)!;
      await setViewport({ width: 320, height: 640 });
      const { column, el } = await render(s, 320);
      column.style.width = 'auto';
      await settle(el);
      const reflow = overflowProblems(el);
      expect(document.documentElement.scrollWidth, 'the page scrolls sideways at 320 px').to.be.at.most(320);
      column.style.width = '360px';
      overrideTextSpacing(el);
      await settle(el);
      const spaced = overflowProblems(el).map((p) => `text spacing: ${p}`);
      expect([...reflow, ...spaced], [...reflow, ...spaced].join('\n')).to.deep.equal([]);
    });
  }
});

describe('layout by the widget’s own width, not the screen’s', () => {
  it('the search folds its filter chips in a 300 px column on a wide screen', async () => {
    await setViewport({ width: 1280, height: 900 });
    const column = await fixture<HTMLElement>(html`<div style="width:300px"><motcua-procedure-search api-base=${api()} mode="server"></motcua-procedure-search></div>
      <div style="width:900px"><motcua-procedure-search api-base=${api()} mode="server"></motcua-procedure-search></div>`);
    const [narrow, wide] = [...column.parentElement!.querySelectorAll('motcua-procedure-search')] as HTMLElement[];
    for (const el of [narrow!, wide!]) {
      await typeInSearch(el, 'khai sinh');
      await waitUntil(() => shadow(el).querySelector('details'), 'filters shown', { timeout: 10_000 });
    }
    expect(shadow(narrow!).querySelector('details')!.open).to.equal(false);
    expect(shadow(wide!).querySelector('details')!.open).to.equal(true);
  });
});

describe('a widget placed where it gets no width of its own', () => {
  it('keeps at least 280 px in a flex row without a width (a size container takes none from its content)', async () => {
    await setViewport({ width: 1280, height: 900 });
    const row = await fixture<HTMLElement>(html`<div style="display:flex;gap:8px"><p>Tra cứu</p><motcua-dossier-tracker api-base=${api()}></motcua-dossier-tracker></div>`);
    const el = row.querySelector('motcua-dossier-tracker')!;
    await shows('form')(el);
    await settle(el);
    expect(el.getBoundingClientRect().width).to.be.at.least(279.5);
    expect(overflowProblems(el)).to.deep.equal([]);
  });
});
