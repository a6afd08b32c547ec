// Shared set-up for the quality tests that drive a real Chromium against the real reference server:
// an up-to-date dist/ (built once, under a lock, when src is newer), the browser, the server, axe.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/app.js';
import { openDatabase } from '../../server/db/open.js';

export const root = resolve(import.meta.dirname, '../..');

/** The flags of web-test-runner.config.mjs (see /work/shared/TOOLCHAIN.md): no network but loopback. */
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
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

/** Element folders (each holds <name>.ts), as scripts/elements.mjs finds them. */
export function elementNames(): string[] {
  const dir = join(root, 'src/elements');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(join(dir, d.name, `${d.name}.ts`)))
    .map((d) => d.name)
    .sort();
}

const buildInputs = ['src', 'package.json', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json'];

function newestInput(): number {
  let newest = 0;
  for (const input of buildInputs) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory() ? readdirSync(path, { recursive: true }).map((f) => join(path, String(f))) : [path];
    for (const f of files) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  return newest;
}

function distIsFresh(): boolean {
  const stamp = join(root, 'dist/.build-stamp');
  return existsSync(stamp) && statSync(stamp).mtimeMs >= newestInput();
}

/**
 * Makes sure dist/ matches src/. CI builds before `npm test`, so this is a no-op there; a developer
 * running `npm test` after editing src gets one build, shared by every quality test file (they run
 * in parallel, so a lock directory keeps two builds from clobbering each other's dist/).
 */
export async function ensureDist(): Promise<void> {
  if (distIsFresh()) return;
  const cache = join(root, 'node_modules/.cache/motcua');
  mkdirSync(cache, { recursive: true });
  const lock = join(cache, 'build.lock');
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than 5 minutes was left by a killed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another test to build dist/');
      await sleep(500);
    }
  }
  try {
    if (distIsFresh()) return;
    const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8', timeout: 5 * 60_000 });
    if (build.status !== 0) {
      throw new Error(
        `dist/ is out of date and \`node scripts/build.mjs\` failed (exit ${build.status}); these tests load the built CDN file.\n` +
          `${build.stdout}\n${build.stderr}`.slice(-4000),
      );
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: chromiumArgs });
}

/** The reference server on a free loopback port, with its own throw-away database in memory. */
export async function startTestServer(): Promise<RunningServer & { dispose(): Promise<void> }> {
  const database = await openDatabase({ memory: true });
  const server = await startServer({ port: 0, host: '127.0.0.1', database, log: () => {} });
  return {
    ...server,
    async dispose() {
      await server.close();
      await database.close();
    },
  };
}

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe on the whole page (open shadow roots included). It is evaluated through the DevTools
 * protocol, which a page's Content-Security-Policy does not govern, so the page keeps its policy.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id as string,
      impact: v.impact as string | null,
      help: v.help as string,
      targets: (v.nodes as Array<{ target: unknown }>).slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  });
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');
}

/**
 * Waits until every motcua-* element on the page has drawn and what it asked the network for has
 * arrived: the page's load settles, then each round presses a key (drawing widgets held below the
 * fold, src/elements/shared/render-gate.ts) and waits for the requests that started.
 */
export async function settle(page: Page): Promise<void> {
  // Listening from the start: a request a widget starts while SETTLE runs is waited for too.
  // (Playwright's `networkidle` fires once per page load, so it cannot wait for those.)
  const network = watchRequests(page);
  try {
    await network.loaded();
    for (let round = 0; round < 2; round++) {
      // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
      await page.evaluate(SETTLE);
      await network.quiet();
    }
    await page.evaluate(SETTLE);
  } finally {
    network.stop();
  }
}

const SETTLE = `(async () => {
  const all = (node) => [...node.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
  for (let round = 0; round < 3; round++) {
    // A key press draws widgets still held below the fold, those drawn inside others since included.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
    await Promise.all(all(document).filter((el) => el.localName.startsWith('motcua-')).map((el) => el.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
})()`;

/**
 * The page's requests from now on, except a Server-Sent Events stream read with fetch (the queue
 * widget's GET /queue/stream): it never finishes, and Playwright's `networkidle` leaves out only
 * EventSource streams.
 */
function watchRequests(page: Page) {
  const pending = new Set<Request>();
  let changed = Date.now();
  const isStream = (r: Request) => r.url().includes('/queue/stream');
  const start = (r: Request) => {
    if (isStream(r)) return;
    pending.add(r);
    changed = Date.now();
  };
  const end = (r: Request) => {
    if (pending.delete(r)) changed = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  /**
   * Resolves once no request has been pending for `calm` ms, counted from this call at the
   * earliest: long enough for a widget to evaluate a chunk that just arrived, or one just drawn to
   * start its call, on a busy machine.
   */
  const quiet = async (calm = 750, timeout = 30_000): Promise<void> => {
    const called = Date.now();
    for (const deadline = called + timeout; Date.now() < deadline; await sleep(100)) {
      if (pending.size === 0 && Date.now() - Math.max(changed, called) >= calm) return;
    }
    throw new Error(`settle: requests still pending after ${timeout} ms: ${[...pending].map((r) => r.url()).join(', ')}`);
  };
  return {
    quiet,
    /**
     * The page load's requests, started before we listened: Playwright's `networkidle`, or on a
     * page with a stream (never idle) our own count after `grace` ms.
     */
    async loaded(grace = 4_000): Promise<void> {
      const idle = await page.waitForLoadState('networkidle', { timeout: grace }).then(() => true, () => false);
      if (!idle) await quiet(500);
    },
    stop(): void {
      page.off('request', start);
      page.off('requestfinished', end);
      page.off('requestfailed', end);
    },
  };
}

/**
 * Registers the hooks most quality files share: build dist/ if stale, then Chromium and the test
 * server side by side before the file's tests, both closed after them. `ready` gets the pair.
 */
export function withChromiumAndServer(ready: (browser: Browser, server: TestServer) => void): void {
  let browser: Browser | undefined;
  let server: TestServer | undefined;
  before(async () => {
    await ensureDist();
    [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
    ready(browser, server);
  });
  after(async () => {
    await browser?.close();
    await server?.dispose();
  });
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
