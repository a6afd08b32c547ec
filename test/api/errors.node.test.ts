/**
 * Error paths of the SDK over real loopback HTTP against a scripted, misbehaving server.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AbortError,
  HttpError,
  NetworkError,
  TimeoutError,
  ValidationError,
  createClient,
  isAbortError,
  isHttpError,
  isMotcuaError,
  isNetworkError,
  isTimeoutError,
  isValidationError,
  type Dossier,
  type SurveyResponse,
} from '../../src/index.js';
import { HOLIDAYS_2025, json, startMisbehaving, type Misbehaving } from './misbehaving-server.js';

const DOSSIER: Dossier = {
  code: '000.00.53.H48-250921-0099',
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
  receivingAgency: 'UBND phường Bến Thành',
  status: 4,
  applicant: { name: 'N*** V*** A' },
  channel: 'in-person',
  receivedAt: '2025-09-21T08:15:00+07:00',
  appointmentDate: '2025-09-24',
  timeliness: 'in-progress',
  timeline: [{ title: 'Tiếp nhận', agency: 'Bộ phận Một cửa', state: 'done' }],
  delivery: 'desk',
};
const LOOKUP = { code: DOSSIER.code, lookupKey: 'AB12CD' };
const RESPONSE: SurveyResponse = {
  formId: 'sipas-2025',
  formVersion: 1,
  answers: { overall: 'satisfied' },
  channel: 'web',
};
const RECEIPT = { id: 'r-1', receivedAt: '2025-09-22T08:00:00+07:00', duplicate: false };

let server: Misbehaving;
before(async () => {
  server = await startMisbehaving();
});
after(() => server.close());

/** Fast backoff so retry tests take milliseconds, except where the wait itself is the point. */
function client(extra: Partial<Parameters<typeof createClient>[0]> = {}) {
  return createClient({ baseUrl: server.baseUrl, retry: { limit: 2, backoffLimit: 20 }, ...extra });
}

async function rejectsWith<E>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof type, `expected ${type.name}, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected ${type.name}, but the call succeeded`);
}

