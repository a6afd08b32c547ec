// Starts the reference API for browser tests on a free port with a throw-away data directory and
// prints one JSON line {"url": ...} on stdout once it listens. Run with `node --import tsx`, which
// lets this plain module import the server's TypeScript.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { startServer } = await import('../server/app.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'motcua-test-api-'));
// trustProxy: the test runner proxies /api/ to this server, so a test can take its own rate-limit
// identity with X-Forwarded-For and drive the look-up limit without locking out other test files.
const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, trustProxy: true });
process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port })}\n`);

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await server.close().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
// The test runner holds our stdin; when it goes away (even killed), so do we.
process.stdin.on('end', shutdown);
process.stdin.on('close', shutdown);
process.stdin.resume();
