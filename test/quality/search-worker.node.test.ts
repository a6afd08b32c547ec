// The search worker from the built files, in Chromium against the real reference server: the
// CDN bundle's element searches in its worker chunk, and the npm build's element points at a
// worker chunk that exists and answers.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { root, startTestServer, withChromiumAndServer } from './harness.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;

withChromiumAndServer((b, s) => ([browser, server] = [b, s]));

/** The first `new Worker(new URL("…", import.meta.url))` reachable from `file` through relative imports. */
function workerReference(file: string, seen = new Set<string>()): { from: string; url: string } | null {
  if (seen.has(file)) return null;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const ref = /new Worker\(new URL\("([^"]+\.js)", import\.meta\.url\)/.exec(code);
  if (ref) return { from: file, url: ref[1]! };
  for (const m of code.matchAll(/(?:import|from)\s*['"](\.{1,2}\/[^'"]+\.js)['"]/g)) {
    const hit = workerReference(join(dirname(file), m[1]!), seen);
    if (hit) return hit;
  }
  return null;
}

/** A page of the server's origin (workers must be same-origin) with the given body. */
async function pageWith(body: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${server.url}/__search-worker-test.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="vi"><body>${body}</body></html>` }));
  await page.goto(url);
  return page;
}

test('the CDN bundle searches in its worker chunk above the threshold', async () => {
  const page = await pageWith(
    '<script type="module" src="/dist/cdn/motcua.js"></script><motcua-procedure-search api-base="/api/v1" worker-threshold="1"></motcua-procedure-search>',
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Local mode loads its catalogue when someone is about to search: focus in the box.
  await page.locator('motcua-procedure-search input').focus();
  await page.waitForFunction(() => (document.querySelector('motcua-procedure-search') as { searchThread?: string } | null)?.searchThread !== undefined, null, { timeout: 20_000 });
  assert.equal(await page.evaluate(() => (document.querySelector('motcua-procedure-search') as unknown as { searchThread: string }).searchThread), 'worker');
  await page.locator('motcua-procedure-search input').fill('khai sinh');
  await page.waitForFunction(() => document.querySelector('motcua-procedure-search')!.shadowRoot!.querySelectorAll('[role="option"]').length > 0, null, { timeout: 10_000 });
  const first = await page.evaluate(() => document.querySelector('motcua-procedure-search')!.shadowRoot!.querySelector('[role="option"] .opt-name')!.textContent);
  assert.match(first ?? '', /khai sinh/i);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the npm build's element points at its worker chunk, which answers searches", async () => {
  // The element's entry re-exports its class from a shared chunk: follow its relative imports to
  // the file that creates the worker, the way a host bundler would.
  const element = join(root, 'dist/elements/procedure-search.component.js');
  const found = workerReference(element);
  assert.ok(found, 'the npm build keeps `new Worker(new URL("…", import.meta.url))` for host bundlers');
  const file = join(dirname(found.from), found.url);
  assert.ok(existsSync(file), `${file} is missing`);
  const page = await pageWith('');
  // A string, not a function: tsx would wrap the named inner functions in a helper the page lacks.
  const reply = await page.evaluate(`(async () => {
    const worker = new Worker(${JSON.stringify(`/${relative(root, file)}`)}, { type: 'module' });
    const next = () => new Promise((resolve) => worker.addEventListener('message', (e) => resolve(e.data), { once: true }));
    const field = { code: 'ht', name: 'Hộ tịch' };
    const items = [
      { code: '1.001193', name: 'Đăng ký khai sinh', field, levels: ['commune'], channels: [] },
      { code: '1.000894', name: 'Đăng ký kết hôn', field, levels: ['commune'], channels: [] },
    ];
    worker.postMessage({ type: 'load', items });
    const ready = await next();
    worker.postMessage({ type: 'search', id: 1, q: 'ket hon', filters: {}, limit: 5 });
    const result = await next();
    worker.terminate();
    return { ready: ready.type, id: result.id, thread: result.result.thread, first: result.result.items[0].procedure.code };
  })()`);
  assert.deepEqual(reply, { ready: 'ready', id: 1, thread: 'worker', first: '1.000894' });
  await page.close();
});
