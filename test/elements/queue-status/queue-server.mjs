// A reference server for <motcua-queue-status>'s browser tests whose clock the test sets: one JSON
// command per stdin line, one JSON answer per stdout line. {"cmd":"start","at":ISO,"speed":n}
// (re)starts it on the same port with the clock at `at` running `speed` times real time;
// {"cmd":"stop"} stops it (a server restart is a stop and a start); {"cmd":"count"} tells how
// many event streams it holds. Run with `node --import tsx`.
import { createInterface } from 'node:readline';
const { startServer } = await import('../../../server/app.ts');
const { openDatabase } = await import('../../../server/db/open.ts');
const database = await openDatabase({ memory: true });
let server;
let port = 0;

async function run(command) {
  if (command.cmd === 'count') return { subscribers: server?.queueSubscribers() ?? 0 };
  if (server) {
    await server.close();
    server = undefined;
  }
  if (command.cmd === 'stop') return { stopped: true };
  const start = Date.now();
  const at = Date.parse(command.at);
  const speed = command.speed ?? 1;
  server = await startServer({ port, host: '127.0.0.1', database, log: () => {}, now: () => at + (Date.now() - start) * speed, queue: { tickMs: 50 } });
  port = server.port;
  return { url: server.url };
}

let queue = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  queue = queue.then(async () => {
    let answer;
    try {
      answer = await run(JSON.parse(line));
    } catch (error) {
      answer = { error: String(error) };
    }
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  });
});
process.stdin.on('close', async () => {
  await server?.close().catch(() => {});
  await database.close().catch(() => {});
  process.exit(0);
});
// The runner may go before its last answer is written (a run cut short): that is the end, not a crash.
process.stdout.on('error', () => process.exit(0));
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
