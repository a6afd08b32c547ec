// The /stats cache: one computation per question per TTL, shared while in flight, failures not kept.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { statsCache } from '../../server/stats-cache.js';
import { Stats } from '../../src/model/index.js';
import { expectError, fixtureServer, getJson } from './helpers.js';

describe('stats cache', () => {
  it('computes a question once while it is in flight and within the TTL, again after it', async () => {
    let clock = 0;
    let runs = 0;
    const cache = statsCache({ ttlMs: 1000, now: () => clock });
    const compute = async () => ++runs;
    const [a, b] = await Promise.all([cache.get('q', compute), cache.get('q', compute)]);
    assert.deepEqual([a, b, runs], [1, 1, 1]);
    clock = 999;
    assert.equal(await cache.get('q', compute), 1);
    clock = 1000;
    assert.equal(await cache.get('q', compute), 2);
    assert.equal(await cache.get('other', compute), 3, 'another question is its own entry');
  });

  it('does not keep a failure, and clear() forgets every answer', async () => {
    const cache = statsCache({ now: () => 0 });
    await assert.rejects(cache.get('q', async () => Promise.reject(new Error('db down'))), /db down/);
    assert.equal(await cache.get('q', async () => 'ok'), 'ok');
    cache.clear();
    assert.equal(await cache.get('q', async () => 'fresh'), 'fresh');
  });

  it('holds at most maxEntries questions, dropping the oldest', async () => {
    const cache = statsCache({ maxEntries: 2, now: () => 0 });
    for (const q of ['a', 'b', 'c']) await cache.get(q, async () => `${q}1`);
    assert.equal(await cache.get('c', async () => 'c2'), 'c1');
    assert.equal(await cache.get('a', async () => 'a2'), 'a2', 'the oldest was dropped');
  });
});

describe('GET /stats behind its cache', () => {
  it('answers a repeated question from the cache and limits new questions per client, with Retry-After', async () => {
    const server = await fixtureServer({ rateLimits: { stats: { limit: 3, windowMs: 60_000 } } });
    after(() => server.close());
    const api = `${server.url}/api/v1`;
    const ask = (to: string) => `/stats?from=2022-01-01&to=${to}&groupBy=month`;
    for (const to of ['2022-12-31', '2022-12-30', '2022-12-29']) await getJson(api, ask(to), 200, Stats);
    const limited = await expectError(api, ask('2022-12-28'), 429, 'RATE_LIMITED');
    assert.ok(Number(limited.res.headers.get('retry-after')) >= 1);
    // A question already answered costs nothing and is still answered.
    const again = await getJson(api, ask('2022-12-31'), 200, Stats);
    assert.equal(again.body.to, '2022-12-31');
  });
});
