// web-test-runner reporter that writes {"passed","failed","skipped","failures"} as JSON to a file,
// so scripts/test.mjs can print one combined count line and name every failed test at the end. A
// test file that fails to load, throws outside a test or crashes the page has no failing test to
// show for it, so it counts as one failure, named by its file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** @param {{ file: string }} options */
export function summaryReporter({ file }) {
  return {
    /** @param {{ sessions: import('@web/test-runner').TestSession[] }} args */
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const where = session.testFile ? relative(process.cwd(), session.testFile) : 'a test file';
        const before = counts.failed;
        if (session.testResults) countSuite(session.testResults, counts, [where]);
        const testsFailed = counts.failed > before;
        if (session.errors.length > 0 || (session.passed === false && !testsFailed)) {
          counts.failed++;
          const why = session.errors[0]?.message?.split('\n')[0] ?? 'the file failed outside its tests';
          counts.failures.push(`${where}: ${why.slice(0, 200)}`);
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(counts)}\n`);
    },
  };
}

/**
 * @param {import('@web/test-runner').TestSuiteResult} suite
 * @param {{ passed: number, failed: number, skipped: number, failures: string[] }} counts
 * @param {string[]} path the file, then the names of the suites around `suite`
 */
function countSuite(suite, counts, path) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      const why = test.error?.message?.split('\n')[0] ?? '';
      counts.failures.push(`${[...path, test.name].join(' › ')}${why ? ` — ${why.slice(0, 200)}` : ''}`);
    }
  }
  for (const child of suite.suites) countSuite(child, counts, [...path, child.name]);
}
