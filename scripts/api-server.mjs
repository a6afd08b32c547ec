// Starts the reference API for browser tests on a free port with a throw-away database in memory
// and prints one JSON line {"url": ...} on stdout once it listens. Run with `node --import tsx`,
// which lets this plain module import the server's TypeScript.
const { startServer } = await import('../server/app.ts');
const { openDatabase } = await import('../server/db/open.ts');
const database = await openDatabase({ memory: true });
// trustProxy 1: the test runner's proxy (one hop) forwards X-Forwarded-For as the page sent it, so
// a test can take its own rate-limit identity and drive the look-up limit without locking out
// other test files.
const server = await startServer({ port: 0, host: '127.0.0.1', database, trustProxy: 1 });
process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port })}\n`);

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await server.close().catch(() => {});
  await database.close().catch(() => {});
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
// The test runner holds our stdin; when it goes away (even killed), so do we.
process.stdin.on('end', shutdown);
process.stdin.on('close', shutdown);
process.stdin.resume();
