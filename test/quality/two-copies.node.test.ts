// Two copies of motcua on one page, in Chromium: the CDN file at /dist/cdn/ and a second, separate
// module graph of the same files at /copy2/ (its own Lit, its own i18n state, as a portal's own
// bundle would have). Each tag goes to one copy without an error, and a message override registered
// through either copy reaches the widgets, whichever copy defined them.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Browser } from 'playwright-core';
import { root, settle, startTestServer, withChromiumAndServer } from './harness.js';

const TAGS = ['motcua-dossier-tracker', 'motcua-stats'];
const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>two copies</title>
<script type="module" src="/dist/cdn/motcua.js"></script>
<script type="module" src="/copy2/motcua.js"></script></head><body><main>
${TAGS.map((t) => `<${t}></${t}>`).join('')}</main></body></html>`;

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;
withChromiumAndServer((b, s) => ([browser, server] = [b, s]));

for (const via of ['/dist/cdn/motcua.js', '/copy2/motcua.js']) {
  test(`an override registered through ${via} reaches the widgets of whichever copy won`, async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const warnings: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/two.html') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
      if (url.pathname.startsWith('/copy2/')) {
        const body = await readFile(join(root, 'dist/cdn', url.pathname.slice('/copy2/'.length)));
        return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body });
      }
      return route.fallback();
    });
    await page.goto(`${server.url}/two.html`);
    await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS);
    await settle(page);

    const override = 'Cổng chưa cấu hình API (ghi đè)';
    await page.evaluate(
      async ({ via, override }) => (await import(via)).registerMessages('vi', { 'common.noApiBase': override }),
      { via, override },
    );
    await settle(page);
    for (const tag of TAGS) {
      const text = await page.evaluate((t) => document.querySelector(t)?.shadowRoot?.textContent ?? '', tag);
      assert.ok(text.includes(override), `${tag} shows the override: ${text.slice(0, 200)}`);
    }
    assert.deepEqual(errors, []);
    // Both copies really tried: for each tag, the copy that came second kept the first's class and said so once.
    for (const tag of TAGS) assert.equal(warnings.filter((w) => w.includes(`<${tag}> is already defined`)).length, 1, `${tag}: ${warnings.join(' | ')}`);
    await page.close();
  });
}
