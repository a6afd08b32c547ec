// Lighthouse on the demo page, as a phone sees it (mobile profile), served from dist/ by the
// reference server: performance ≥ 95, accessibility, best practices and SEO 100, total blocking
// time ≤ 150 ms (issue 16). scripts/test.mjs runs `*.serial.node.test.ts` files alone after every
// other test, because the figures are simulated from a real load and a busy machine inflates them.
// A run that misses is repeated once; both runs are printed, and the check passes only if a run
// meets every target.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ensureDist, startTestServer, type TestServer } from './harness.js';
import { describeFigures, runLighthouse, type LighthouseFigures } from './lighthouse.js';

const TARGETS = { performance: 95, accessibility: 100, bestPractices: 100, seo: 100, tbt: 150 };

/** What a run misses, in words; empty when it meets every target. */
function misses(f: LighthouseFigures): string[] {
  const out: string[] = [];
  for (const key of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
    if (f[key] < TARGETS[key]) out.push(`${key} ${f[key]} < ${TARGETS[key]}`);
  }
  if (!(f.tbt <= TARGETS.tbt)) out.push(`total blocking time ${f.tbt} ms > ${TARGETS.tbt} ms`);
  return out;
}

let server: TestServer | undefined;
before(async () => {
  await ensureDist();
  server = await startTestServer();
});
after(() => server?.dispose());

test('the demo page meets the Lighthouse mobile targets', { timeout: 600_000 }, async (t) => {
  const runs: string[] = [];
  for (let attempt = 1; attempt <= 2; attempt++) {
    const f = await runLighthouse(`${server!.url}/`);
    const missed = misses(f);
    const line = `run ${attempt}: ${describeFigures(f)}${missed.length ? ` — misses: ${missed.join('; ')}` : ''}`;
    runs.push(line);
    t.diagnostic(line);
    if (missed.length === 0) return;
  }
  assert.fail(`the demo page missed the Lighthouse targets twice:\n${runs.join('\n')}`);
});
