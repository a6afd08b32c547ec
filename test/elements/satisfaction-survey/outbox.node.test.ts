// The survey outbox: written before sending, removed only on 2xx, kept on retryable failures with
// backoff, dropped (and reported) on 4xx that another try cannot fix; storage backends.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpError, NetworkError, TimeoutError, ValidationError } from '../../../src/api/errors.js';
import { classify, newIdempotencyKey, Outbox, type Submit } from '../../../src/elements/satisfaction-survey/outbox.js';
import { fallbackStorage, memoryStorage, webStorage, type OutboxStorage } from '../../../src/elements/satisfaction-survey/outbox-storage.js';
import type { SurveyResponse } from '../../../src/model/index.js';

const response = (n: number): SurveyResponse => ({ formId: 'sipas-2025', formVersion: 1, answers: { overall: 'satisfied' }, comment: `#${n}`, channel: 'web' });
const receipt = (key: string, duplicate = false) => ({ id: `sv-${key}`, receivedAt: '2025-09-15T03:00:00.000Z', duplicate });

/** A Storage-like map, as localStorage is in the browser. */
function fakeLocalStorage() {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

describe('Outbox', () => {
  it('keeps the entry until a 2xx, reusing its key on every try', async () => {
    const outbox = new Outbox(memoryStorage());
    const entry = await outbox.add(response(1));
    assert.match(entry.key, /^[A-Za-z0-9_-]{8,100}$/);
    const keys: string[] = [];
    let online = false;
    const submit: Submit = async (_r, key) => {
      keys.push(key);
      if (!online) throw new NetworkError(new TypeError('Failed to fetch'));
      return receipt(key);
    };
    const first = await outbox.flush(submit);
    assert.equal(first[0]?.status, 'queued');
    assert.equal((await outbox.list())[0]?.attempts, 1);
    online = true;
    const second = await outbox.flush(submit);
    assert.equal(second[0]?.status, 'sent');
    assert.deepEqual(keys, [entry.key, entry.key]);
    assert.deepEqual(await outbox.list(), []);
  });

  it('a dossier response keeps its key or token with it, across a reload, for every try', async () => {
    const area = fakeLocalStorage();
    const dossierResponse = { ...response(1), dossierCode: '000.00.53.H48-250901-0001' };
    await new Outbox(webStorage(area, 'box')).add(dossierResponse, 'key-dossier-1', new Date(), { token: 'dt1.abc.defghijklmnop' });
    const sent: unknown[] = [];
    const reloaded = new Outbox(webStorage(area, 'box'));
    const [attempt] = await reloaded.flush(async (r, key, access) => {
      sent.push({ dossierCode: r.dossierCode, key, access });
      return receipt(key);
    });
    assert.equal(attempt?.status, 'sent');
    assert.deepEqual(sent, [{ dossierCode: '000.00.53.H48-250901-0001', key: 'key-dossier-1', access: { token: 'dt1.abc.defghijklmnop' } }]);
  });

  it('a 200 duplicate also empties it', async () => {
    const outbox = new Outbox(memoryStorage());
    await outbox.add(response(1));
    const [attempt] = await outbox.flush(async (_r, key) => receipt(key, true));
    assert.equal(attempt?.status, 'sent');
    assert.deepEqual(await outbox.list(), []);
  });

  it('4xx validation and conflicts are rejected and removed, 5xx/429/timeouts kept', async () => {
    const outbox = new Outbox(memoryStorage());
    const a = await outbox.add(response(1), 'key-aaaaaaaa', new Date('2025-01-01T00:00:00Z'));
    await outbox.add(response(2), 'key-bbbbbbbb', new Date('2025-01-01T00:00:01Z'));
    const attempts = await outbox.flush(async (_r, key) => {
      if (key === a.key) throw new HttpError({ status: 422, body: { code: 'VALIDATION_FAILED', message: 'sai', details: [{ path: 'answers.overall', message: 'x' }] } });
      throw new HttpError({ status: 503 });
    });
    assert.deepEqual(attempts.map((t) => t.status), ['rejected', 'queued']);
    assert.deepEqual((await outbox.list()).map((e) => e.key), ['key-bbbbbbbb']);
  });

  it('classifies errors', () => {
    assert.equal(classify(new HttpError({ status: 409 })).kind, 'reject');
    assert.equal(classify(new HttpError({ status: 400 })).kind, 'reject');
    assert.equal(classify(new ValidationError('request', [{ path: 'comment', message: 'x' }])).kind, 'reject');
    assert.deepEqual(classify(new HttpError({ status: 429, retryAfter: 40 })), { kind: 'retry', retryAfter: 40 });
    assert.equal(classify(new HttpError({ status: 500 })).kind, 'retry');
    assert.equal(classify(new NetworkError(null)).kind, 'retry');
    assert.equal(classify(new TimeoutError(1000)).kind, 'retry');
    assert.equal(classify(new ValidationError('response', [{ path: 'id', message: 'x' }])).kind, 'retry');
  });

  it('stops a flush at the first retryable failure, oldest first', async () => {
    const outbox = new Outbox(memoryStorage());
    for (let i = 0; i < 3; i++) await outbox.add(response(i), `key-000000${i}`, new Date(Date.UTC(2025, 0, 1, 0, 0, i)));
    const tried: string[] = [];
    const attempts = await outbox.flush(async (_r, key) => {
      tried.push(key);
      if (key === 'key-0000001') throw new NetworkError(null);
      return receipt(key);
    });
    assert.deepEqual(tried, ['key-0000000', 'key-0000001']);
    assert.deepEqual(attempts.map((t) => t.status), ['sent', 'queued']);
    assert.equal((await outbox.list()).length, 2);
  });

  it('one send per key at a time, even from two outboxes on one storage', async () => {
    const storage = memoryStorage();
    const one = new Outbox(storage);
    const two = new Outbox(storage);
    await one.add(response(1), 'key-shared-1');
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const submit: Submit = async (_r, key) => {
      calls++;
      await gate;
      return receipt(key);
    };
    const both = Promise.all([one.flush(submit), two.flush(submit)]);
    await new Promise((r) => setTimeout(r, 10));
    release();
    await both;
    assert.equal(calls, 1);
  });

  it('backs off exponentially, capped, never below Retry-After, and resets', async () => {
    const outbox = new Outbox(memoryStorage(), { base: 1000, max: 8000, random: () => 1 });
    await outbox.add(response(1));
    const fail: Submit = async () => {
      throw new NetworkError(null);
    };
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      await outbox.flush(fail);
      delays.push(outbox.nextDelay());
    }
    assert.deepEqual(delays, [1000, 2000, 4000, 8000, 8000]);
    await outbox.flush(async () => {
      throw new HttpError({ status: 429, retryAfter: 30 });
    });
    assert.equal(outbox.nextDelay(), 30_000);
    outbox.resetBackoff();
    assert.equal(outbox.nextDelay(), 1000);
    const half = new Outbox(memoryStorage(), { base: 1000, random: () => 0 });
    assert.equal(half.nextDelay(), 500, 'equal jitter: at least half the wait');
  });

  it('makes distinct well-formed keys', () => {
    const keys = new Set(Array.from({ length: 100 }, newIdempotencyKey));
    assert.equal(keys.size, 100);
    for (const key of keys) assert.match(key, /^[A-Za-z0-9_-]{8,100}$/);
  });
});

