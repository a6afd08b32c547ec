// The framework recipes in examples/, each run in Chromium against the real reference API: plain
// HTML with the CDN file, React (the @lit/react wrappers), Vue (isCustomElement) and a CMS page
// rendered on the server under a strict CSP. The React and Vue apps are bundled here with esbuild,
// as a reader's Vite would; the recipes also type-check against the built package.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { build, type Plugin } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { CSP } from '../../server/static.js';
import { describeViolations, ensureDist, launchChromium, root, runAxe, settle, startTestServer } from './harness.js';

let browser: Browser;
let api: Awaited<ReturnType<typeof startTestServer>>;
let site: Server;
let origin: string;
const bundles = mkdtempSync(join(tmpdir(), 'motcua-recipes-'));

/** `motcua`, `motcua/elements`, `motcua/elements/x.js` → dist/, through the package's exports map. */
const selfReference: Plugin = {
  name: 'motcua-self-reference',
  setup(b) {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, string | { default: string }> };
    b.onResolve({ filter: /^motcua(\/.*)?$/ }, (args) => {
      const sub = `.${args.path.slice('motcua'.length)}`;
      for (const [key, value] of Object.entries(pkg.exports)) {
        const target = typeof value === 'string' ? value : value.default;
        if (key === sub) return { path: join(root, target) };
        const star = key.indexOf('*');
        if (star >= 0 && sub.startsWith(key.slice(0, star)) && sub.endsWith(key.slice(star + 1))) {
          return { path: join(root, target.replace('*', sub.slice(star, sub.length - (key.length - star - 1)))) };
        }
      }
      return { errors: [{ text: `motcua does not export ${sub}` }] };
    });
  },
};

