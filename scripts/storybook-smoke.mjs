// `npm run smoke:storybook` (after `npm run build-storybook`): serves the static Storybook build on
// loopback and opens, in Chromium, every story from index.json twice (the default Vietnamese/light
// toolbar, then English on a dark host page) and every Docs page once. It fails on a render error,
// a console error, an uncaught exception, a request leaving the machine, an axe violation in the
// story's root, a toolbar language that does not reach the widgets, or a Docs page without the API
// table from custom-elements.json. One browser, two pages in parallel. The last line is a count.
//   node scripts/storybook-smoke.mjs [dir] [--filter=<text in story id>] [--en-dark=all|one]
// `--en-dark=one` checks English/dark on the first story of each element only (quicker).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { root } from './run.mjs';

const args = process.argv.slice(2);
const dir = resolve(root, args.find((a) => !a.startsWith('--')) ?? 'docs-site/storybook');
const filter = args.find((a) => a.startsWith('--filter='))?.slice('--filter='.length);
const enDark = args.find((a) => a.startsWith('--en-dark='))?.slice('--en-dark='.length) ?? 'all';
if (enDark !== 'all' && enDark !== 'one') {
  console.error(`storybook smoke: --en-dark=${enDark}: expected all or one`);
  process.exit(1);
}
const PARALLEL = 2;
const RENDER_TIMEOUT = 20_000;
// A Docs page renders every story of its element before it is done.
const DOCS_TIMEOUT = 60_000;

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

const AXE_PATH = '/__smoke/axe.min.js';
const AXE_FILE = join(root, 'node_modules/axe-core/axe.min.js');

// A minimal static server: Storybook's build needs nothing more (no API; stories use canned data).
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  // Chromium asks for it by itself; the build has favicon.svg only.
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  // axe-core from node_modules, as a script the browser caches (and keeps compiled) across pages.
  let file = path === AXE_PATH ? AXE_FILE : resolve(dir, `.${path}`);
  if (file !== AXE_FILE && file !== dir && !file.startsWith(dir + sep)) file = '';
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  // The build does not change during a run: let each browser context keep what it fetched once
  // instead of downloading and compiling Storybook's preview bundle again for every page.
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' });
  createReadStream(file).pipe(res);
});
await new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const stories = entries.filter((e) => e.type === 'story').filter((e) => !filter || e.id.includes(filter));
const docsPages = entries.filter((e) => e.type === 'docs').filter((e) => !filter || e.id.includes(filter));
const storiesOf = (docs) =>
  entries.filter((e) => e.type === 'story' && e.title === docs.title && (e.tags ?? []).includes('autodocs')).map((e) => e.id);
const firstPerElement = [...new Map(stories.map((s) => [s.title, s])).values()];