describe('outbox storage', () => {
  it('localStorage fallback keeps entries across instances (a reload) and drops the item when empty', async () => {
    const area = fakeLocalStorage();
    const first = webStorage(area, 'box');
    await first.put({ key: 'key-00000001', response: response(1), queuedAt: '2025-01-01T00:00:00.000Z', attempts: 0 });
    const reloaded = webStorage(area, 'box');
    assert.deepEqual((await reloaded.list()).map((e) => e.key), ['key-00000001']);
    await reloaded.remove('key-00000001');
    assert.equal(area.map.has('box'), false);
  });

  it('ignores garbage in localStorage', async () => {
    const area = fakeLocalStorage();
    area.setItem('box', '{not json');
    assert.deepEqual(await webStorage(area, 'box').list(), []);
    area.setItem('box', JSON.stringify([{ key: 1 }, { key: 'ok-000001', response: response(1), queuedAt: 'x', attempts: 0 }]));
    assert.deepEqual((await webStorage(area, 'box').list()).map((e) => e.key), ['ok-000001']);
  });

  it('falls back to the next backend when one fails', async () => {
    const broken: OutboxStorage = {
      kind: 'indexeddb',
      list: async () => {
        throw new Error('blocked');
      },
      put: async () => {
        throw new Error('blocked');
      },
      remove: async () => {
        throw new Error('blocked');
      },
    };
    const storage = fallbackStorage([broken, webStorage(fakeLocalStorage(), 'box'), memoryStorage()]);
    await storage.put({ key: 'key-00000001', response: response(1), queuedAt: '2025-01-01T00:00:00.000Z', attempts: 0 });
    assert.equal(storage.kind, 'localstorage');
    assert.equal((await storage.list()).length, 1);
  });
});