async function bundle(entry: string, outfile: string, alias: Record<string, string> = {}) {
  await build({
    entryPoints: [join(root, entry)],
    outfile: join(bundles, outfile),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'silent',
    alias,
    plugins: [selfReference],
    // Lit's decorators as the package compiles them; what bundlers define for React and Vue.
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** What a CMS does: its own layout around the pasted fragment, sent with the portal's strict CSP. */
function cmsPage(): string {
  const fragment = readFileSync(join(root, 'examples/cms/fragment.html'), 'utf8');
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bộ phận Một cửa – Cổng thông tin xã Sơn Hà</title><link rel="icon" href="data:,"></head>
<body><header><p>Cổng thông tin điện tử xã Sơn Hà</p></header>
<main><h1>Bộ phận Một cửa</h1>
${fragment}
</main><footer><p>Ủy ban nhân dân xã Sơn Hà</p></footer></body></html>`;
}

function sendFile(res: ServerResponse, file: string) {
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

function proxy(req: IncomingMessage, res: ServerResponse) {
  const upstream = request(new URL(req.url ?? '/', api.url), { method: req.method, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}

/** /api → reference server; /dist, /examples → files; main.tsx/main.ts → the bundles; /cms/ → the CMS page. */
function handle(req: IncomingMessage, res: ServerResponse) {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path.startsWith('/api/')) return proxy(req, res);
  if (path === '/cms/') {
    res.writeHead(200, { 'Content-Type': TYPES['.html']!, 'Content-Security-Policy': CSP });
    res.end(cmsPage());
    return;
  }
  if (path === '/examples/react/main.tsx') return sendFile(res, join(bundles, 'react.js'));
  if (path === '/examples/vue/main.ts') return sendFile(res, join(bundles, 'vue.js'));
  const file = resolve(root, `.${path}`);
  const allowed = [join(root, 'dist'), join(root, 'examples')].some((dir) => file.startsWith(dir + sep));
  if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  sendFile(res, file);
}

before(async () => {
  await ensureDist();
  [browser, api] = await Promise.all([
    launchChromium(),
    startTestServer(),
    bundle('examples/react/main.tsx', 'react.js'),
    // In-browser templates need Vue's build with the template compiler.
    bundle('examples/vue/main.ts', 'vue.js', { vue: 'vue/dist/vue.esm-bundler.js' }),
  ]);
  site = createServer(handle);
  await new Promise<void>((ready) => site.listen(0, '127.0.0.1', ready));
  const address = site.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
after(async () => {
  await browser?.close();
  await new Promise((done) => (site ? site.close(done) : done(undefined)));
  await api?.dispose();
  rmSync(bundles, { recursive: true, force: true });
});

/** Opens a page, collecting console errors, page errors, CSP violations and requests off this machine. */
async function open(path: string) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (/^https?:$/.test(url.protocol) && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') problems.push(`request off the machine: ${r.url()}`);
  });
  await page.exposeFunction('__reportCsp', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(t: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(origin + path);
  assert.equal(response?.status(), 200, `${path} answered ${response?.status()}`);
  await settle(page);
  return { page, problems };
}

/** Every motcua-* tag on the page is defined and has drawn its shadow root. */
async function assertRendered(page: Page, expected: string[]) {
  const found = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('motcua-'))
      .map((el) => ({ tag: el.localName, defined: !!customElements.get(el.localName), drawn: (el.shadowRoot?.childElementCount ?? 0) > 0 })),
  );
  assert.deepEqual([...new Set(found.map((f) => f.tag))].sort(), [...expected].sort());
  for (const f of found) {
    assert.ok(f.defined, `${f.tag} is not defined`);
    assert.ok(f.drawn, `${f.tag} rendered nothing`);
  }
}

async function assertAccessible(page: Page) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, describeViolations(violations));
}

test('the recipes type-check against the built package', () => {
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'examples/tsconfig.json'], { cwd: root, encoding: 'utf8' });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});

test('plain HTML with the CDN file', async () => {
  const { page, problems } = await open('/examples/html/index.html');
  await assertRendered(page, ['motcua-provider', 'motcua-procedure-search', 'motcua-dossier-tracker', 'motcua-duty-roster']);
  await assertAccessible(page);
  assert.deepEqual(problems, []);
  await page.close();
});

// React and Vue: the same little app. A property set by the framework reaches the element, the
// element's event reaches the framework's handler, and the framework's language state the widgets.
for (const [name, path] of [
  ['React (@lit/react wrappers)', '/examples/react/index.html'],
  ['Vue (isCustomElement)', '/examples/vue/index.html'],
] as const) {
  test(name, async () => {
    const { page, problems } = await open(path);
    await assertRendered(page, ['motcua-provider', 'motcua-procedure-search', 'motcua-duty-roster']);
    assert.equal(await page.evaluate(() => (document.querySelector('motcua-procedure-search') as unknown as { pageSize: number }).pageSize), 5);
    assert.equal(await page.evaluate(() => (document.querySelector('motcua-duty-roster') as unknown as { headingLevel: number }).headingLevel), 2);
    await assertAccessible(page);

    const week = page.getByTestId('week');
    assert.equal(await week.textContent(), 'Tuần này');
    await page.getByRole('button', { name: 'Tuần sau' }).click();
    await page.waitForFunction(() => /Tuần đang xem: \d{4}-W\d{2}/.test(document.querySelector('[data-testid=week]')?.textContent ?? ''));
    const shown = await page.evaluate(() => (document.querySelector('motcua-duty-roster') as unknown as { week: string }).week);
    assert.equal(await week.textContent(), `Tuần đang xem: ${shown}`);

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() =>
      ['motcua-procedure-search', 'motcua-duty-roster'].every((t) => (document.querySelector(t) as unknown as { locale: string }).locale === 'en'),
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('a server-rendered CMS page with declarative attributes only, under a strict CSP', async () => {
  const { page, problems } = await open('/cms/');
  await assertRendered(page, [
    'motcua-provider',
    'motcua-procedure-search',
    'motcua-procedure-detail',
    'motcua-dossier-tracker',
    'motcua-duty-roster',
    'motcua-stats',
  ]);
  // The attributes were read: the detail loaded the procedure named in `code`.
  await page.waitForFunction(() => (document.querySelector('motcua-procedure-detail')?.shadowRoot?.textContent ?? '').includes('1.001193'));
  await assertAccessible(page);
  assert.deepEqual(problems, []);
  await page.close();
});
