// The widgets inside a real portal's page: the portal's root font size must not change their
// layout, and the page must not jump while their code and data arrive (cumulative layout shift).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { settle, startTestServer, withChromiumAndServer } from './harness.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;

withChromiumAndServer((b, s) => ([browser, server] = [b, s]));

const WIDGETS = `
  <motcua-procedure-search></motcua-procedure-search>
  <motcua-procedure-detail code="1.001193"></motcua-procedure-detail>
  <motcua-dossier-tracker></motcua-dossier-tracker>
  <motcua-qr-lookup></motcua-qr-lookup>
  <motcua-satisfaction-survey></motcua-satisfaction-survey>
  <motcua-duty-roster></motcua-duty-roster>
  <motcua-stats></motcua-stats>`;

/** A portal page: a 610 px main column and a 279 px sidebar, with `rootCss` on <html>. */
function portalPage(rootCss: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>portal</title>
<style>html{${rootCss}} body{margin:0;font:1.3rem/1.4 Arial,sans-serif} .cols{display:flex;gap:20px;align-items:flex-start}
#main{width:610px} #side{width:279px}</style>
<link rel="stylesheet" href="/dist/cdn/motcua.css"><script type="module" src="/dist/cdn/motcua.js"></script></head>
<body><motcua-provider api-base="/api/v1"><div class="cols"><div id="main">${WIDGETS}</div>
<div id="side"><motcua-satisfaction-survey></motcua-satisfaction-survey><motcua-dossier-tracker></motcua-dossier-tracker></div></div>
</motcua-provider></body></html>`;
}

async function openPage(html: string, viewport = { width: 1000, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.route('**/portal.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`${server.url}/portal.html`);
  await page.waitForFunction(() => !!customElements.get('motcua-stats') && !!customElements.get('motcua-duty-roster'), null, { timeout: 20_000 });
  await settle(page);
  return page;
}

// Every box inside every widget, relative to its widget, rounded to a tenth of a pixel.
const LAYOUT = `(() => {
  const out = [];
  const walk = (root, origin, path) => {
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      out.push(path + ' ' + el.localName + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '') +
        ' ' + [r.left - origin.left, r.top - origin.top, r.width, r.height].map((n) => Math.round(n * 10) / 10).join(','));
      if (el.shadowRoot) walk(el.shadowRoot, origin, path + '>' + el.localName);
    }
  };
  document.querySelectorAll('#main > *, #side > *').forEach((host, i) => {
    const origin = host.getBoundingClientRect();
    out.push(i + ' ' + host.localName + ' ' + Math.round(origin.width * 10) / 10 + 'x' + Math.round(origin.height * 10) / 10);
    walk(host.shadowRoot, origin, String(i));
  });
  return out;
})()`;

/** The layout once two reads 300 ms apart agree (late answers and timers have settled). */
async function stableLayout(page: Page): Promise<string[]> {
  let last = (await page.evaluate(LAYOUT)) as string[];
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(300);
    const next = (await page.evaluate(LAYOUT)) as string[];
    if (next.join('\n') === last.join('\n')) return next;
    last = next;
  }
  return last;
}

test('the portal root font size (10px, 62.5 %, 20px) does not change any widget layout', async () => {
  const plainPage = await openPage(portalPage(''));
  const plain = await stableLayout(plainPage);
  await plainPage.close();
  assert.ok(plain.length > 500, `the widgets rendered (${plain.length} boxes)`);
  for (const rootCss of ['font-size: 10px', 'font-size: 62.5%', 'font-size: 20px']) {
    const page = await openPage(portalPage(rootCss));
    const layout = await stableLayout(page);
    await page.close();
    const differ = layout.filter((line, i) => line !== plain[i]).slice(0, 5);
    assert.equal(layout.length, plain.length, `${rootCss}: the same number of boxes`);
    assert.deepEqual(differ, [], `${rootCss}: boxes that moved or changed size (first 5), against ${differ.map((d) => plain[layout.indexOf(d)]).join(' | ')}`);
  }
});

/** The page's cumulative layout shift while it loads with every chunk and API answer 300 ms late. */
async function loadShift(path: string, viewport: { width: number; height: number }): Promise<{ cls: number; shifts: string[] }> {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: Array<{ value: number; at: number }> };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!e.hadRecentInput) w.__shifts.push({ value: e.value, at: Math.round(e.startTime) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.includes('/dist/cdn/') || url.includes('/api/v1/')) await new Promise((r) => setTimeout(r, 300));
    return route.fallback();
  });
  await page.goto(`${server.url}${path}`);
  await settle(page);
  await page.waitForTimeout(1000);
  const shifts = (await page.evaluate('window.__shifts')) as Array<{ value: number; at: number }>;
  await page.close();
  return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts: shifts.map((s) => `${s.value.toFixed(4)} at ${s.at} ms`) };
}

for (const [name, viewport] of [
  ['phone', { width: 375, height: 812 }],
  ['desktop', { width: 1280, height: 900 }],
] as const) {
  test(`the demo page with every widget loads with a layout shift of at most 0.05 (${name})`, async () => {
    const { cls, shifts } = await loadShift('/demo/', viewport);
    assert.ok(cls <= 0.05, `CLS ${cls.toFixed(3)}: ${shifts.join(', ')}`);
  });
}
