/**
 * Lighthouse (mobile profile: Moto G power emulation, slow 4G, 4× CPU slowdown) on the demo pages,
 * served by the reference server from dist/ (run `npm run build` first) with Debian's Chromium.
 * Prints the four category scores and the main metrics; `npm run bench -- lighthouse`. Figures
 * depend on the machine's load: docs/sizes.md records one run with how it was made.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../../server/app.js';
import { openDatabase } from '../../server/db/open.js';

const root = resolve(import.meta.dirname, '../..');
const PAGES = ['/', '/demo/placements.html', '/demo/kiosk.html'];

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; displayValue?: string; details?: { items?: Array<Record<string, unknown>> } }>;
}

/** Asynchronous on purpose: the server answering Lighthouse runs in this same process. */
async function lighthouse(url: string, out: string): Promise<Report> {
  await promisify(execFile)(
    process.execPath,
    [
      join(root, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      // Lighthouse splits these on spaces, so no flag here may contain one.
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update',
    ],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' }, timeout: 240_000, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

export default async function bench(): Promise<void> {
  const database = await openDatabase({ memory: true });
  const server = await startServer({ port: 0, host: '127.0.0.1', database, log: () => {} });
  const dir = mkdtempSync(join(tmpdir(), 'motcua-lighthouse-'));
  try {
    for (const path of PAGES) {
      const r = await lighthouse(`${server.url}${path}`, join(dir, 'report.json'));
      const score = (k: string) => Math.round((r.categories[k]?.score ?? 0) * 100);
      const ms = (k: string) => Math.round(r.audits[k]?.numericValue ?? NaN);
      console.log(
        `${path.padEnd(24)} performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}; ` +
          `FCP ${ms('first-contentful-paint')} ms, LCP ${ms('largest-contentful-paint')} ms, TBT ${ms('total-blocking-time')} ms, CLS ${(r.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)}, ` +
          `main-thread work ${ms('mainthread-work-breakdown')} ms, JS boot-up ${ms('bootup-time')} ms`,
      );
      // Where the script time goes: the costliest files (scripting ms), to know what to work on.
      const costly = (r.audits['bootup-time']?.details?.items ?? [])
        .map((i) => ({ url: String(i['url']).replace(/^.*\//, ''), ms: Math.round(Number(i['scripting'] ?? 0)) }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5);
      console.log(`${''.padEnd(24)} scripting: ${costly.map((c) => `${c.url} ${c.ms} ms`).join(', ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server.close();
    await database.close();
  }
}
