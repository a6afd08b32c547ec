// client.queue against the real reference server on loopback: the snapshot, a subscription's
// order and abort, reconnection across a restart on the same port, dead-stream detection, and the
// errors that end a subscription. The server's clock runs 120× (1 s = 2 min) from a Monday morning.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../server/app.js';
import { createClient, HttpError, NetworkError, ValidationError, type QueueEvent, type QueueStreamStatus } from '../../src/index.js';
import { emptyTables, sharedDatabase } from '../server/db.js';
import { startMisbehaving } from './misbehaving-server.js';

const clockFrom = (iso: string, speed = 120) => {
  const start = Date.now();
  return () => Date.parse(iso) + (Date.now() - start) * speed;
};

const running: RunningServer[] = [];
async function reference(now: () => number, port = 0, queue = { tickMs: 25 } as { tickMs: number; heartbeatMs?: number }): Promise<RunningServer> {
  const database = await sharedDatabase();
  if (running.length === 0) await emptyTables(database);
  const server = await startServer({ port, host: '127.0.0.1', database, now, log: () => {}, queue });
  running.push(server);
  return server;
}
after(async () => {
  for (const s of running) await s.close();
});

const until = async (ok: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; !ok() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 20));
};

function assertConsecutive(events: QueueEvent[]): void {
  events.forEach((e, i) => i > 0 && assert.equal(e.id, events[i - 1]!.id + 1, `event ${e.id} after ${events[i - 1]!.id}`));
  const called = new Map<string, number[]>();
  for (const e of events) if (e.type === 'called') called.set(e.service, [...(called.get(e.service) ?? []), e.number]);
  for (const [service, numbers] of called) numbers.forEach((n, i) => i > 0 && assert.equal(n, numbers[i - 1]! + 1, service));
}

describe('client.queue', () => {
  it('snapshot() returns the validated snapshot the server sent', async () => {
    const server = await reference(() => Date.parse('2025-09-15T09:00:00+07:00'));
    const api = createClient({ baseUrl: `${server.url}/api/v1` });
    const snapshot = await api.queue.snapshot();
    const raw = await (await fetch(`${server.url}/api/v1/queue`)).json();
    assert.deepEqual(snapshot, raw);
    assert.equal(snapshot.open, true);
  });

  it('subscribe() delivers each event once, in order, from a snapshot, until aborted', async () => {
    const server = await reference(clockFrom('2025-09-15T09:30:00+07:00'));
    const api = createClient({ baseUrl: `${server.url}/api/v1` });
    const snapshot = await api.queue.snapshot();
    const events: QueueEvent[] = [];
    const controller = new AbortController();
    const statuses: QueueStreamStatus[] = [];
    const done = api.queue.subscribe((e) => events.push(e), { signal: controller.signal, lastEventId: snapshot.lastEventId - 3, onStatus: (s) => statuses.push(s) });
    await until(() => events.length >= 6, 10_000);
    assert.ok(events.length >= 6);
    assert.equal(events[0]!.id, snapshot.lastEventId - 2, 'resumes right after the given id');
    assertConsecutive(events);
    assert.deepEqual(statuses[0], { state: 'open' });
    controller.abort();
    await done; // resolves, does not reject
    await until(() => server.queueSubscribers() === 0, 2_000);
    assert.equal(server.queueSubscribers(), 0, 'the server let the stream go');
  });

  it('reconnects with backoff across a server restart on the same port, missing and repeating nothing', async () => {
    const clock = clockFrom('2025-09-15T14:00:00+07:00');
    const first = await reference(clock);
    const api = createClient({ baseUrl: `${first.url}/api/v1` });
    const snapshot = await api.queue.snapshot();
    const events: QueueEvent[] = [];
    const statuses: QueueStreamStatus[] = [];
    const controller = new AbortController();
    const done = api.queue.subscribe((e) => events.push(e), {
      signal: controller.signal,
      lastEventId: snapshot.lastEventId,
      onStatus: (s) => statuses.push(s),
      backoff: { initial: 200, max: 800 },
    });
    await until(() => events.length >= 4, 10_000);
    await first.close();
    await new Promise((r) => setTimeout(r, 1_200)); // refused connections meanwhile: backoff grows
    const countAtRestart = events.length;
    await reference(clock, first.port);
    await until(() => events.length >= countAtRestart + 5, 15_000);
    controller.abort();
    await done;
    const waits = statuses.filter((s) => s.state === 'reconnecting');
    assert.ok(waits.length >= 2, `reconnected after failing: ${JSON.stringify(statuses.map((s) => s.state))}`);
    assert.ok(waits.every((s) => s.delay <= 800));
    assert.ok(events.length >= countAtRestart + 5);
    assert.equal(events[0]!.id, snapshot.lastEventId + 1);
    assertConsecutive(events);
  });

  it('takes a silent stream for dead and reconnects', async () => {
    // Saturday: no events; heartbeats every 10 s are slower than the 300 ms idle limit.
    const server = await reference(() => Date.parse('2025-09-20T09:00:00+07:00'), 0, { tickMs: 25, heartbeatMs: 10_000 });
    const api = createClient({ baseUrl: `${server.url}/api/v1` });
    const statuses: QueueStreamStatus[] = [];
    const controller = new AbortController();
    const done = api.queue.subscribe(() => {}, { signal: controller.signal, idleTimeout: 300, backoff: { initial: 50 }, onStatus: (s) => statuses.push(s) });
    await until(() => statuses.filter((s) => s.state === 'open').length >= 2, 5_000);
    controller.abort();
    await done;
    const wait = statuses.find((s) => s.state === 'reconnecting');
    assert.ok(wait && wait.state === 'reconnecting' && wait.error instanceof NetworkError, JSON.stringify(statuses));
    assert.ok(statuses.filter((s) => s.state === 'open').length >= 2);
  });

  it('rejects when going on cannot help: 404, or an event outside the contract', async () => {
    const bad = await startMisbehaving();
    try {
      const api = createClient({ baseUrl: bad.baseUrl });
      await assert.rejects(api.queue.subscribe(() => {}), (e) => e instanceof HttpError && e.status === 404);
      bad.use((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/event-stream' });
        res.end('id: 5\nevent: called\ndata: {"id":5,"type":"called","number":-1}\n\n');
      });
      await assert.rejects(api.queue.subscribe(() => {}), ValidationError);
    } finally {
      await bad.close();
    }
  });
});
