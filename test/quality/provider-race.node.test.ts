// The README's way of embedding, loaded as a CMS page would load it, with the chunks of the CDN file
// arriving in every order: each chunk the page loads is held back in turn (so it arrives last), and
// the provider is also added around widgets that are already on the page. Every widget inside the
// provider must end up with the provider's client, never on "not configured".
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { settle, startTestServer, withChromiumAndServer } from './harness.js';

const WIDGETS = ['motcua-procedure-search', 'motcua-dossier-tracker', 'motcua-satisfaction-survey', 'motcua-duty-roster', 'motcua-stats'];
const NOT_CONFIGURED = 'Chưa cấu hình địa chỉ API';

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>race</title>
<script type="module" src="/dist/cdn/motcua.js"></script></head><body><main>
<motcua-provider api-base="/api/v1">${WIDGETS.map((t) => `<${t}></${t}>`).join('')}</motcua-provider>
</main></body></html>`;

// The widgets first, alone; a provider is wrapped around them once they have rendered.
const LATE_PROVIDER_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>late</title>
<script type="module" src="/dist/cdn/motcua.js"></script></head><body><main id="main">
${WIDGETS.map((t) => `<${t}></${t}>`).join('')}</main></body></html>`;

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;

withChromiumAndServer((b, s) => ([browser, server] = [b, s]));

/** A page at `/race.html` with `html`; requests whose path ends in `slow` wait `ms` first. */
async function open(html: string, slow?: string, ms = 400): Promise<{ page: Page; chunks: string[] }> {
  // Tall enough that every widget is near the viewport, so all draw (render-gate.ts) and take a client.
  const page = await browser.newPage({ viewport: { width: 1280, height: 6000 } });
  const chunks: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/race.html') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    if (url.pathname.startsWith('/dist/cdn/')) chunks.push(url.pathname);
    if (slow && url.pathname.endsWith(slow)) await new Promise((r) => setTimeout(r, ms));
    return route.fallback();
  });
  await page.goto(`${server.url}/race.html`, { waitUntil: 'commit' });
  return { page, chunks };
}

/**
 * Each widget's state once every widget has a client, or after 30 s if one never gets it (then the
 * state shows which and what it says). Polling instead of waiting for the network to go idle keeps
 * the many page loads of the first test short.
 */
async function widgetStates(page: Page): Promise<Array<{ tag: string; defined: boolean; hasClient: boolean; notConfigured: boolean }>> {
  await page
    .waitForFunction(
      (tags) => tags.every((t) => customElements.get(t) && (document.querySelector(t) as Element & { activeClient?: unknown }).activeClient),
      WIDGETS,
      { timeout: 30_000, polling: 100 },
    )
    .catch(() => undefined);
  // A widget with a client shows nothing stale: one more update round before reading the text.
  await page.evaluate((tags) => Promise.all(tags.map((t) => (document.querySelector(t) as Element & { updateComplete?: Promise<unknown> }).updateComplete)), WIDGETS);
  return page.evaluate(
    ({ tags, text }) =>
      tags.map((tag) => {
        const el = document.querySelector(tag) as (Element & { activeClient?: unknown }) | null;
        return {
          tag,
          defined: !!customElements.get(tag),
          hasClient: !!el?.activeClient,
          notConfigured: (el?.shadowRoot?.textContent ?? '').includes(text),
        };
      }),
    { tags: WIDGETS, text: NOT_CONFIGURED },
  );
}

function problems(states: Awaited<ReturnType<typeof widgetStates>>): string[] {
  return states
    .filter((s) => !s.defined || !s.hasClient || s.notConfigured)
    .map((s) => `${s.tag} (${!s.defined ? 'never defined' : s.notConfigured ? 'not configured' : 'no client'})`);
}

test('every chunk of the CDN file arriving last still leaves every widget with its provider', async () => {
  const first = await open(PAGE);
  assert.deepEqual(problems(await widgetStates(first.page)), []);
  await first.page.close();
  // The CDN entry itself cannot be late relative to anything; every chunk it loads can.
  const chunks = [...new Set(first.chunks)].filter((p) => p.includes('/chunks/') && p.endsWith('.js'));
  assert.ok(chunks.some((p) => /\/provider-[^/]+\.js$/.test(p)), `the provider is its own chunk: ${chunks.join(', ')}`);
  const failures: string[] = [];
  // Three pages at a time: most of a load is waiting for the held chunk and the API.
  const queue = [...chunks];
  const worker = async () => {
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
      const { page } = await open(PAGE, chunk);
      const bad = problems(await widgetStates(page));
      if (bad.length) failures.push(`${chunk} late: ${bad.join(', ')}`);
      await page.close();
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  assert.deepEqual(failures, []);
});

test('the provider chunk arriving well after the widgets: loading, then the provider client', async () => {
  // Hold the provider's chunk by its name (its hash changes with every build).
  const held = await browser.newPage({ viewport: { width: 1280, height: 6000 } });
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await held.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/race.html') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
    if (/\/chunks\/provider-[^/]+\.js$/.test(url.pathname)) await released;
    return route.fallback();
  });
  await held.goto(`${server.url}/race.html`);
  await held.waitForFunction(() => customElements.get('motcua-dossier-tracker') && !customElements.get('motcua-provider'), null, { timeout: 20_000 });
  // A widget draws first when it comes near the viewport: wait for that render.
  await held.waitForFunction(() => (document.querySelector('motcua-dossier-tracker')?.shadowRoot?.textContent ?? '').trim() !== '', null, { timeout: 20_000 });
  const meanwhile = await held.evaluate((text) => {
    const el = document.querySelector('motcua-dossier-tracker')!;
    return { text: el.shadowRoot?.textContent ?? '', busy: !!el.shadowRoot?.querySelector('[aria-busy="true"]'), notConfigured: (el.shadowRoot?.textContent ?? '').includes(text) };
  }, NOT_CONFIGURED);
  assert.equal(meanwhile.notConfigured, false, `while the provider is missing the tracker says: ${meanwhile.text}`);
  assert.equal(meanwhile.busy, true, 'while the provider is missing the tracker shows loading');
  release();
  assert.deepEqual(problems(await widgetStates(held)), []);
  await held.close();
});

test('a provider added around widgets already on the page gives them its client', async () => {
  const { page } = await open(LATE_PROVIDER_PAGE);
  await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), WIDGETS, { timeout: 20_000 });
  await settle(page);
  const before = await page.evaluate((text) => document.querySelector('motcua-stats')!.shadowRoot!.textContent!.includes(text), NOT_CONFIGURED);
  assert.equal(before, true, 'alone, with no api-base, a widget says it is not configured');
  await page.evaluate(() => {
    const main = document.getElementById('main')!;
    const provider = document.createElement('motcua-provider');
    provider.setAttribute('api-base', '/api/v1');
    provider.append(...main.children);
    main.append(provider);
  });
  assert.deepEqual(problems(await widgetStates(page)), []);
  await page.close();
});
