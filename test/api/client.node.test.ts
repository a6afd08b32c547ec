/**
 * Every SDK call over real HTTP against the real reference server (server/app.ts) on loopback.
 */
import assert from 'node:assert/strict';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { DEMO_LOOKUPS } from '../../server/data/index.js';
import { HttpError, ValidationError, createClient, type MotcuaClient } from '../../src/index.js';
import { RECEIPTS, TYPED_CODES, TYPED_KEYS } from '../fixtures/dossier-codes.js';
import { sharedDatabase } from '../server/db.js';
import { answerAll, startReference, type Reference } from './reference-server.js';

let server: Reference;
let api: MotcuaClient;
before(async () => {
  server = await startReference();
  api = createClient({ baseUrl: server.baseUrl });
});
after(() => server.close());

const demo = DEMO_LOOKUPS[0]!;

async function rejectsWith<E>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof type, `expected ${type.name}, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected ${type.name}, but the call succeeded`);
}

/** How many responses the server stored under this idempotency key. */
async function storedWithKey(key: string): Promise<number> {
  const db = await sharedDatabase();
  const rows = await db.query<{ n: number }>(
    `select count(*)::int as n from survey_responses r join idempotency_keys k on k.result_id = r.id where k.key = $1`,
    [key],
  );
  return Number(rows[0]!.n);
}

describe('procedures', () => {
  it('search() without a query pages the whole catalogue with facets', async () => {
    const page = await api.procedures.search();
    assert.equal(page.page, 1);
    assert.equal(page.pageSize, 20);
    assert.equal(page.items.length, 20);
    assert.ok(page.total >= 300, `total ${page.total}`);
    assert.ok(page.facets.field.length > 3);
    assert.equal(
      page.facets.field.reduce((sum, f) => sum + f.count, 0),
      page.total,
      'every procedure has one field',
    );
  });

  it('search() with a query finds matching procedures, diacritics optional', async () => {
    const page = await api.procedures.search({ q: 'khai sinh' });
    assert.ok(page.total > 0);
    const first = page.items[0]!;
    assert.match(first.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(), /khai sinh/);
  });

  it('search() with filters returns only matching items and consistent paging', async () => {
    const fields = await api.procedures.fields();
    const field = fields.find((f) => f.count >= 6)!;
    const page1 = await api.procedures.search({ field: field.code, pageSize: 3 });
    const page2 = await api.procedures.search({ field: field.code, pageSize: 3, page: 2 });
    assert.equal(page1.total, field.count);
    assert.ok(page1.items.every((p) => p.field.code === field.code));
    assert.equal(page2.page, 2);
    assert.equal(page2.items.length, 3);
    const codes = new Set([...page1.items, ...page2.items].map((p) => p.code));
    assert.equal(codes.size, 6, 'pages do not overlap');

    const commune = await api.procedures.search({ level: 'commune', channel: 'online', pageSize: 100 });
    assert.ok(commune.total > 0);
    assert.ok(commune.items.every((p) => p.levels.includes('commune') && p.channels.includes('online')));
  });

  it('get() returns the full procedure; an unknown code is HttpError 404', async () => {
    const { items } = await api.procedures.search({ q: 'khai sinh', pageSize: 1 });
    const procedure = await api.procedures.get(items[0]!.code);
    assert.equal(procedure.code, items[0]!.code);
    assert.ok(procedure.channels.length > 0);
    assert.ok(procedure.documents.length > 0);
    const error = await rejectsWith(api.procedures.get('9.999999'), HttpError);
    assert.equal(error.status, 404);
  });

  it('fields() lists fields with counts that add up to the catalogue', async () => {
    const [fields, all] = await Promise.all([api.procedures.fields(), api.procedures.search({ pageSize: 1 })]);
    assert.ok(fields.length >= 10);
    assert.equal(
      fields.reduce((sum, f) => sum + f.count, 0),
      all.total,
    );
  });
});

describe('dossiers', () => {
  it('lookup() with a demo code and key returns the dossier', async () => {
    const dossier = await api.dossiers.lookup({ code: demo.code, lookupKey: demo.lookupKey });
    assert.equal(dossier.code, demo.code);
    assert.ok(dossier.timeline.length > 0);
  });

  it('lookup() accepts the code typed in lower case with spaces', async () => {
    const dossier = await api.dossiers.lookup({ code: `  ${demo.code.toLowerCase()} `, lookupKey: demo.lookupKey });
    assert.equal(dossier.code, demo.code);
  });

  it('lookup() sends every typed form of the shared table as the server compares it', async () => {
    for (const [i, [codeForm, code]] of TYPED_CODES.entries()) {
      const [keyForm, key] = TYPED_KEYS[i % TYPED_KEYS.length]!;
      const dossier = await api.dossiers.lookup({ code: code(demo.code), lookupKey: key(demo.lookupKey) });
      assert.equal(dossier.code, demo.code, `${codeForm} / ${keyForm}`);
    }
    // A receipt's text pasted whole into the code field still finds the code.
    const receipt = RECEIPTS[0]!.text(demo.code, demo.lookupKey);
    assert.equal((await api.dossiers.lookup({ code: receipt, lookupKey: demo.lookupKey })).code, demo.code);
  });

  it('a wrong key and an unknown code both give HttpError 404 DOSSIER_NOT_FOUND', async () => {
    const wrong = await rejectsWith(api.dossiers.lookup({ code: demo.code, lookupKey: 'WRONG99' }), HttpError);
    assert.equal(wrong.status, 404);
    assert.equal(wrong.code, 'DOSSIER_NOT_FOUND');
    const unknown = await rejectsWith(api.dossiers.lookup({ code: '000.00.99.H99-200101-0001', lookupKey: 'ABCD12' }), HttpError);
    assert.equal(unknown.code, 'DOSSIER_NOT_FOUND');
    assert.equal(unknown.body?.message, wrong.body?.message, 'nothing tells the two apart');
  });
});

