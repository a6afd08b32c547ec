// Releases: `changeset version` turns the pending changesets into a version bump and CHANGELOG.md.
// Run on a throw-away copy (package.json and .changeset/ only), never on the repository.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from './harness.js';

test('`changeset version` writes CHANGELOG.md from the pending changesets', () => {
  const pending = readdirSync(join(root, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  assert.ok(pending.length > 0, 'no pending changeset');
  const dir = mkdtempSync(join(tmpdir(), 'motcua-changeset-'));
  try {
    cpSync(join(root, 'package.json'), join(dir, 'package.json'));
    cpSync(join(root, '.changeset'), join(dir, '.changeset'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const before = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version as string;
    const run = spawnSync(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.ok(existsSync(join(dir, 'CHANGELOG.md')), 'no CHANGELOG.md');
    const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
    const after = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version as string;
    assert.notEqual(after, before, 'the version was not bumped');
    assert.match(changelog, new RegExp(`^## ${after.replaceAll('.', '\\.')}$`, 'm'));
    // Every pending changeset's summary line is in the changelog, and the changesets are used up.
    for (const file of pending) {
      const summary = readFileSync(join(root, '.changeset', file), 'utf8').split(/^---$/m)[2]?.trim().split('\n')[0] ?? '';
      assert.ok(changelog.includes(summary), `${file} is missing from CHANGELOG.md`);
    }
    assert.deepEqual(readdirSync(join(dir, '.changeset')).filter((f) => pending.includes(f)), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
