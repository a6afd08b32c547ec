// The queue over real HTTP: the snapshot, the closed states, the event stream and its resumption
// after a server restart with no call missed or repeated. The clock runs fast (1 s = 2 min) from
// 10:00 on Monday 15/9/2025 in Vietnam, so a few seconds cover a busy stretch of the morning.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { QueueEvent, QueueSnapshot, estimateWait } from '../../src/model/index.js';
import { expectError, fixtureServer, getJson } from './helpers.js';
import { eventsOf, openStream, type Frame } from './sse-client.js';

const SPEED = 120;
const at = (iso: string) => {
  const start = Date.now();
  const base = Date.parse(iso);
  return () => base + (Date.now() - start) * SPEED;
};
const MONDAY_10 = '2025-09-15T10:00:00+07:00';

type Server = Awaited<ReturnType<typeof fixtureServer>>;
const open: Server[] = [];
async function server(now: () => number, extra: Parameters<typeof fixtureServer>[0] = {}): Promise<Server> {
  const s = await fixtureServer({ now, keepData: open.length > 0, queue: { tickMs: 25 }, ...extra });
  open.push(s);
  return s;
}
after(async () => {
  for (const s of open) await s.close();
});

const parsed = (frames: Frame[]) => eventsOf(frames).map((f) => {
  const event = QueueEvent.parse(JSON.parse(f.data!));
  assert.equal(String(event.id), f.id, 'the id: line names the event in data');
  assert.equal(event.type, f.event);
  return event;
});

describe('GET /queue', () => {
  it('gives every service and counter during office hours, consistent with itself', async () => {
    const s = await server(() => Date.parse(MONDAY_10));
    const { body, res } = await getJson(`${s.url}/api/v1`, '/queue', 200, QueueSnapshot);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(body.open, true);
    assert.equal(body.closedReason, undefined);
    assert.equal(body.date, '2025-09-15');
    assert.ok(body.services.length >= 2 && body.services.every((x) => x.counters.length >= 1));
    for (const service of body.services) {
      assert.ok(service.lastIssued !== null && service.lastCalled !== null, `${service.id} has been busy since 07:30`);
      // Numbers run from the service's base without gaps, so waiting is issued minus called.
      assert.equal(service.waiting, service.lastIssued - service.lastCalled);
      for (const counter of service.counters) assert.ok(counter.serving === null || counter.serving <= service.lastCalled);
      assert.ok(service.counters.some((c) => c.serving === service.lastCalled));
      assert.ok(service.serviceMinutes, `${service.id} has observed times by 10:00`);
      assert.ok(service.serviceMinutes.min <= service.serviceMinutes.max);
      assert.deepEqual(service.estimate, estimateWait(service.waiting, service.counters.length, service.serviceMinutes));
    }
  });

  it('is the same for the same seed and moment, and differs for another seed', async () => {
    const now = () => Date.parse(MONDAY_10);
    const a = await server(now);
    const b = await server(now);
    const c = await server(now, { queue: { seed: 99 } });
    const get = async (s: Server) => (await getJson(`${s.url}/api/v1`, '/queue', 200, QueueSnapshot)).body;
    const [first, second, other] = await Promise.all([get(a), get(b), get(c)]);
    assert.deepEqual(first, second);
    assert.notDeepEqual(first.services, other.services);
  });

  it('is closed before opening, over lunch, after hours, at weekends and on holidays', async () => {
    const cases: Array<[string, string, string, string?]> = [
      ['2025-09-15T06:50:00+07:00', 'outside-hours', '2025-09-15T07:30:00+07:00'],
      ['2025-09-15T12:15:00+07:00', 'outside-hours', '2025-09-15T13:30:00+07:00'],
      ['2025-09-15T18:00:00+07:00', 'outside-hours', '2025-09-16T07:30:00+07:00'],
      ['2025-09-20T09:00:00+07:00', 'weekend', '2025-09-22T07:30:00+07:00'],
      ['2025-09-02T09:00:00+07:00', 'holiday', '2025-09-03T07:30:00+07:00', 'Quốc khánh'],
    ];
    for (const [when, reason, opensAt, holiday] of cases) {
      const s = await server(() => Date.parse(when));
      const { body } = await getJson(`${s.url}/api/v1`, '/queue', 200, QueueSnapshot);
      assert.equal(body.open, false, when);
      assert.equal(body.closedReason, reason, when);
      assert.equal(body.opensAt, opensAt, when);
      assert.equal(body.holiday, holiday, when);
      if (reason !== 'outside-hours') assert.ok(body.services.every((x) => x.lastIssued === null && x.waiting === 0), 'no tickets on a day off');
    }
  });

  it('keeps the afternoon numbers after the morning ones and empties the hall by closing time', async () => {
    const s = await server(() => Date.parse('2025-09-15T17:05:00+07:00'));
    const { body } = await getJson(`${s.url}/api/v1`, '/queue', 200, QueueSnapshot);
    const noon = await server(() => Date.parse('2025-09-15T12:00:00+07:00'));
    const morning = (await getJson(`${noon.url}/api/v1`, '/queue', 200, QueueSnapshot)).body;
    for (const [i, service] of body.services.entries()) {
      assert.equal(service.waiting, 0, 'every issued ticket is called before the office closes');
      assert.ok(service.lastIssued! > morning.services[i]!.lastIssued!);
    }
  });
});

