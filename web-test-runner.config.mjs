// Browser tests (test/**/*.browser.test.ts) in Debian's Chromium through Playwright. Nothing here
// downloads a browser. The reference API runs beside the test server and is proxied to the page's
// own origin under /api/, so element tests use `window.__MOTCUA_API__` with no CORS involved.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { queueServerCommand } from './test/elements/queue-status/queue-server-plugin.mjs';
import { axTreeCommand } from './test/elements/ax-tree-plugin.mjs';

const commonjs = fromRollup(rollupCommonjs);

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
  // The machine has no internet: without this Chromium keeps looking up Google's hosts.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

/** Where the reference API child listens; filled in by the plugin before any test loads. */
const api = { port: 0, problem: 'the reference API did not start' };

/** Starts `server/app.ts` through scripts/api-server.mjs and stops it with the test server. */
function referenceApi() {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  return {
    name: 'motcua-reference-api',
    async serverStart() {
      if (!existsSync(here('./server/app.ts'))) {
        api.problem = 'server/app.ts does not exist yet';
        return;
      }
      child = spawn(process.execPath, ['--import', 'tsx', here('./scripts/api-server.mjs')], {
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      const lines = createInterface({ input: child.stdout });
      const ready = new Promise((resolve, reject) => {
        lines.once('line', (line) => resolve(JSON.parse(line)));
        child.once('exit', (code) => reject(new Error(`reference API exited with ${code} before listening`)));
        // Opening its embedded database (PGlite, WebAssembly) takes seconds, more on a busy machine.
        setTimeout(() => reject(new Error('reference API did not listen within 120 s')), 120_000).unref();
      });
      try {
        api.port = (await ready).port;
      } catch (error) {
        api.problem = String(error);
        console.error(`motcua: ${api.problem}`);
      }
    },
    async serverStop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000).unref())]);
    },
  };
}

/**
 * `motcua-pdf-pages`: how many sheets the page prints on (Chromium's PDF printing; MOTCUA_PDF_OUT=file.pdf
 *   keeps the last one to look at).
 * `motcua-block` `{ pattern }` / `{ pattern: null }`: the browser's requests whose URL contains
 * `pattern` fail as a reset connection would (Playwright routing), so offline tests cut the real
 * network instead of swapping fetch. Not context.setOffline(): that also cuts the runner's own
 * websocket to the page, and the page itself must still load to be reloaded.
 */
function networkCommands() {
  /** @type {Map<string, (route: import('playwright-core').Route) => Promise<void>>} */
  const blocked = new Map();
  return {
    name: 'motcua-network-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'motcua-pdf-pages') {
        // Prints the page as Chromium would (print media, the document's @page rules) and counts the sheets.
        const page = session.browser.getPage(session.id);
        // An emulated `screen` media type (a test's emulateMedia) would carry into the PDF.
        await page.emulateMedia({ media: null });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, ...(process.env.MOTCUA_PDF_OUT ? { path: process.env.MOTCUA_PDF_OUT } : {}) });
        return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      }
      if (command !== 'motcua-block') return undefined;
      const page = session.browser.getPage(session.id);
      const old = blocked.get(session.id);
      if (old) await page.context().unroute('**/*', old);
      blocked.delete(session.id);
      const pattern = payload?.pattern;
      if (typeof pattern === 'string' && pattern) {
        const handler = (route) => (route.request().url().includes(pattern) ? route.abort('connectionreset') : route.fallback());
        blocked.set(session.id, handler);
        await page.context().route('**/*', handler);
      }
      return true;
    },
  };
}

const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'content-length']);

/**
 * Every test file runs in its own page: unless the page chose an identity (X-Forwarded-For), its
 * requests get an address derived from its session, so one file's wrong keys or surveys never use
 * up the rate limits of another file running beside it.
 */
function sessionIdentity(ctx) {
  if (ctx.get('x-forwarded-for')) return {};
  const session = /[?&]wtr-session-id=([^&#]+)/.exec(ctx.get('referer'))?.[1];
  if (!session) return {};
  let hash = 0;
  for (const ch of session) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) >>> 0;
  return { 'x-forwarded-for': `10.${(hash >>> 16) & 255}.${(hash >>> 8) & 255}.${hash & 255}` };
}

/** Koa middleware: /api/* goes to the reference API, byte for byte, status and headers included. */
async function apiProxy(ctx, next) {
  if (!ctx.path.startsWith('/api/')) return next();
  if (!api.port) {
    ctx.status = 503;
    ctx.body = { error: { code: 'test_api_unavailable', message: api.problem } };
    return;
  }
  await new Promise((resolve, reject) => {
    const upstream = request(
      {
        host: '127.0.0.1',
        port: api.port,
        method: ctx.method,
        path: ctx.url,
        headers: { ...ctx.req.headers, ...sessionIdentity(ctx), host: `127.0.0.1:${api.port}` },
      },
      (res) => {
        ctx.status = res.statusCode ?? 502;
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined && !hopByHop.has(name)) ctx.set(name, value);
        }
        ctx.body = res;
        resolve(undefined);
      },
    );
    upstream.on('error', reject);
    ctx.req.pipe(upstream);
  });
}

/**
 * GET /__motcua__/national-catalogue.json: what `motcua import-national test/fixtures/national` (the real records) writes,
 * made by the real command on the first request of a run (the tests of `catalogue-url`), so the
 * browser reads the same file a province would serve. Nothing is made when no test asks for it.
 */
function nationalCatalogue() {
  const out = `${tmpdir()}/motcua-wtr-national-${process.pid}.json`;
  let made;
  return async (ctx, next) => {
    if (ctx.path !== '/__motcua__/national-catalogue.json') return next();
    if (!made) {
      made = spawnSync(
        process.execPath,
        ['--import', 'tsx', here('./src/cli/main.ts'), 'import-national', here('./test/fixtures/national'), '--out', out],
        { encoding: 'utf8' },
      );
      process.once('exit', () => rmSync(out, { force: true }));
    }
    if (made.status !== 0) {
      ctx.status = 500;
      ctx.body = `motcua import-national failed: ${made.stderr}`;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = createReadStream(out);
  };
}

export default {
  files: ['test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 2,
  // A cold Chromium on two cores is slow to compile the first modules.
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  middleware: [apiProxy, nationalCatalogue()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: here('./tsconfig.json'), target: 'es2022' }),
    // jsqr (the QR decoder loaded lazily by <motcua-qr-lookup>) is CommonJS/UMD only.
    commonjs({ include: ['**/node_modules/jsqr/**'], strictRequires: false }),
    referenceApi(),
    networkCommands(),
    queueServerCommand(),
    axTreeCommand(),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <script>window.__MOTCUA_API__ = new URL('/api/v1', location.origin).href;</script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [
    defaultReporter(),
    summaryReporter({
      file: process.env.MOTCUA_WTR_SUMMARY || here('./node_modules/.cache/motcua/wtr-summary.json'),
    }),
  ],
};