/** @type {{ name: string, globals: string, viewMode: 'story' | 'docs', list: { id: string, title: string }[], expect?: { locale: string, theme: string } }[]} */
const passes = [
  { name: 'vi/light', globals: '', viewMode: 'story', list: stories },
  {
    name: 'en/dark',
    globals: 'locale:en;theme:dark',
    viewMode: 'story',
    list: enDark === 'one' ? firstPerElement : stories,
    expect: { locale: 'en', theme: 'dark' },
  },
  { name: 'docs', globals: '', viewMode: 'docs', list: docsPages },
];
const jobs = passes.flatMap((pass) => pass.list.map((entry) => ({ pass, entry })));

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
// Runs before Storybook: catches its channel as it is installed and notes what each render reports,
// so the script waits for "finished" (play function and all) instead of guessing with a timeout.
const CHANNEL_SPY = `(() => {
  const smoke = (window.__smoke = { finished: {}, failed: [], docsRendered: false });
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      if (!next || next.__smokeSpied) return;
      next.__smokeSpied = true;
      next.on('storyFinished', (e) => { smoke.finished[e.storyId] = e.status; });
      next.on('docsRendered', () => { smoke.docsRendered = true; });
      for (const name of ['storyErrored', 'storyThrewException', 'storyMissing']) {
        next.on(name, (e) => smoke.failed.push(name + ': ' + String((e && (e.message || e.title || e.stack)) || e || '').slice(0, 300)));
      }
    },
  });
})()`;
// The a11y addon would run axe on every story as soon as it is drawn, and the check below runs it
// again once the story has settled: one run is enough (and two at once make axe throw).
const A11Y_ADDON_OFF = 'a11y.manual:!true';
const SHOWS_ERROR = `document.body.classList.contains('sb-show-errordisplay') || document.body.classList.contains('sb-show-nopreview')`;
const STORY_DONE = `(id) => (window.__smoke && id in window.__smoke.finished) || ${SHOWS_ERROR}`;
const DOCS_DONE = `(ids) => (window.__smoke && window.__smoke.docsRendered && ids.every((id) => id in window.__smoke.finished)) || ${SHOWS_ERROR}`;
const SETTLE = `(async () => {
  const all = (node) => [...node.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
  for (let round = 0; round < 3; round++) {
    // A key press draws widgets still held below the fold, those drawn inside others since included.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
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
// What the toolbar set on the story root, and the locale each widget resolved from the nearest `lang`.
const HOST_STATE = `(() => {
  const host = document.querySelector('#storybook-root .motcua-story-root');
  const widgets = [...document.querySelectorAll('#storybook-root *')]
    .filter((el) => el.localName.startsWith('motcua-') && typeof el.locale === 'string')
    .map((el) => {
      const nearest = el.closest('[lang]');
      return { tag: el.localName, locale: el.locale, lang: nearest && nearest !== host ? nearest.getAttribute('lang') : null };
    });
  return { lang: host && host.getAttribute('lang'), theme: host && host.getAttribute('data-theme'), widgets };
})()`;
// The Docs page's API table: the manifest's attributes (and the rest) show as categories in it.
const DOCS_STATE = `(() => {
  const docs = document.querySelector('#storybook-docs');
  const table = docs && docs.querySelector('.docblock-argstable');
  return { content: !!(docs && docs.querySelector('.sbdocs-content')), table: !!table, text: table ? table.textContent.toLowerCase() : '' };
})()`;

/** Resolves once no request has been in flight for `quiet` ms (or after `limit` ms). */
function networkQuiet(inflight, quiet = 150, limit = 5_000) {
  return new Promise((done) => {
    const end = Date.now() + limit;
    let since = Date.now();
    const tick = () => {
      if (inflight.size) since = Date.now();
      if (Date.now() - since >= quiet || Date.now() > end) done(undefined);
      else setTimeout(tick, 25);
    };
    tick();
  });
}

/**
 * @param {import('playwright-core').Page} page
 * @param {{ pass: (typeof passes)[number], entry: { id: string, title: string } }} job
 * @param {string[]} problems
 * @param {Set<unknown>} inflight
 */
async function check(page, { pass, entry }, problems, inflight) {
  const globals = [A11Y_ADDON_OFF, pass.globals].filter(Boolean).join(';');
  const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${pass.viewMode}&globals=${globals}`;
  const response = await page.goto(url);
  if (!response?.ok()) problems.push(`iframe.html answered ${response?.status()}`);
  const docsStories = pass.viewMode === 'docs' ? storiesOf(entry) : [];
  if (pass.viewMode === 'docs') await page.waitForFunction(DOCS_DONE, docsStories, { timeout: DOCS_TIMEOUT });
  else await page.waitForFunction(STORY_DONE, entry.id, { timeout: RENDER_TIMEOUT });
  if (await page.evaluate(SHOWS_ERROR)) {
    const text = await page.evaluate(`document.querySelector('#error-message')?.textContent ?? ''`);
    problems.push(`Storybook shows an error: ${String(text).trim().slice(0, 300) || 'no preview'}`);
    return 'error';
  }
  const smoke = await page.evaluate('window.__smoke');
  problems.push(...smoke.failed);
  for (const [id, status] of Object.entries(smoke.finished)) if (status !== 'success') problems.push(`story ${id} finished with ${status}`);
  await networkQuiet(inflight);
  // A docs page stacks every story: widgets far below the viewport draw when scrolled near or at
  // the first key press (src/elements/shared/render-gate.ts); SETTLE presses one each round.
  await page.evaluate(SETTLE);

  if (pass.viewMode === 'docs') {
    // React may still be committing the page when "docsRendered" arrives.
    await page
      .waitForFunction(`((s) => s.content && (!${docsStories.length} || s.table))(${DOCS_STATE})`, undefined, { timeout: 5_000 })
      .catch(() => {});
    const docs = await page.evaluate(DOCS_STATE);
    if (!docs.content) problems.push('the Docs page has no content');
    // Element pages only (an MDX page has no stories): the table must come from the manifest.
    if (docsStories.length && !docs.table) problems.push('no API table: is custom-elements.json missing? (`npm run build`)');
    else if (docsStories.length && !docs.text.includes('attributes')) problems.push('the API table lists no attributes from custom-elements.json');
    return 'ok';
  }

  if (pass.expect) {
    const host = await page.evaluate(HOST_STATE);
    if (host.lang !== pass.expect.locale || host.theme !== pass.expect.theme) {
      problems.push(`toolbar globals not applied: story root has lang=${host.lang} data-theme=${host.theme}`);
    }
    // The stories that pick a language themselves pick English, so here every widget must be in
    // English; one that is not has a `lang` inside the story (or none at all) between it and the toolbar.
    for (const w of host.widgets) {
      if (w.locale === pass.expect.locale) continue;
      const why = w.lang === null ? `not the toolbar's ${pass.expect.locale}` : `a lang="${w.lang}" inside the story hides the toolbar's ${pass.expect.locale}`;
      problems.push(`<${w.tag}> shows locale ${w.locale}: ${why}`);
    }
  }

  const a11y = await page.evaluate(A11Y_PARAMS);
  if (a11y.disable === true || a11y.test === 'off') return 'axe skipped';
  if (!(await page.evaluate(`'axe' in window && typeof window.axe.run === 'function'`))) await page.addScriptTag({ url: AXE_PATH });
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
  await context.addInitScript(CHANNEL_SPY);
  const page = await context.newPage();
  /** @type {string[]} */
  let problems = [];
  const inflight = new Set();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text().slice(0, 300)}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message.slice(0, 300)}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url().replace(origin, '')}`);
  });
  page.on('request', (request) => {
    inflight.add(request);
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
      problems.push(`request outside loopback: ${request.url()}`);
    }
  });
  page.on('requestfinished', (request) => inflight.delete(request));
  page.on('requestfailed', (request) => inflight.delete(request));
  for (let job = queue.shift(); job; job = queue.shift()) {
    problems = [];
    inflight.clear();
    const t = Date.now();
    let note = '';
    try {
      note = await check(page, job, problems, inflight);
    } catch (error) {
      problems.push(`did not render: ${String(error?.message ?? error).split('\n')[0]}`);
    }
    // Stories write localStorage (remembered look-ups): start the next one from a clean slate.
    await page.evaluate('localStorage.clear(); sessionStorage.clear()').catch(() => {});
    results.push({ job, problems: [...problems] });
    const ms = Date.now() - t;
    const label = `[${job.pass.name}] ${job.entry.id}`;
    if (problems.length) console.log(`FAIL ${label} (${ms} ms)\n  ${problems.join('\n  ')}`);
    else console.log(`ok   ${label} (${ms} ms)${note && note !== 'ok' ? ` [${note}]` : ''}`);
  }
  await context.close();
}

const queue = [...jobs];
/** @type {{ job: (typeof jobs)[number], problems: string[] }[]} */
const results = [];
try {
  await Promise.all(Array.from({ length: PARALLEL }, () => worker(queue, results)));
} finally {
  await browser.close();
  server.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
// A filter may pick Docs pages only; the whole build must have stories.
const empty = stories.length === 0 && (!filter || docsPages.length === 0);
if (empty) console.error('storybook smoke: index.json lists no story');
const counts = passes.map((pass) => {
  const mine = results.filter((r) => r.job.pass === pass);
  const bad = mine.filter((r) => r.problems.length).length;
  return `${pass.name} ${mine.length - bad}/${mine.length} ok`;
});
const failed = results.filter((r) => r.problems.length);
console.log(`storybook smoke: ${stories.length} stories, ${docsPages.length} docs pages; ${counts.join(', ')}; ${failed.length} failing (${seconds} s)`);
process.exit(failed.length || empty ? 1 : 0);
