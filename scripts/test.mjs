// `npm test`: type check, Node tests (test/**/*.node.test.ts) and browser tests
// (test/**/*.browser.test.ts in Chromium), then the serial tests (test/**/*.serial.node.test.ts:
// Lighthouse, whose figures a busy machine would spoil) one file at a time, then one line
// `N passed, N failed, N skipped` as the very last line of output. A type error, a file that fails
// to load or a crashed runner counts as a failure. Arguments narrow the run to test files whose
// path contains one of them: `npm test -- test/search`.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { root, run, runBin } from './run.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
process.env.PUPPETEER_SKIP_DOWNLOAD = '1';

const filters = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
/** Every failed test by file and name, printed again just above the count line (CI logs keep the tail). */
const failures = [];
const work = mkdtempSync(join(tmpdir(), 'motcua-test-'));

/** Test files under test/ ending in `suffix`, repo-relative and sorted (Node 20's --test cannot glob). */
function testFiles(suffix) {
  const dir = join(root, 'test');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => `test/${String(f).split('\\').join('/')}`)
    .filter((f) => f.endsWith(suffix) && !f.includes('/node_modules/'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x.replace(/^\.\//, ''))))
    .sort();
}

/** Adds a runner's JSON summary to the totals; a failing exit with no failed test counts as one. */
function addSummary(label, file, exitCode) {
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    counts = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`${label}: no summary was written`);
    counts.failed = 1;
    failures.push(`${label}: no summary was written`);
  }
  if (exitCode !== 0 && counts.failed === 0) {
    console.error(`${label}: runner exited with ${exitCode}`);
    counts.failed = 1;
    failures.push(`${label}: runner exited with ${exitCode}`);
  }
  failures.push(...(counts.failures ?? []));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

try {
  const browserFiles = testFiles('.browser.test.ts');
  const chromium = browserFiles.length ? await ensureChromium() : null;
  if (browserFiles.length && !chromium) process.exit(1);

  console.log('\n== type check (tsc -p tsconfig.json --noEmit)');
  if ((await runBin('tsc', ['-p', 'tsconfig.json', '--noEmit'])) !== 0) {
    console.error('type check: failed (counted as 1 failed)');
    totals.failed++;
    failures.push('type check (tsc -p tsconfig.json --noEmit)');
  } else console.log('type check: ok');

  // `*.serial.node.test.ts` (Lighthouse) measure the machine's speed: they run alone, after the rest.
  const serialFiles = testFiles('.serial.node.test.ts');
  const nodeFiles = testFiles('.node.test.ts').filter((f) => !serialFiles.includes(f));
  console.log(`\n== Node tests (${nodeFiles.length} files)`);
  if (nodeFiles.length) {
    const summary = join(work, 'node.json');
    const code = await run(process.execPath, [
      '--import', 'tsx',
      '--test',
      `--test-concurrency=${Math.max(1, availableParallelism())}`,
      // A hung test fails after five minutes instead of holding CI until its own time limit (a file of
      // Chromium tests counts as one test here, and two busy cores make a minute too short for some).
      '--test-timeout=300000',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      `--test-reporter=${join(root, 'scripts/node-test-summary.mjs')}`, `--test-reporter-destination=${summary}`,
      ...nodeFiles,
    ]);
    addSummary('Node tests', summary, code);
  }

  console.log(`\n== browser tests (${browserFiles.length} files)`);
  if (browserFiles.length) {
    const summary = join(work, 'browser.json');
    const args = ['--config', 'web-test-runner.config.mjs'];
    if (filters.length) args.push('--files', ...browserFiles);
    const code = await runBin('wtr', args, {
      env: { ...process.env, CHROME_PATH: chromium ?? '', MOTCUA_WTR_SUMMARY: summary },
    });
    addSummary('browser tests', summary, code);
  }

  console.log(`\n== serial tests, alone (${serialFiles.length} files)`);
  if (serialFiles.length) {
    const summary = join(work, 'serial.json');
    const code = await run(process.execPath, [
      '--import', 'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-timeout=900000',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      `--test-reporter=${join(root, 'scripts/node-test-summary.mjs')}`, `--test-reporter-destination=${summary}`,
      ...serialFiles,
    ]);
    addSummary('serial tests', summary, code);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.log('\n== failed tests');
  for (const f of failures) console.log(`failed test: ${f}`);
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
