// server/main.ts as a process: logs its URL, serves, and exits cleanly on SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { it } from 'node:test';
import { FieldList } from '../../src/model/index.js';
import { getJson, removeDir, tempDir } from './helpers.js';

const root = join(import.meta.dirname, '../..');

it('starts on PORT, logs the URL and closes on SIGTERM', { timeout: 180_000 }, async () => {
  const dataDir = await tempDir();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/main.ts')], {
    cwd: root,
    // The embedded database in DATA_DIR, whatever DATABASE_URL the run has.
    env: { ...process.env, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    child.stdout.setEncoding('utf8');
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        out += chunk;
        const m = /motcua demo and API on http:\/\/localhost:(\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`exited early (${code}): ${out}`)));
    });
    assert.ok(port > 0);
    const { body } = await getJson(`http://127.0.0.1:${port}/api/v1`, '/fields', 200, FieldList);
    assert.ok(body.items.length > 0);
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await removeDir(dataDir);
  }
});
