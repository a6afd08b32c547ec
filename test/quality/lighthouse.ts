// Runs Lighthouse 12 (mobile profile: Moto G power emulation, slow 4G and 4× CPU slowdown, all
// simulated by Lantern from one unthrottled load) in a child process against Debian's Chromium,
// and reads the figures the issue names. Shared by the CI check (lighthouse.serial.node.test.ts)
// and the benchmark (bench/lighthouse/demo.bench.ts).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from './harness.js';

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: Array<Record<string, unknown>> } }>;
}

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds, as Lighthouse simulates them on the mobile profile. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  mainThread: number;
  /** The costliest scripts (scripting ms), to know what to work on. */
  costly: Array<{ file: string; ms: number }>;
  /** The machine's 1-minute load average when the run ended: the figures depend on it. */
  load: number;
}

/** Asynchronous on purpose: the server answering Lighthouse usually runs in the caller's process. */
export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-lighthouse-'));
  const out = join(dir, 'report.json');
  try {
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
    return figures(JSON.parse(readFileSync(out, 'utf8')) as Report);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function figures(r: Report): LighthouseFigures {
  const score = (k: string) => Math.round((r.categories[k]?.score ?? 0) * 100);
  const ms = (k: string) => Math.round(r.audits[k]?.numericValue ?? NaN);
  const costly = (r.audits['bootup-time']?.details?.items ?? [])
    .map((i) => ({ file: String(i['url']).replace(/^.*\//, ''), ms: Math.round(Number(i['scripting'] ?? 0)) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
    tbt: ms('total-blocking-time'),
    cls: r.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    mainThread: ms('mainthread-work-breakdown'),
    costly,
    load: loadavg()[0] ?? NaN,
  };
}

/** One line for logs and docs. */
export function describeFigures(f: LighthouseFigures): string {
  return (
    `performance ${f.performance}, accessibility ${f.accessibility}, best practices ${f.bestPractices}, SEO ${f.seo}; ` +
    `FCP ${f.fcp} ms, LCP ${f.lcp} ms, TBT ${f.tbt} ms, CLS ${f.cls.toFixed(3)}, main-thread work ${f.mainThread} ms ` +
    `(load average ${f.load.toFixed(2)}); scripting: ${f.costly.map((c) => `${c.file} ${c.ms} ms`).join(', ')}`
  );
}
