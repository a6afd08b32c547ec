// The server side of bench/server/queue.bench.ts, in its own process so its memory is its own:
// the reference server with the clock at QUEUE_AT running QUEUE_SPEED times real time from
// QUEUE_START (ms). Prints {"url"} when listening; answers each stdin line with its memory and
// how many streams it holds.
import { createInterface } from 'node:readline';
import { startServer } from '../../server/app.js';
import { openDatabase } from '../../server/db/open.js';

const at = Date.parse(process.env.QUEUE_AT!);
const speed = Number(process.env.QUEUE_SPEED);
const start = Number(process.env.QUEUE_START);
const database = await openDatabase({ memory: true });
const server = await startServer({ port: 0, host: '127.0.0.1', database, log: () => {}, now: () => at + (Date.now() - start) * speed });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'gc') globalThis.gc?.();
  const m = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed, external: m.external, subscribers: server.queueSubscribers() })}\n`);
});
process.stdin.on('close', async () => {
  await server.close();
  await database.close();
  process.exit(0);
});
