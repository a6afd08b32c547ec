// Strict CSP proof: demo/csp-test.html, served by the real reference server with its strict policy
// (no 'unsafe-inline', no 'unsafe-eval'), loads dist/cdn/motcua.js and every element. Chromium must
// report no policy violation, no console error and no page error, in Vietnamese and after the
// switch to English (a lazily loaded chunk) and to the dark theme.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { elementNames, root, settle, startTestServer, withChromiumAndServer } from './harness.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;

withChromiumAndServer((b, s) => ([browser, server] = [b, s]));

test('the CSP test page holds every element', () => {
  const page = readFileSync(join(root, 'demo/csp-test.html'), 'utf8');
  const missing = elementNames().filter((name) => !page.includes(`<motcua-${name}`));
  assert.deepEqual(missing, [], `add these elements to demo/csp-test.html: ${missing.join(', ')}`);
});

test('every element renders under the strict policy without a violation or an error', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Recorded from the page itself: the event carries the directive and what was blocked.
  await page.exposeFunction('__reportCsp', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCsp(text: string): void }).__reportCsp;
      report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });

  const response = await page.goto(`${server.url}/demo/csp-test.html`);
  assert.equal(response?.status(), 200);
  const policy = response.headers()['content-security-policy'] ?? '';
  assert.match(policy, /script-src 'self'/);
  assert.match(policy, /style-src 'self'/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
  await settle(page);

  const names = elementNames();
  const rendered = await page.evaluate((tags) => {
    return tags.map((tag) => {
      const el = document.querySelector(tag);
      return { tag, defined: !!customElements.get(tag), shadow: !!el?.shadowRoot, children: el?.shadowRoot?.childElementCount ?? 0 };
    });
  }, names.map((n) => `motcua-${n}`));
  for (const r of rendered) {
    assert.ok(r.defined, `${r.tag} is not defined by dist/cdn/motcua.js`);
    assert.ok(r.shadow, `${r.tag} has no shadow root`);
  }
  // Every widget but the provider (a pass-through wrapper) draws something in its shadow root.
  const empty = rendered.filter((r) => r.tag !== 'motcua-provider' && r.children === 0).map((r) => r.tag);
  assert.deepEqual(empty, [], `rendered nothing: ${empty.join(', ')}`);

  // English comes as a lazy chunk, which a policy could block; dark theme changes adopted styles.
  await page.evaluate(() => {
    const provider = document.getElementById('widgets')!;
    provider.setAttribute('lang', 'en');
    provider.setAttribute('theme', 'dark');
  });
  await page.waitForFunction(
    (tags) => tags.every((tag) => (document.querySelector(tag) as (Element & { locale?: string }) | null)?.locale === 'en'),
    names.filter((n) => n !== 'provider').map((n) => `motcua-${n}`),
    { timeout: 10_000 },
  );
  await settle(page);
  assert.deepEqual(problems, [], problems.join('\n'));
  await page.close();
});