describe('timeouts', () => {
  it('a server slower than the timeout gives TimeoutError carrying the limit', async () => {
    // A limit long enough for the request to reach the server on a busy machine, far below the answer.
    server.use((_req, res) => setTimeout(() => json(res, 200, HOLIDAYS_2025), 5000).unref());
    const error = await rejectsWith(client({ timeout: 1000 }).calendar.holidays(2025), TimeoutError);
    assert.equal(error.timeout, 1000);
    assert.equal(error.name, 'TimeoutError');
    assert.ok(isTimeoutError(error) && isMotcuaError(error));
    assert.match(error.message, /không trả lời/);
    assert.equal(server.hits.length, 1, 'a timeout is not retried');
  });

  it('a body that stalls after the headers also times out', async () => {
    server.use((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"year": 2025, "holidays": [');
    });
    const error = await rejectsWith(client({ timeout: 200 }).calendar.holidays(2025), TimeoutError);
    assert.equal(error.timeout, 200);
  });

  it('aborting while the body streams gives AbortError', async () => {
    server.use((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"year": 2025, ');
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await rejectsWith(client({ timeout: 5000 }).calendar.holidays(2025, { signal: controller.signal }), AbortError);
  });

  it('a per-call timeout overrides the client default', async () => {
    server.use((_req, res) => setTimeout(() => json(res, 200, HOLIDAYS_2025), 300).unref());
    const error = await rejectsWith(client({ timeout: 5000 }).calendar.holidays(2025, { timeout: 100 }), TimeoutError);
    assert.equal(error.timeout, 100);
    const ok = await client({ timeout: 100 }).calendar.holidays(2025, { timeout: 3000 });
    assert.equal(ok.year, 2025);
  });
});

describe('retries', () => {
  it('GET: 503 twice then 200 is retried and succeeds', async () => {
    server.use((_req, res, _hit, i) =>
      i < 2 ? json(res, 503, { error: { code: 'UNAVAILABLE', message: 'Bảo trì' } }) : json(res, 200, HOLIDAYS_2025),
    );
    const list = await client().calendar.holidays(2025);
    assert.deepEqual(list, HOLIDAYS_2025);
    assert.equal(server.hits.length, 3);
    assert.ok(server.hits.every((h) => h.url === '/api/v1/holidays?year=2025'));
  });

  it('GET: gives up after the limit with the last HttpError', async () => {
    server.use((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<h1>Bad gateway</h1>');
    });
    const error = await rejectsWith(client({ retry: { limit: 1, backoffLimit: 10 } }).roster.week('2025-W39'), HttpError);
    assert.equal(error.status, 502);
    assert.equal(error.code, 'HTTP_502', 'no ErrorBody: the code falls back to the status');
    assert.equal(error.body, undefined);
    assert.equal(server.hits.length, 2);
  });

  it('429 with Retry-After: 1 waits about a second before the next try', async () => {
    server.use((_req, res, _hit, i) =>
      i === 0
        ? json(res, 429, { error: { code: 'RATE_LIMITED', message: 'Quá nhiều yêu cầu' } }, { 'retry-after': '1' })
        : json(res, 200, HOLIDAYS_2025),
    );
    await client().calendar.holidays(2025);
    assert.equal(server.hits.length, 2);
    const [first, second] = server.hits;
    // The backoff limit is 20 ms here, so only honouring Retry-After explains a gap near a second.
    assert.ok(second!.at - first!.at >= 900, `waited ${Math.round(second!.at - first!.at)} ms`);
  });

  it('a Retry-After beyond maxRetryAfter is not waited for; the error carries it', async () => {
    server.use((_req, res) =>
      json(res, 429, { error: { code: 'RATE_LIMITED', message: 'Quá nhiều yêu cầu' } }, { 'retry-after': '120' }),
    );
    const error = await rejectsWith(client().procedures.fields(), HttpError);
    assert.equal(error.status, 429);
    assert.equal(error.code, 'RATE_LIMITED');
    assert.equal(error.retryAfter, 120);
    assert.equal(server.hits.length, 1);
  });

  it('4xx answers (validation, not found) are never retried', async () => {
    server.use((_req, res) =>
      json(res, 400, {
        error: { code: 'INVALID_QUERY', message: 'Tham số không hợp lệ', details: [{ path: 'week', message: 'sai' }] },
      }),
    );
    const error = await rejectsWith(client().roster.week('2025-W39'), HttpError);
    assert.equal(error.code, 'INVALID_QUERY');
    assert.deepEqual(error.details, [{ path: 'week', message: 'sai' }]);
    assert.deepEqual(error.body?.details, [{ path: 'week', message: 'sai' }]);
    assert.match(error.message, /Tham số không hợp lệ/);
    assert.equal(server.hits.length, 1);
  });

  it('POST lookup: a 500 is not retried (the server may have counted the guess)', async () => {
    server.use((_req, res) => json(res, 500, { error: { code: 'INTERNAL', message: 'Lỗi máy chủ' } }));
    const error = await rejectsWith(client().dossiers.lookup(LOOKUP), HttpError);
    assert.equal(error.status, 500);
    assert.equal(server.hits.length, 1);
  });

  it('POST lookup: a 429 is not retried, whatever Retry-After says', async () => {
    server.use((_req, res) =>
      json(res, 429, { error: { code: 'RATE_LIMITED', message: 'Thử lại sau' } }, { 'retry-after': '1' }),
    );
    const error = await rejectsWith(client().dossiers.lookup(LOOKUP), HttpError);
    assert.equal(error.retryAfter, 1);
    assert.equal(server.hits.length, 1);
  });

  it('POST lookup: 503 (nothing counted) is retried and the same body resent', async () => {
    server.use((_req, res, _hit, i) => (i === 0 ? json(res, 503, { error: { code: 'UNAVAILABLE', message: 'x' } }) : json(res, 200, DOSSIER)));
    const dossier = await client().dossiers.lookup({ code: ` ${DOSSIER.code.toLowerCase()} `, lookupKey: 'AB12CD' });
    assert.equal(dossier.code, DOSSIER.code);
    assert.equal(server.hits.length, 2);
    for (const hit of server.hits) {
      assert.equal(hit.method, 'POST');
      assert.deepEqual(JSON.parse(hit.body), LOOKUP, 'code trimmed and upper-cased before sending');
      assert.match(String(hit.headers['content-type']), /application\/json/);
    }
  });

  it('surveys.submit: retried through 503 with the same Idempotency-Key on every try', async () => {
    server.use((_req, res, _hit, i) => (i < 2 ? json(res, 503, { error: { code: 'UNAVAILABLE', message: 'x' } }) : json(res, 201, RECEIPT)));
    const receipt = await client().surveys.submit(RESPONSE);
    assert.deepEqual(receipt, RECEIPT);
    assert.equal(server.hits.length, 3);
    const keys = new Set(server.hits.map((h) => h.headers['idempotency-key']));
    assert.equal(keys.size, 1);
    const [key] = keys;
    assert.match(String(key), /^[0-9a-f-]{36}$/, 'a UUID by default');
  });

  it('surveys.submit: a given key is sent; two calls without one get different keys', async () => {
    server.use((_req, res) => json(res, 201, RECEIPT));
    await client().surveys.submit(RESPONSE, { idempotencyKey: 'queued-0001' });
    await client().surveys.submit(RESPONSE);
    await client().surveys.submit(RESPONSE);
    assert.equal(server.hits[0]!.headers['idempotency-key'], 'queued-0001');
    assert.notEqual(server.hits[1]!.headers['idempotency-key'], server.hits[2]!.headers['idempotency-key']);
  });

  it('surveys.submit: without crypto.randomUUID (plain-HTTP pages) the key is 32 random hex digits', async () => {
    server.use((_req, res) => json(res, 201, RECEIPT));
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      await client().surveys.submit(RESPONSE);
      await client().surveys.submit(RESPONSE);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    const [a, b] = server.hits.map((h) => String(h.headers['idempotency-key']));
    assert.match(a!, /^[0-9a-f]{32}$/);
    assert.notEqual(a, b);
    assert.equal(typeof crypto.randomUUID, 'function', 'restored');
  });

  it('surveys.submit: a timed-out try is retried with the same key (the first may have been stored)', async () => {
    // Timeouts far from the answers' times, so a busy machine cannot turn the quick answer into a timeout too.
    server.use((_req, res, _hit, i) => (i === 0 ? setTimeout(() => json(res, 201, RECEIPT), 5000).unref() : json(res, 200, { ...RECEIPT, duplicate: true })));
    const receipt = await client({ timeout: 1000 }).surveys.submit(RESPONSE, { idempotencyKey: 'timeout-key-1' });
    assert.equal(receipt.duplicate, true);
    assert.equal(server.hits.length, 2);
    assert.deepEqual(server.hits.map((h) => h.headers['idempotency-key']), ['timeout-key-1', 'timeout-key-1']);
  });

  it('surveys.submit: an answer cut off after its headers is retried; a read is not', async () => {
    const cutThenAnswer = (i: number, res: import('node:http').ServerResponse, body: unknown) => {
      if (i > 0) return json(res, 200, body);
      res.writeHead(201, { 'content-type': 'application/json' });
      res.write('{"id": "r-');
      setTimeout(() => res.socket?.destroy(), 20).unref();
    };
    server.use((_req, res, _hit, i) => cutThenAnswer(i, res, { ...RECEIPT, duplicate: true }));
    const receipt = await client().surveys.submit(RESPONSE, { idempotencyKey: 'cut-key-0001' });
    assert.equal(receipt.duplicate, true);
    assert.equal(server.hits.length, 2);
    server.use((_req, res, _hit, i) => cutThenAnswer(i, res, HOLIDAYS_2025));
    await rejectsWith(client().calendar.holidays(2025), NetworkError);
    assert.equal(server.hits.length, 1, 'reads keep their old rule: a cut body is not retried');
  });

  it('surveys.submit: a reset connection is retried; giving up, the error carries the key', async () => {
    server.use((req) => req.socket.destroy());
    const error = await rejectsWith(client({ retry: { limit: 2, backoffLimit: 10 } }).surveys.submit(RESPONSE, { idempotencyKey: 'reset-key-01' }), NetworkError);
    assert.equal(server.hits.length, 3);
    assert.equal(error.idempotencyKey, 'reset-key-01', 'the caller can send it again later with this key');
    server.use((_req, res) => setTimeout(() => json(res, 201, RECEIPT), 5000).unref());
    const timeout = await rejectsWith(client({ timeout: 300, retry: { limit: 1, backoffLimit: 10 } }).surveys.submit(RESPONSE), TimeoutError);
    assert.equal(server.hits.length, 2, 'one retry after the timeout');
    assert.match(timeout.idempotencyKey ?? '', /^[0-9a-f-]{36}$/, 'a generated key is carried too');
  });

  it('retry: 0 disables retries', async () => {
    server.use((_req, res) => json(res, 503, { error: { code: 'UNAVAILABLE', message: 'x' } }));
    await rejectsWith(createClient({ baseUrl: server.baseUrl, retry: 0 }).procedures.fields(), HttpError);
    assert.equal(server.hits.length, 1);
  });
});

describe('bad answers', () => {
  it('an answer that breaks the schema gives ValidationError naming the path', async () => {
    server.use((_req, res) => json(res, 200, { items: [{ code: '   ', name: 'Hộ tịch', count: 3 }] }));
    const error = await rejectsWith(client().procedures.fields(), ValidationError);
    assert.equal(error.where, 'response');
    assert.equal(error.issues[0]!.path, 'items.0.code');
    assert.match(error.message, /^Phản hồi không hợp lệ tại items\.0\.code: /);
    assert.ok(isValidationError(error));
    assert.equal(server.hits.length, 1, 'a bad answer is not retried');
  });

  it('names nested paths and lists every issue', async () => {
    server.use((_req, res) => json(res, 200, { ...DOSSIER, status: 11, timeline: [{ title: 'x', agency: 'y', state: 'later' }] }));
    const error = await rejectsWith(client().dossiers.lookup(LOOKUP), ValidationError);
    const paths = error.issues.map((i) => i.path).sort();
    assert.deepEqual(paths, ['status', 'timeline.0.state']);
  });

  it('a body that is not JSON gives ValidationError at the root', async () => {
    server.use((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><p>Cổng thông tin</p>');
    });
    const error = await rejectsWith(client().calendar.holidays(2025), ValidationError);
    assert.equal(error.where, 'response');
    assert.equal(error.issues[0]!.path, '');
    assert.match(error.message, /JSON/);
  });

  it('an error status with an error body keeps the server code and message', async () => {
    server.use((_req, res) => json(res, 404, { error: { code: 'DOSSIER_NOT_FOUND', message: 'Không tìm thấy hồ sơ' } }));
    const error = await rejectsWith(client().dossiers.lookup(LOOKUP), HttpError);
    assert.equal(error.status, 404);
    assert.equal(error.code, 'DOSSIER_NOT_FOUND');
    assert.equal(error.body?.message, 'Không tìm thấy hồ sơ');
    assert.equal(error.name, 'HttpError');
    assert.ok(isHttpError(error));
  });
});

describe('network', () => {
  it('a reset connection gives NetworkError after the retries', async () => {
    server.use((req) => req.socket.destroy());
    const error = await rejectsWith(client({ retry: { limit: 1, backoffLimit: 10 } }).procedures.fields(), NetworkError);
    assert.ok(isNetworkError(error));
    assert.ok(error.cause, 'the fetch failure is kept as cause');
    assert.equal(server.hits.length, 2, 'network errors on reads are retried');
  });

  it('nothing listening gives NetworkError', async () => {
    const dead = await startMisbehaving();
    const url = dead.baseUrl;
    await dead.close();
    await rejectsWith(createClient({ baseUrl: url, retry: 0 }).procedures.fields(), NetworkError);
  });
});

describe('abort', () => {
  it('an already aborted signal fails at once without a request', async () => {
    server.use((_req, res) => json(res, 200, HOLIDAYS_2025));
    const controller = new AbortController();
    controller.abort();
    const error = await rejectsWith(client().calendar.holidays(2025, { signal: controller.signal }), AbortError);
    assert.ok(isAbortError(error));
    assert.equal(server.hits.length, 0);
  });

  it('aborting during the request gives AbortError, not a retry', async () => {
    server.use((_req, res) => setTimeout(() => json(res, 200, HOLIDAYS_2025), 2000).unref());
    const controller = new AbortController();
    const call = client().calendar.holidays(2025, { signal: controller.signal });
    while (server.hits.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await rejectsWith(call, AbortError);
    assert.equal(server.hits.length, 1);
  });

  it('aborting during a retry wait gives AbortError', async () => {
    server.use((_req, res) => json(res, 503, { error: { code: 'UNAVAILABLE', message: 'x' } }, { 'retry-after': '5' }));
    const controller = new AbortController();
    const call = client().surveys.submit(RESPONSE, { signal: controller.signal });
    while (server.hits.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort(new Error('user left the page'));
    const error = await rejectsWith(call, AbortError);
    assert.equal((error.cause as Error).message, 'user left the page');
    assert.equal(server.hits.length, 1);
  });
});

describe('request validation', () => {
  it('rejects bad input before any request is made', async () => {
    server.use((_req, res) => json(res, 200, {}));
    const api = client();
    const cases: Array<[Promise<unknown>, string]> = [
      [api.dossiers.lookup({ code: 'HS-123', lookupKey: 'AB12CD' }), 'code'],
      [api.dossiers.lookup({ code: DOSSIER.code, lookupKey: 'a!' }), 'lookupKey'],
      [api.procedures.get('khai-sinh'), 'code'],
      [api.procedures.search({ pageSize: 500 }), 'pageSize'],
      [api.procedures.search({ level: 'district-x' as never }), 'level'],
      [api.roster.week('2025-39'), 'week'],
      [api.stats.get({ from: '2025-13-01' }), 'from'],
      [api.calendar.holidays(25), 'year'],
      [api.surveys.form({ dossier: 'abc' }), 'dossier'],
      [api.surveys.submit({ ...RESPONSE, channel: 'fax' as never }), 'response.channel'],
      [api.surveys.submit(RESPONSE, { idempotencyKey: 'short' }), 'idempotencyKey'],
    ];
    for (const [call, path] of cases) {
      const error = await rejectsWith(call, ValidationError);
      assert.equal(error.where, 'request');
      assert.equal(error.issues[0]!.path, path);
      assert.match(error.message, new RegExp(`^Yêu cầu không hợp lệ tại ${path.replace('.', '\\.')}: `));
    }
    assert.equal(server.hits.length, 0);
  });

  it('messages are Vietnamese, keeping the schema’s own wording', async () => {
    const error = await rejectsWith(client().dossiers.lookup({ code: 'x', lookupKey: 'AB12CD' }), ValidationError);
    assert.match(error.issues[0]!.message, /mã hồ sơ không hợp lệ/);
    const typed = await rejectsWith(client().procedures.search({ page: 'hai' as never }), ValidationError);
    assert.match(typed.issues[0]!.message, /không hợp lệ|mong đợi/);
  });
});

describe('options', () => {
  it('sends configured headers and runs the ky hooks', async () => {
    server.use((_req, res) => json(res, 200, HOLIDAYS_2025));
    const seen: string[] = [];
    const api = client({
      headers: { 'x-portal': 'hcm' },
      hooks: {
        beforeRequest: [(request) => void seen.push(`before ${request.method} ${new URL(request.url).pathname}`)],
        afterResponse: [(_request, _options, response) => void seen.push(`after ${response.status}`)],
      },
    });
    await api.calendar.holidays(2025);
    assert.equal(server.hits[0]!.headers['x-portal'], 'hcm');
    assert.deepEqual(seen, ['before GET /api/v1/holidays', 'after 200']);
  });

  it('runs beforeRetry hooks with the retry count', async () => {
    server.use((_req, res, _hit, i) => (i < 2 ? json(res, 503, { error: { code: 'UNAVAILABLE', message: 'x' } }) : json(res, 200, HOLIDAYS_2025)));
    const counts: number[] = [];
    await client({ hooks: { beforeRetry: [({ retryCount }) => void counts.push(retryCount)] } }).calendar.holidays(2025);
    assert.deepEqual(counts, [1, 2]);
  });

  it('uses the given fetch', async () => {
    server.use((_req, res) => json(res, 200, HOLIDAYS_2025));
    let calls = 0;
    const api = client({
      fetch: (input, init) => {
        calls += 1;
        return fetch(input, init);
      },
    });
    await api.calendar.holidays(2025);
    assert.equal(calls, 1);
    assert.equal(server.hits.length, 1);
  });

  it('requires a baseUrl', () => {
    assert.throws(() => createClient({ baseUrl: '' }), TypeError);
  });
});

describe('type guards', () => {
  it('recognise errors from another copy of the SDK (CDN file and npm copy on one page)', async () => {
    const here = await import('../../src/api/errors.js');
    // A query string makes the loader evaluate the module again: a second copy with its own classes.
    const other = (await import(`${new URL('../../src/api/errors.ts', import.meta.url).href}?copy=2`)) as typeof here;
    assert.notEqual(other.HttpError, here.HttpError);
    const foreign = new other.HttpError({ status: 404 });
    assert.equal(foreign instanceof here.HttpError, false);
    assert.equal(here.isHttpError(foreign), true);
    assert.equal(here.isMotcuaError(foreign), true);
    assert.equal(here.isNetworkError(foreign), false);
    assert.equal(here.isTimeoutError(new other.TimeoutError(1000)), true);
    assert.equal(here.isAbortError(new other.AbortError()), true);
    assert.equal(here.isValidationError(new other.ValidationError('response', [])), true);
    assert.equal(here.isNetworkError(new other.NetworkError(new Error('x'))), true);
    // A look-alike without the brand is not taken for one.
    const fake = Object.assign(new Error('x'), { name: 'HttpError', status: 404 });
    assert.equal(here.isHttpError(fake), false);
  });
});
