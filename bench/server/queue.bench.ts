/**
 * 1,000 concurrent subscribers of GET /queue/stream on the reference server (its own process):
 * the server's memory before and with them, and how long each call takes to reach every one of
 * them, from the moment it became due on the server's clock to its arrival at each client
 * (this includes the stream's poll interval, 100 ms). The clock runs 120× from 09:00 on a
 * Monday, so 20 s of bench are 40 minutes of the office's morning.
 */
import { spawn } from 'node:child_process';
import { request, Agent } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SUBSCRIBERS = 1_000;
const SPEED = 120;
const AT = '2025-09-15T09:00:00+07:00';
const RUN_MS = 20_000;

interface Memory {
  rss: number;
  heapUsed: number;
  external: number;
  subscribers: number;
}

function startChild(start: number) {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./queue-child.ts', import.meta.url))], {
    env: { ...process.env, QUEUE_AT: AT, QUEUE_SPEED: String(SPEED), QUEUE_START: String(start) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const queue: Array<(line: string) => void> = [];
  lines.on('line', (line) => queue.shift()?.(line));
  const next = () => new Promise<string>((resolve) => queue.push(resolve));
  return {
    ready: next().then((line) => JSON.parse(line) as { url: string }),
    async memory(): Promise<Memory> {
      const answer = next();
      child.stdin!.write('gc\n');
      return JSON.parse(await answer) as Memory;
    },
    stop: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.stdin!.end();
    }),
  };
}

/** One subscriber: records when each called event arrives, by event id. */
function subscribe(url: string, agent: Agent, arrivals: Map<number, number[]>, dueOf: Map<number, number>): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/v1/queue/stream`, { agent }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const now = Date.now();
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (!data || !frame.includes('event: called')) continue;
          const event = JSON.parse(data) as { id: number; at: string };
          dueOf.set(event.id, Date.parse(event.at));
          let list = arrivals.get(event.id);
          if (!list) arrivals.set(event.id, (list = []));
          list.push(now);
        }
      });
      resolve(() => req.destroy());
    });
    req.on('error', (error) => {
      if (!req.destroyed) reject(error);
    });
    req.end();
  });
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

export default async function queueBench(): Promise<void> {
  const start = Date.now();
  const child = startChild(start);
  const { url } = await child.ready;
  const before = await child.memory();
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  const arrivals = new Map<number, number[]>();
  const dueOf = new Map<number, number>();
  const t0 = Date.now();
  const closers = await Promise.all(Array.from({ length: SUBSCRIBERS }, () => subscribe(url, agent, arrivals, dueOf)));
  const connectMs = Date.now() - t0;
  const connectedAt = Date.now();
  const withSubs = await child.memory();
  await new Promise((r) => setTimeout(r, RUN_MS));
  const during = await child.memory();
  for (const close of closers) close();
  await new Promise((r) => setTimeout(r, 500));
  const after = await child.memory();
  await child.stop();

  // A call's due moment in real time: the clock maps real ms to office ms at SPEED.
  const realDue = (officeMs: number) => start + (officeMs - Date.parse(AT)) / SPEED;
  const latencies: number[] = [];
  let complete = 0;
  let counted = 0;
  for (const [id, times] of arrivals) {
    const due = realDue(dueOf.get(id)!);
    if (due < connectedAt) continue; // happened before everyone was listening
    counted += 1;
    if (times.length === SUBSCRIBERS) complete += 1;
    for (const t of times) latencies.push(Math.round(t - due));
  }
  latencies.sort((a, b) => a - b);
  console.log(`subscribers: ${SUBSCRIBERS} (server counted ${withSubs.subscribers}), all connected in ${connectMs} ms`);
  const js = (m: Memory) => m.heapUsed + m.external;
  console.log(`server JS heap + external (after gc): ${mb(js(before))} → ${mb(js(withSubs))} with them (${((js(withSubs) - js(before)) / SUBSCRIBERS / 1024).toFixed(1)} KB each) → ${mb(js(during))} after ${RUN_MS / 1000} s of calls`);
  console.log(`server rss (mostly the embedded database): ${mb(before.rss)} → ${mb(withSubs.rss)} → ${mb(during.rss)}`);
  console.log(`after they left: ${after.subscribers} subscribers, JS heap + external ${mb(js(after))}`);
  console.log(`calls: ${counted}, delivered to every subscriber: ${complete}; deliveries: ${latencies.length}`);
  if (latencies.length > 0) {
    console.log(`due → delivered latency (ms): p50 ${pct(latencies, 0.5)}, p95 ${pct(latencies, 0.95)}, p99 ${pct(latencies, 0.99)}, max ${latencies.at(-1)}`);
  }
}
