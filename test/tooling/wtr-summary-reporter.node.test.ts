import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestSession, TestSuiteResult } from '@web/test-runner';
import { summaryReporter } from '../../scripts/wtr-summary-reporter.mjs';

const suite = (tests: [string, 'pass' | 'fail' | 'skip'][], suites: TestSuiteResult[] = [], name = ''): TestSuiteResult => ({
  name,
  suites,
  tests: tests.map(([name, r]) => ({ name, passed: r === 'pass', skipped: r === 'skip', ...(r === 'fail' ? { error: { message: `${name} broke\nstack` } } : {}) })),
});

function session(part: Partial<TestSession>): TestSession {
  return { errors: [], passed: true, logs: [], request404s: [], ...part } as unknown as TestSession;
}

test('the browser summary counts nested tests, and a file that errors without a failing test as one failure, naming each failure', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-wtr-summary-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'nested', 'summary.json');
  const reporter = summaryReporter({ file });

  reporter.onTestRunFinished?.({
    sessions: [
      session({ testFile: join(process.cwd(), 'test/x.browser.test.ts'), testResults: suite([['a', 'pass']], [suite([['b', 'pass'], ['c', 'fail'], ['d', 'skip']], [], 'inner')]), passed: false }),
      // Failed to import: no results, only a session error.
      session({ testFile: join(process.cwd(), 'test/y.browser.test.ts'), errors: [{ message: 'Could not import your test module' }], passed: false }),
      // A failing test makes the file fail; that failure is not counted twice.
      session({ testFile: join(process.cwd(), 'test/z.browser.test.ts'), testResults: suite([['e', 'fail']]), passed: false }),
      // Crashed page: not passed, no error text, no failing test.
      session({ passed: false }),
    ],
  } as never);

  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), {
    passed: 2,
    failed: 4,
    skipped: 1,
    failures: [
      'test/x.browser.test.ts › inner › c — c broke',
      'test/y.browser.test.ts: Could not import your test module',
      'test/z.browser.test.ts › e — e broke',
      'a test file: the file failed outside its tests',
    ],
  });
});
