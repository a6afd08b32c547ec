// `npm run smoke:storybook` (after `npm run build-storybook`): serves the static Storybook build on
// loopback, opens every story from index.json in Chromium and fails on a render error, a console
// error, an uncaught exception, a request leaving the machine, or an axe violation in the story's
// root. One browser, two pages in parallel. The last line is a count (not the `npm test` line).
//   node scripts/storybook-smoke.mjs [dir] [--filter=<text in story id>]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { root } from './run.mjs';

const args = process.argv.slice(2);
const dir = resolve(root, args.find((a) => !a.startsWith('--')) ?? 'docs-site/storybook');
const filter = args.find((a) => a.startsWith('--filter='))?.slice('--filter='.length);
const PARALLEL = 2;
const RENDER_TIMEOUT = 20_000;

if (!existsSync(join(dir, 'index.json'))) {
  console.error(`storybook smoke: ${join(dir, 'index.json')} is missing; run \`npm run build-storybook\` first`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

// A minimal static server: Storybook's build needs nothing more (no API; stories use canned data).
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  // Chromium asks for it by itself; the build has favicon.svg only.
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  let file = resolve(dir, `.${path}`);
  if (file !== dir && !file.startsWith(dir + sep)) file = '';
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((e) => e.type === 'story')
  .filter((e) => !filter || e.id.includes(filter));

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const started = Date.now();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  // As in web-test-runner.config.mjs: no network but loopback.
  args: [
    '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--disable-default-apps',
    '--disable-extensions', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
  ],
});

// Browser-side code as strings: nothing here is transpiled, but keep it self-contained anyway.
const WAIT_RENDERED = `(() => {
  const c = document.body.classList;
  return c.contains('sb-show-main') || c.contains('sb-show-errordisplay') || c.contains('sb-show-nopreview');
})()`;
const SETTLE = `(async () => {
  const all = (node) => [...node.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
  for (let round = 0; round < 3; round++) {
    await Promise.all(all(document).map((el) => el.updateComplete).filter(Boolean));
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
})()`;
// The story's own a11y parameters (rules switched off for a reason, or the check disabled).
const A11Y_PARAMS = `(() => {
  const render = window.__STORYBOOK_PREVIEW__ && window.__STORYBOOK_PREVIEW__.currentRender;
  const a11y = render && render.story && render.story.parameters && render.story.parameters.a11y;
  return a11y ? JSON.parse(JSON.stringify({ disable: a11y.disable, test: a11y.test, rules: a11y.config && a11y.config.rules, options: a11y.options })) : {};
})()`;

/** @param {import('playwright-core').Page} page @param {{ id: string, title: string, name: string }} story */
async function check(page, story, problems) {
  const response = await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
  if (!response?.ok()) problems.push(`iframe.html answered ${response?.status()}`);
  await page.waitForFunction(WAIT_RENDERED, undefined, { timeout: RENDER_TIMEOUT });
  if (await page.evaluate(`document.body.classList.contains('sb-show-errordisplay')`)) {
    const text = await page.evaluate(`document.querySelector('#error-message')?.textContent ?? ''`);
    problems.push(`Storybook shows an error: ${String(text).trim().slice(0, 300)}`);
    return 'error';
  }
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.evaluate(SETTLE);
  const a11y = await page.evaluate(A11Y_PARAMS);
  if (a11y.disable === true || a11y.test === 'off') return 'axe skipped';
  if (!(await page.evaluate(`'axe' in window && typeof window.axe.run === 'function'`))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ([rules, options]) => {
      const axe = window.axe;
      axe.reset();
      if (rules) axe.configure({ rules });
      const result = await axe.run(document.querySelector('#storybook-root') ?? document, { ...(options ?? {}), resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
    },
    [a11y.rules ?? null, a11y.options ?? null],
  );
  for (const v of violations) problems.push(`axe ${v.id} (${v.impact}): ${v.help} ${v.targets.join(' ')}`);
  return 'ok';
}

async function worker(queue, results) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  /** @type {string[]} */
  let problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text().slice(0, 300)}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message.slice(0, 300)}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url().replace(origin, '')}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
      problems.push(`request outside loopback: ${request.url()}`);
    }
  });
  for (let story = queue.shift(); story; story = queue.shift()) {
    problems = [];
    const t = Date.now();
    let note = '';
    try {
      note = await check(page, story, problems);
    } catch (error) {
      problems.push(`did not render: ${String(error?.message ?? error).split('\n')[0]}`);
    }
    results.push({ story, problems: [...problems] });
    const ms = Date.now() - t;
    if (problems.length) console.log(`FAIL ${story.id} (${ms} ms)\n  ${problems.join('\n  ')}`);
    else console.log(`ok   ${story.id} (${ms} ms)${note && note !== 'ok' ? ` [${note}]` : ''}`);
  }
  await context.close();
}

const queue = [...stories];
/** @type {{ story: { id: string }, problems: string[] }[]} */
const results = [];
try {
  await Promise.all(Array.from({ length: PARALLEL }, () => worker(queue, results)));
} finally {
  await browser.close();
  server.close();
}

const failed = results.filter((r) => r.problems.length);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (stories.length === 0) console.error('storybook smoke: index.json lists no story');
console.log(`storybook smoke: ${stories.length} stories, ${results.length - failed.length} ok, ${failed.length} failing (${seconds} s)`);
process.exit(failed.length || stories.length === 0 ? 1 : 0);
