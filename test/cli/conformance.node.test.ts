// `motcua conformance` against the reference server and against the gateway over the OpenCPS
// simulator: both pass every check; a server that breaks the contract fails the right ones.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { formatTable, runConformance } from '../../src/cli/conformance/run.js';
import { fixtureServer } from '../server/helpers.js';
import { startGateway } from '../server/opencps-gateway.js';

const root = resolve(import.meta.dirname, '../..');

/** The command as a user runs it, in a child process (it must not block this file's servers). */
function motcua(...args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.on('close', (code) => done({ code, stdout }));
  });
}

const failures = (results: Awaited<ReturnType<typeof runConformance>>) => results.filter((r) => r.outcome !== 'pass');

describe('motcua conformance', () => {
  it('passes every check against the reference server (the command, in a child process)', async () => {
    const server = await fixtureServer();
    try {
      const { code, stdout } = await motcua('conformance', server.url, '--dossier', '000.00.53.H48-250901-0001', '--key', 'AB12CD');
      assert.equal(code, 0, stdout);
      assert.match(stdout, /^\d+ passed, 0 failed, 0 skipped$/m);
      assert.match(stdout, /ĐẠT {2}PASS/);
    } finally {
      await server.close();
    }
  });

  it('passes every check against the gateway over the OpenCPS simulator', async () => {
    const gw = await startGateway();
    try {
      const results = await runConformance(gw.server.url, { dossier: { code: '000.00.07.G12-261102-0007', key: '4821' }, seed: 'gw' });
      assert.deepEqual(failures(results), [], formatTable(results));
      assert.ok(results.length >= 20);
      assert.equal(gw.sim.state.votes.length, 1, 'the replayed site survey reached OpenCPS once');
    } finally {
      await gw.close();
    }
  });

  it('fails the checks a server that breaks the contract breaks', async () => {
    // Answers 200 {} to everything: wrong shapes, no error bodies, no 404s, no 429.
    const liar = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
    await new Promise<void>((r) => liar.listen(0, '127.0.0.1', r));
    try {
      const results = await runConformance(`http://127.0.0.1:${(liar.address() as AddressInfo).port}`, { dossier: { code: '000.00.53.H48-250901-0001', key: 'AB12CD' }, readOnly: true });
      const failed = results.filter((r) => r.outcome === 'fail').map((r) => r.name);
      assert.ok(failed.some((n) => n.startsWith('GET /procedures:')));
      assert.ok(failed.some((n) => n.startsWith('Mã lạ và khoá sai')));
      assert.ok(failed.some((n) => n.startsWith('Tra cứu sai liên tục')));
      assert.match(formatTable(results), /LỖI {2}FAIL/);
    } finally {
      liar.close();
    }
  });
});
