// scripts/node-test-summary.mjs: the counts scripts/test.mjs adds up, and the name of every failed
// test (printed again above the count line, so a log read from its end says what failed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const reporter = fileURLToPath(new URL('../../scripts/node-test-summary.mjs', import.meta.url));

test('the Node summary counts tests, not suites, and names each failed test with its file and reason', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-node-summary-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    join(dir, 'sample.test.mjs'),
    `import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
describe('outer', () => {
  test('adds', () => assert.equal(1 + 1, 2));
  test('breaks', () => assert.equal(1, 2, 'one is not two'));
});
test('skipped', { skip: 'not here' }, () => {});
`,
  );
  const out = join(dir, 'summary.json');
  // Without NODE_TEST_CONTEXT: set by the runner around this file, it would make the child a
  // sub-process reporting to us instead of a run of its own.
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  const args = ['--test', `--test-reporter=${reporter}`, `--test-reporter-destination=${out}`, 'sample.test.mjs'];
  const run = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env });
  assert.equal(run.status, 1, run.stderr);
  const summary = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual({ ...summary, failures: undefined }, { passed: 1, failed: 1, skipped: 1, failures: undefined });
  assert.equal(summary.failures.length, 1);
  assert.match(summary.failures[0], /^sample\.test\.mjs: breaks — one is not two$/);
});