describe('surveys', () => {
  it('form() gives the generic form; form({ dossier, lookupKey | token }) fills the dossier in', async () => {
    const form = await api.surveys.form();
    assert.equal(form.id, 'sipas-2025');
    assert.equal(form.dossier, undefined);
    const withKey = await api.surveys.form({ dossier: demo.code, lookupKey: demo.lookupKey.toLowerCase() });
    assert.equal(withKey.dossier?.code, demo.code);
    const { access } = await api.dossiers.lookup({ code: demo.code, lookupKey: demo.lookupKey });
    assert.ok(access && Date.parse(access.expiresAt) > Date.now(), 'a look-up returns a token for the survey');
    const withToken = await api.surveys.form({ dossier: demo.code, token: access.token });
    assert.deepEqual(withToken, withKey);
  });

  it('form() for a dossier: no credential is refused before sending; a wrong one is the look-up’s 404', async () => {
    const missing = await rejectsWith(api.surveys.form({ dossier: demo.code }), ValidationError);
    assert.equal(missing.where, 'request');
    assert.equal(missing.issues[0]?.path, 'lookupKey');
    const lookupError = await rejectsWith(api.dossiers.lookup({ code: demo.code, lookupKey: 'WRONG98' }), HttpError);
    const wrong = await rejectsWith(api.surveys.form({ dossier: demo.code, lookupKey: 'WRONG98' }), HttpError);
    const unknown = await rejectsWith(api.surveys.form({ dossier: '000.00.99.H99-200101-0001', lookupKey: 'ABCD12' }), HttpError);
    for (const error of [wrong, unknown]) {
      assert.equal(error.status, 404);
      assert.deepEqual(error.body, lookupError.body);
    }
  });

  it('submit() for a dossier with its token; a second response is 409 SURVEY_ALREADY_SUBMITTED carrying its key', async () => {
    const { access } = await api.dossiers.lookup({ code: demo.code, lookupKey: demo.lookupKey });
    const form = await api.surveys.form({ dossier: demo.code, token: access!.token });
    const response = { ...answerAll(form), dossierCode: demo.code };
    const receipt = await api.surveys.submit(response, { token: access!.token });
    assert.equal(receipt.duplicate, false);
    const again = await rejectsWith(api.surveys.submit(response, { token: access!.token, idempotencyKey: 'second-try-01' }), HttpError);
    assert.equal(again.status, 409);
    assert.equal(again.code, 'SURVEY_ALREADY_SUBMITTED');
    assert.equal(again.idempotencyKey, 'second-try-01');
  });

  it('every error from submit() carries the idempotency key it used, given or generated', async () => {
    const form = await api.surveys.form();
    const incomplete = { ...answerAll(form), answers: {} };
    const generated = await rejectsWith(api.surveys.submit(incomplete), HttpError);
    assert.equal(generated.status, 422);
    assert.match(generated.idempotencyKey ?? '', /^[0-9a-f-]{36}$/);
    const given = await rejectsWith(api.surveys.submit(incomplete, { idempotencyKey: 'given-key-001' }), HttpError);
    assert.equal(given.idempotencyKey, 'given-key-001');
    const noCredential = await rejectsWith(api.surveys.submit({ ...answerAll(form), dossierCode: demo.code }, { idempotencyKey: 'given-key-002' }), ValidationError);
    assert.equal(noCredential.idempotencyKey, 'given-key-002');
    const dead = createClient({ baseUrl: 'http://127.0.0.1:1/api/v1', retry: 0 });
    const offline = await rejectsWith(dead.surveys.submit(answerAll(form), { idempotencyKey: 'given-key-003' }), Error);
    assert.equal((offline as { idempotencyKey?: string }).idempotencyKey, 'given-key-003');
  });

  it('submit() twice with the same key returns the same id and stores once', async () => {
    const form = await api.surveys.form();
    const response = answerAll(form);
    const key = `sdk-test-${Date.now()}`;
    const first = await api.surveys.submit(response, { idempotencyKey: key });
    const again = await api.surveys.submit(response, { idempotencyKey: key });
    assert.equal(first.duplicate, false);
    assert.equal(again.id, first.id);
    assert.equal(again.duplicate, true);
    assert.equal(await storedWithKey(key), 1);

    const conflict = await rejectsWith(api.surveys.submit(answerAll(form, () => 1), { idempotencyKey: key }), HttpError);
    assert.equal(conflict.status, 409);
    assert.equal(conflict.code, 'IDEMPOTENCY_CONFLICT');
  });

  it('submit() without a key gets a fresh one per call: two stored responses', async () => {
    const form = await api.surveys.form();
    const a = await api.surveys.submit(answerAll(form));
    const b = await api.surveys.submit(answerAll(form));
    assert.notEqual(a.id, b.id);
  });

  it('the server’s 422 for an incomplete response names the criterion', async () => {
    const form = await api.surveys.form();
    const response = answerAll(form);
    const required = form.sections.flatMap((s) => s.criteria).find((c) => c.required && !c.prefilled)!;
    delete response.answers[required.id];
    const error = await rejectsWith(api.surveys.submit(response), HttpError);
    assert.equal(error.status, 422);
    assert.ok(error.details.some((d) => d.path === `answers.${required.id}`), JSON.stringify(error.details));
  });

  it('submit() retried through a 503 (answer lost after storing) is stored once', async () => {
    // A proxy that forwards the first POST to the real server, then throws the answer away and
    // says 503, as a gateway timing out would: the client must retry with the same key.
    let posts = 0;
    const proxy = createServer((req, res) => {
      const upstream = httpRequest(
        `${server.url}${req.url}`,
        { method: req.method, headers: req.headers },
        (answer) => {
          if (req.method === 'POST' && posts++ === 0) {
            answer.resume();
            answer.on('end', () => {
              res.writeHead(503, { 'content-type': 'text/plain' });
              res.end('Service Unavailable');
            });
            return;
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = proxy.address() as AddressInfo;
      const viaProxy = createClient({ baseUrl: `http://127.0.0.1:${port}/api/v1`, retry: { limit: 2, backoffLimit: 50 } });
      const form = await viaProxy.surveys.form();
      const key = `lost-answer-${Date.now()}`;
      const receipt = await viaProxy.surveys.submit(answerAll(form), { idempotencyKey: key });
      assert.equal(posts, 2, 'one retry');
      assert.equal(receipt.duplicate, true, 'the server had stored the first try');
      assert.equal(await storedWithKey(key), 1);
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});

describe('roster, stats, holidays', () => {
  it('roster.week() gives the current week; a named week comes back as asked', async () => {
    const current = await api.roster.week();
    assert.equal(current.days.length, 7);
    const named = await api.roster.week(current.week);
    assert.equal(named.week, current.week);
    const empty = await api.roster.week('2019-W10');
    assert.equal(empty.days.length, 7, 'a week without data still has its seven days');
  });

  it('stats.get() with defaults and with a quarterly range', async () => {
    const stats = await api.stats.get();
    assert.equal(stats.groupBy, 'month');
    assert.equal(stats.totals.resolved, stats.totals.early + stats.totals.onTime + stats.totals.late);
    const year = Number(stats.to.slice(0, 4)) - 1;
    const quarterly = await api.stats.get({ from: `${year}-01-01`, to: `${year}-12-31`, groupBy: 'quarter' });
    assert.equal(quarterly.groupBy, 'quarter');
    assert.deepEqual(
      quarterly.byPeriod.map((p) => p.period),
      [1, 2, 3, 4].map((q) => `${year}-Q${q}`),
    );
    const error = await rejectsWith(api.stats.get({ from: `${year}-12-31`, to: `${year}-01-01` }), HttpError);
    assert.equal(error.status, 400);
  });

  it('calendar.holidays() gives a year’s days off; an unknown year is empty, not 404', async () => {
    const list = await api.calendar.holidays(2025);
    assert.equal(list.year, 2025);
    assert.ok(list.holidays.some((h) => h.date === '2025-09-02'));
    const none = await api.calendar.holidays(2031);
    assert.deepEqual([none.holidays.length, none.workdays.length], [0, 0]);
  });
});

describe('rate limit on look-ups', () => {
  let limited: Reference;
  before(async () => {
    limited = await startReference({ rateLimits: { lookupFailures: { limit: 3, windowMs: 60_000 } } });
  });
  after(() => limited.close());

  it('repeated wrong keys end in 429 with retryAfter, never retried by the SDK', async () => {
    const client = createClient({ baseUrl: limited.baseUrl });
    for (let i = 0; i < 3; i++) {
      await rejectsWith(client.dossiers.lookup({ code: demo.code, lookupKey: `WRONG${i}` }), HttpError);
    }
    const error = await rejectsWith(client.dossiers.lookup({ code: demo.code, lookupKey: demo.lookupKey }), HttpError);
    assert.equal(error.status, 429);
    assert.ok(error.retryAfter !== undefined && error.retryAfter > 0, `retryAfter ${error.retryAfter}`);
  });

  it('bad input never reaches the server, so it cannot use up the allowance', async () => {
    const client = createClient({ baseUrl: limited.baseUrl });
    const error = await rejectsWith(client.dossiers.lookup({ code: 'not a code', lookupKey: 'x' }), ValidationError);
    assert.equal(error.where, 'request');
  });
});
