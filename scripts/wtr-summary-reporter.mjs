// web-test-runner reporter that writes {"passed","failed","skipped"} as JSON to a file, so
// scripts/test.mjs can print one combined count line. A test file that fails to load, throws
// outside a test or crashes the page has no failing test to show for it, so it counts as one failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** @param {{ file: string }} options */
export function summaryReporter({ file }) {
  return {
    /** @param {{ sessions: import('@web/test-runner').TestSession[] }} args */
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed;
        if (session.testResults) countSuite(session.testResults, counts);
        const testsFailed = counts.failed > before;
        if (session.errors.length > 0 || (session.passed === false && !testsFailed)) counts.failed++;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(counts)}\n`);
    },
  };
}

/**
 * @param {import('@web/test-runner').TestSuiteResult} suite
 * @param {{ passed: number, failed: number, skipped: number }} counts
 */
function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites) countSuite(child, counts);
}
