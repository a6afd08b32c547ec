// Lighthouse on the demo page, as a phone sees it (mobile profile), served from dist/ by the
// reference server. Issue 16's targets: performance ≥ 95, accessibility, best practices and SEO 100,
// total blocking time ≤ 150 ms. Lighthouse's simulated figures vary from run to run (they are
// derived from one real, unthrottled load on a shared machine), so the page is run five times and
// the median performance and blocking time must meet the targets, every run holding
// accessibility, best practices and SEO at 100. scripts/test.mjs runs `*.serial.node.test.ts`
// files alone after every other test, because a busy machine inflates the figures. Every run is
// printed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ensureDist, startTestServer, type TestServer } from './harness.js';
import { describeFigures, runLighthouse, type LighthouseFigures } from './lighthouse.js';

type Levels = { performance: number; accessibility: number; bestPractices: number; seo: number; tbt: number };

/** The issue's targets. */
const TARGETS: Levels = { performance: 95, accessibility: 100, bestPractices: 100, seo: 100, tbt: 150 };
/** Five runs: one slow run (a busy moment of the machine) cannot decide the median. */
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

/** What a run misses of `levels`, in words; empty when it meets them all. */
function misses(f: LighthouseFigures, levels: Levels): string[] {
  const out: string[] = [];
  for (const key of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
    if (f[key] < levels[key]) out.push(`${key} ${f[key]} < ${levels[key]}`);
  }
  if (!(f.tbt <= levels.tbt)) out.push(`total blocking time ${f.tbt} ms > ${levels.tbt} ms`);
  return out;
}

let server: TestServer | undefined;
before(async () => {
  await ensureDist();
  server = await startTestServer();
});
after(() => server?.dispose());

test('the demo page meets the Lighthouse mobile targets (median of five runs: performance ≥ 95, TBT ≤ 150 ms; a11y, best practices, SEO 100 in every run)', { timeout: 900_000 }, async (t) => {
  const runs: LighthouseFigures[] = [];
  const problems: string[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const f = await runLighthouse(`${server!.url}/`);
    runs.push(f);
    t.diagnostic(`run ${run}: ${describeFigures(f)}`);
    const categories = misses({ ...f, performance: 100, tbt: 0 }, TARGETS);
    if (categories.length) problems.push(`run ${run}: ${categories.join('; ')}`);
  }
  const mid = { ...runs[0]!, performance: median(runs.map((f) => f.performance)), tbt: median(runs.map((f) => f.tbt)) };
  const short = misses(mid, TARGETS);
  t.diagnostic(`median: performance ${mid.performance}, TBT ${mid.tbt} ms${short.length ? ` — short of the issue's targets: ${short.join('; ')}` : ' — meets the targets'}`);
  problems.push(...short.filter((m) => m.startsWith('performance') || m.startsWith('total')).map((m) => `median ${m}`));
  assert.deepEqual(problems, [], `the demo page misses the Lighthouse targets:\n${problems.join('\n')}`);
});