describe('GET /queue/stream', () => {
  it('streams numbered events as they happen, no-store, with a retry hint', async () => {
    const s = await server(at(MONDAY_10));
    const snapshot = (await getJson(`${s.url}/api/v1`, '/queue', 200, QueueSnapshot)).body;
    const stream = await openStream(`${s.url}/api/v1/queue/stream`);
    assert.equal(stream.res.status, 200);
    assert.match(stream.res.headers.get('content-type') ?? '', /^text\/event-stream/);
    assert.equal(stream.res.headers.get('cache-control'), 'no-store');
    const frames = await stream.until((f) => eventsOf(f).length >= 4, 10_000);
    stream.close();
    assert.equal(frames[0]!.retry, '2000');
    const events = parsed(frames);
    assert.ok(events.length >= 4, `got ${events.length} events`);
    assert.ok(events[0]!.id > snapshot.lastEventId - 1, 'no history without a Last-Event-ID');
    events.forEach((e, i) => i > 0 && assert.equal(e.id, events[i - 1]!.id + 1, 'ids are consecutive'));
    for (const e of events) if (e.type === 'called') assert.ok(e.waiting >= 0);
  });

  it('replays after Last-Event-ID or ?lastEventId, identically, and rejects a bad id', async () => {
    const s = await server(() => Date.parse(MONDAY_10));
    const { body } = await getJson(`${s.url}/api/v1`, '/queue', 200, QueueSnapshot);
    const from = body.lastEventId - 6;
    const byHeader = await openStream(`${s.url}/api/v1/queue/stream`, { 'Last-Event-ID': String(from) });
    const byQuery = await openStream(`${s.url}/api/v1/queue/stream?lastEventId=${from}`);
    const a = parsed(await byHeader.until((f) => eventsOf(f).length >= 6, 5_000));
    const b = parsed(await byQuery.until((f) => eventsOf(f).length >= 6, 5_000));
    byHeader.close();
    byQuery.close();
    assert.deepEqual(a.map((e) => e.id), [1, 2, 3, 4, 5, 6].map((n) => from + n));
    assert.deepEqual(a, b);
    await expectError(`${s.url}/api/v1`, '/queue/stream?lastEventId=abc', 400, 'INVALID_QUERY', 'lastEventId');
    await expectError(`${s.url}/api/v1`, '/queue/stream', 400, 'INVALID_QUERY', 'Last-Event-ID', { headers: { 'Last-Event-ID': '-4' } });
  });

  it('resumes across a server restart with no number missed or shown twice', async () => {
    const clock = at('2025-09-15T08:30:00+07:00');
    const first = await server(clock);
    const start = (await getJson(`${first.url}/api/v1`, '/queue', 200, QueueSnapshot)).body.lastEventId;
    const before = await openStream(`${first.url}/api/v1/queue/stream?lastEventId=${start}`);
    const seenBefore = parsed(await before.until((f) => eventsOf(f).length >= 5, 10_000));
    await first.close(); // ends the stream mid-day; calls keep happening while nobody serves
    await before.until(() => false, 500);
    await new Promise((r) => setTimeout(r, 1_500));
    const second = await server(clock);
    const resumed = await openStream(`${second.url}/api/v1/queue/stream`, { 'Last-Event-ID': String(seenBefore.at(-1)!.id) });
    const seenAfter = parsed(await resumed.until((f) => eventsOf(f).length >= 5, 10_000));
    resumed.close();
    const all = [...seenBefore, ...seenAfter];
    all.forEach((e, i) => i > 0 && assert.equal(e.id, all[i - 1]!.id + 1, `event ${e.id} follows ${all[i - 1]!.id}`));
    // Per service, the called numbers step by one: none skipped, none repeated.
    const called = new Map<string, number[]>();
    for (const e of all) if (e.type === 'called') called.set(e.service, [...(called.get(e.service) ?? []), e.number]);
    assert.ok([...called.values()].flat().length >= 3, 'calls happened during the test');
    for (const [service, numbers] of called) numbers.forEach((n, i) => i > 0 && assert.equal(n, numbers[i - 1]! + 1, service));
    // A third client replaying the whole stretch from the restarted server sees the same events.
    const replay = await openStream(`${second.url}/api/v1/queue/stream?lastEventId=${start}`);
    const again = parsed(await replay.until((f) => eventsOf(f).length >= all.length, 5_000)).slice(0, all.length);
    replay.close();
    assert.deepEqual(again, all);
  });

  it('sends heartbeats while closed and lets a departed client go', async () => {
    const s = await server(() => Date.parse('2025-09-20T09:00:00+07:00'), { queue: { heartbeatMs: 100, tickMs: 25 } });
    const stream = await openStream(`${s.url}/api/v1/queue/stream`);
    const frames = await stream.until((f) => f.filter((x) => x.comment === 'heartbeat').length >= 2, 5_000);
    assert.equal(eventsOf(frames).length, 0, 'no events on a Saturday');
    assert.ok(frames.filter((x) => x.comment === 'heartbeat').length >= 2);
    assert.equal(s.queueSubscribers(), 1);
    stream.close();
    for (let i = 0; i < 100 && s.queueSubscribers() > 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(s.queueSubscribers(), 0);
  });
});
