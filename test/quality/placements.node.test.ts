// The demo's placement pages through the real server and its strict CSP: the same widgets in a
// two-thirds column and a 300 px sidebar, and a full-screen kiosk. Every widget must fit its box
// (nothing scrolls sideways inside it) and the pages must pass axe.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { describeViolations, runAxe, settle, startTestServer, withChromiumAndServer } from './harness.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;

withChromiumAndServer((b, s) => ([browser, server] = [b, s]));

// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
const OVERFLOW = `(() => {
  const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
  const out = [];
  for (const host of document.querySelectorAll('motcua-stats, motcua-duty-roster, motcua-dossier-tracker, motcua-satisfaction-survey')) {
    const box = host.getBoundingClientRect();
    if (host.scrollWidth > host.clientWidth + 1) out.push(host.localName + ' scrolls: ' + host.scrollWidth + ' > ' + host.clientWidth);
    for (const el of all(host.shadowRoot)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || el.closest('.visually-hidden')) continue;
      if (r.right > box.right + 1) out.push(host.localName + ' › ' + el.localName + '.' + el.className + ' sticks out by ' + Math.round(r.right - box.right) + ' px');
    }
  }
  return [...new Set(out)].slice(0, 10);
})()`;

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  assert.equal((await page.goto(`${server.url}${path}`))?.status(), 200);
  await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('motcua-')).every((e) => customElements.get(e.localName)), null, { timeout: 20_000 });
  await settle(page);
  assert.deepEqual(errors, []);
  return page;
}

test('the placements page: stats, roster and tracker fit both the main column and the 300 px sidebar', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 800 }]) {
    const page = await open('/demo/placements.html', viewport);
    const side = await page.locator('aside motcua-dossier-tracker').evaluate((el) => el.getBoundingClientRect().width);
    if (viewport.width > 1000) assert.ok(side <= 300, `the sidebar is 300 px wide with its padding (tracker ${side} px)`);
    assert.deepEqual(await page.evaluate(OVERFLOW), [], `${viewport.width} px`);
    // The sidebar's roster is a day list; the main column's statistics draw rows or columns, never scroll.
    const sideRoster = await page.locator('aside motcua-duty-roster').evaluate((el) => !!el.shadowRoot!.querySelector('ol.days'));
    assert.equal(sideRoster, true, 'the roster in the 300 px sidebar is a day list');
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await page.close();
  }
});

test('the kiosk page: one full-width survey, no duplicate heading, fits a tablet and a phone', async () => {
  for (const viewport of [{ width: 1024, height: 768 }, { width: 360, height: 800 }]) {
    const page = await open('/demo/kiosk.html', viewport);
    await page.waitForFunction(() => !!document.querySelector('motcua-satisfaction-survey')!.shadowRoot!.querySelector('form'), null, { timeout: 15_000 });
    const headings = await page.evaluate(() => document.querySelector('motcua-satisfaction-survey')!.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6').length);
    assert.equal(headings, 0, 'the page’s h1 names the form; the widget adds no heading of its own');
    assert.deepEqual(await page.evaluate(OVERFLOW), [], `${viewport.width} px`);
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await page.close();
  }
});
