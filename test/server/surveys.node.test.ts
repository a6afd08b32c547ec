// Survey form and responses: the dossier's key or token required (and refused exactly like the
// look-up), the server's clock, the dossier's agency, one response per dossier, idempotency,
// limits, and durability on the embedded database on disk.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Dossier, ErrorBody, Stats, SurveyForm, SurveyReceipt } from '../../src/model/index.js';
import { FIXTURE_TODAY } from './fixture.js';
import { expectError, fixtureServer, getJson, postJson } from './helpers.js';

const DOSSIER = '000.00.53.H48-250901-0001';
const KEY = 'AB12CD';
const OPEN_DOSSIER = '000.00.53.H48-250910-0002';
const OPEN_KEY = 'ZX98YW';
const valid = { formId: 'sipas-2025', formVersion: 1, answers: { time: 'on-time', overall: 'satisfied' }, channel: 'web' };
const forDossier = { formId: 'sipas-2025', formVersion: 1, dossierCode: DOSSIER, answers: { overall: 'very-satisfied' }, channel: 'link' };

const withKey = (key: string) => ({ 'Lookup-Key': key });
const withToken = (token: string) => ({ Authorization: `Bearer ${token}` });
const submit = (body: unknown, key?: string, access: Record<string, string> = {}) =>
  postJson(body, { ...(key === undefined ? {} : { 'Idempotency-Key': key }), ...access });

type Server = Awaited<ReturnType<typeof fixtureServer>>;

async function lookupToken(api: string, code: string, key: string): Promise<string> {
  const { body } = await getJson(api, '/dossiers/lookup', 200, Dossier, postJson({ code, lookupKey: key }));
  assert.ok(body.access, 'a look-up returns a token');
  return body.access.token;
}

/** The look-up's own answer for a code/key that does not open a dossier. */
async function lookupRefusal(api: string): Promise<ErrorBody> {
  return (await expectError(api, '/dossiers/lookup', 404, 'DOSSIER_NOT_FOUND', undefined, postJson({ code: DOSSIER, lookupKey: 'WRONG1' }))).body;
}

const storedCount = async (server: Server, where = 'true', params: unknown[] = []) =>
  Number((await server.database.query<{ n: number }>(`select count(*)::int as n from survey_responses where ${where}`, params))[0]!.n);

describe('GET /surveys/form', () => {
  let server: Server;
  let api: string;
  before(async () => {
    server = await fixtureServer();
    api = `${server.url}/api/v1`;
  });
  after(() => server.close());

  it('without a dossier: the generic form, no credential needed', async () => {
    const { body } = await getJson(api, '/surveys/form', 200, SurveyForm);
    assert.equal(body.id, 'sipas-2025');
    assert.equal(body.dossier, undefined);
    assert.ok(body.sections.every((s) => s.criteria.every((c) => c.prefilled === undefined)));
  });

  it('with a dossier and its key (any case): dossier filled, time prefilled from its timeliness', async () => {
    const path = `/surveys/form?dossier=${encodeURIComponent(' 000.00.53.h48-250901-0001')}`;
    const { body } = await getJson(api, path, 200, SurveyForm, { headers: withKey('ab12cd') });
    assert.equal(body.dossier?.code, DOSSIER);
    assert.equal(body.dossier?.procedureName, 'Thủ tục đăng ký khai sinh');
    assert.equal(body.sections.flatMap((s) => s.criteria).find((c) => c.id === 'time')?.prefilled?.value, 'early');
  });

  it('with the token from a look-up instead of the key; an unfinished dossier has nothing to prefill', async () => {
    const token = await lookupToken(api, OPEN_DOSSIER, OPEN_KEY);
    const { body } = await getJson(api, `/surveys/form?dossier=${OPEN_DOSSIER}`, 200, SurveyForm, { headers: withToken(token) });
    assert.equal(body.dossier?.code, OPEN_DOSSIER);
    assert.equal(body.sections.flatMap((s) => s.criteria).find((c) => c.id === 'time')?.prefilled, undefined);
  });

  it('unknown code, wrong key, another dossier’s token, a forged token: the look-up’s own 404, byte for byte', async () => {
    const refusal = await lookupRefusal(api);
    const otherToken = await lookupToken(api, OPEN_DOSSIER, OPEN_KEY);
    const attempts: Array<[string, Record<string, string>]> = [
      ['000.00.53.H48-250901-9999', withKey(KEY)],
      [DOSSIER, withKey('WRONG2')],
      [DOSSIER, withKey('not a key!')],
      [DOSSIER, withToken(otherToken)],
      [DOSSIER, withToken(`${otherToken.slice(0, -4)}AAAA`)],
    ];
    for (const [code, headers] of attempts) {
      const { body } = await expectError(api, `/surveys/form?dossier=${code}`, 404, 'DOSSIER_NOT_FOUND', undefined, { headers });
      assert.deepEqual(body, refusal, `${code} ${JSON.stringify(headers)}`);
    }
  });

  it('401 without any credential (for any code, so it tells nothing), 400 naming dossier for a malformed code', async () => {
    const known = await expectError(api, `/surveys/form?dossier=${DOSSIER}`, 401, 'DOSSIER_ACCESS_REQUIRED');
    const unknown = await expectError(api, '/surveys/form?dossier=000.00.53.H48-250901-9999', 401, 'DOSSIER_ACCESS_REQUIRED');
    assert.deepEqual(known.body, unknown.body);
    await expectError(api, '/surveys/form?dossier=nope', 400, 'INVALID_QUERY', 'dossier', { headers: withKey(KEY) });
  });

  it('guessing codes through the form is limited with the look-up: then 429 with Retry-After, for both', async () => {
    const limited = await fixtureServer({ rateLimits: { lookupFailures: { limit: 3, windowMs: 60_000 } } });
    try {
      const base = `${limited.url}/api/v1`;
      // Where a thousand codes took a second, three guesses are all a client gets per window.
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) {
        const res = await fetch(`${base}/surveys/form?dossier=000.00.53.H48-250901-${String(1000 + i)}`, { headers: withKey('GUESS1') });
        statuses.push(res.status);
        if (res.status === 429) assert.ok(Number(res.headers.get('retry-after')) >= 1, 'Retry-After on every 429');
        await res.arrayBuffer();
      }
      assert.deepEqual(statuses, [404, 404, 404, ...Array(17).fill(429)]);
      await expectError(base, '/dossiers/lookup', 429, 'TOO_MANY_ATTEMPTS', undefined, postJson({ code: DOSSIER, lookupKey: KEY }));
      await expectError(base, '/surveys/responses', 429, 'TOO_MANY_ATTEMPTS', undefined, submit(forDossier, 'key-g-000001', withKey(KEY)));
    } finally {
      await limited.close();
    }
  });
});

describe('dossier tokens expire', () => {
  it('a genuine token past its time is 401 DOSSIER_TOKEN_EXPIRED (look up again)', async () => {
    const server = await fixtureServer({ tokenTtlMs: 1 });
    try {
      const api = `${server.url}/api/v1`;
      const token = await lookupToken(api, DOSSIER, KEY);
      await expectError(api, `/surveys/form?dossier=${DOSSIER}`, 401, 'DOSSIER_TOKEN_EXPIRED', undefined, { headers: withToken(token) });
      await expectError(api, '/surveys/responses', 401, 'DOSSIER_TOKEN_EXPIRED', undefined, submit(forDossier, 'expired-token-1', withToken(token)));
    } finally {
      await server.close();
    }
  });
});

describe('POST /surveys/responses', () => {
  let server: Server;
  let api: string;
  before(async () => {
    server = await fixtureServer({ rateLimits: { surveys: { limit: 1000, windowMs: 60_000 } } });
    api = `${server.url}/api/v1`;
  });
  after(() => server.close());

  it('201 stores once; the same key and body again is 200 duplicate with the same id', async () => {
    const first = await getJson(api, '/surveys/responses', 201, SurveyReceipt, submit(valid, 'key-00000001'));
    assert.equal(first.body.duplicate, false);
    // Same content, other key order: still the same body.
    const reordered = { channel: 'web', answers: { overall: 'satisfied', time: 'on-time' }, formVersion: 1, formId: 'sipas-2025' };
    const again = await getJson(api, '/surveys/responses', 200, SurveyReceipt, submit(reordered, 'key-00000001'));
    assert.equal(again.body.id, first.body.id);
    assert.equal(again.body.duplicate, true);
    assert.equal(await storedCount(server), 1);
  });

  it('409 when the key comes back with another body', async () => {
    await expectError(api, '/surveys/responses', 409, 'IDEMPOTENCY_CONFLICT', 'Idempotency-Key', submit({ ...valid, comment: 'khác' }, 'key-00000001'));
    assert.equal(await storedCount(server), 1);
  });

  it('concurrent requests with one key store one response', async () => {
    const key = 'concurrent-key-1';
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(`${api}/surveys/responses`, submit(valid, key)).then(async (r) => ({ status: r.status, body: SurveyReceipt.parse(await r.json()) })),
      ),
    );
    assert.equal(results.filter((r) => r.status === 201).length, 1);
    assert.equal(results.filter((r) => r.status === 200 && r.body.duplicate).length, 7);
    assert.equal(new Set(results.map((r) => r.body.id)).size, 1);
    assert.equal(await storedCount(server), 2);
  });

  it('key required (400) and well-formed (400)', async () => {
    await expectError(api, '/surveys/responses', 400, 'IDEMPOTENCY_KEY_REQUIRED', 'Idempotency-Key', submit(valid));
    await expectError(api, '/surveys/responses', 400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key', submit(valid, 'short'));
    await expectError(api, '/surveys/responses', 400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key', submit(valid, 'has space in it'));
  });

  it('422 for schema failures and answers that do not fit the form, nothing stored', async () => {
    const before = await storedCount(server);
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'channel', submit({ ...valid, channel: 'fax' }, 'key-v-000001'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'formVersion', submit({ ...valid, formVersion: '1' }, 'key-v-000002'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'comment', submit({ ...valid, comment: 'x'.repeat(1001) }, 'key-v-000003'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'formId', submit({ ...valid, formId: 'other' }, 'key-f-000001'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'formVersion', submit({ ...valid, formVersion: 2 }, 'key-f-000002'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'answers.overall', submit({ ...valid, answers: { time: 'late' } }, 'key-f-000003'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'answers.time', submit({ ...valid, answers: { time: 'yesterday', overall: 'satisfied' } }, 'key-f-000004'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'answers.colour', submit({ ...valid, answers: { ...valid.answers, colour: 'blue' } }, 'key-f-000005'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'comment', submit({ ...valid, comment: 'x'.repeat(501) }, 'key-f-000006'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'agencyId', submit({ ...valid, agencyId: 'nowhere' }, 'key-f-000007'));
    assert.equal(await storedCount(server), before);
  });

  it('a dossier response needs its key or token; unknown code and wrong key answer exactly like the look-up', async () => {
    const refusal = await lookupRefusal(api);
    await expectError(api, '/surveys/responses', 401, 'DOSSIER_ACCESS_REQUIRED', undefined, submit(forDossier, 'key-d-000000'));
    const unknown = await expectError(api, '/surveys/responses', 404, 'DOSSIER_NOT_FOUND', undefined,
      submit({ ...forDossier, dossierCode: '000.00.53.H48-250901-9999' }, 'key-d-000001', withKey(KEY)));
    const wrong = await expectError(api, '/surveys/responses', 404, 'DOSSIER_NOT_FOUND', undefined, submit(forDossier, 'key-d-000002', withKey('WRONG3')));
    assert.deepEqual(unknown.body, refusal);
    assert.deepEqual(wrong.body, refusal);
    assert.equal(await storedCount(server, 'dossier_code is not null'), 0);
  });

  it('the agency is the dossier’s: another agency is 422, and without one the dossier’s is stored', async () => {
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'agencyId',
      submit({ ...forDossier, agencyId: 'ubnd-hai-chau' }, 'key-a-000001', withKey(KEY)));
    // With the token from a look-up; the prefilled time criterion need not be answered.
    const token = await lookupToken(api, DOSSIER, KEY);
    const { body } = await getJson(api, '/surveys/responses', 201, SurveyReceipt, submit(forDossier, 'key-a-000002', withToken(token)));
    const [row] = await server.database.query<{ agency: string }>('select agency from survey_responses where id = $1', [body.id]);
    assert.equal(row?.agency, 'UBND xã Hòa Vang');
  });

  it('one response per dossier: a second key is 409 SURVEY_ALREADY_SUBMITTED, the first key’s retry still its receipt', async () => {
    const second = { ...forDossier, answers: { overall: 'dissatisfied' } };
    await expectError(api, '/surveys/responses', 409, 'SURVEY_ALREADY_SUBMITTED', 'dossierCode', submit(second, 'key-a-000003', withKey(KEY)));
    // Ten at once with ten keys for the other dossier: exactly one is stored.
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fetch(`${api}/surveys/responses`, submit({ ...forDossier, dossierCode: OPEN_DOSSIER, answers: { time: 'on-time', overall: 'satisfied' } }, `key-race-${i}00`, withKey(OPEN_KEY))).then(async (r) => {
          await r.arrayBuffer();
          return r.status;
        }),
      ),
    );
    assert.deepEqual(results.sort(), [201, ...Array(9).fill(409)]);
    assert.equal(await storedCount(server, 'dossier_code = $1', [OPEN_DOSSIER]), 1);
    // An expired or missing credential does not stop the first key's retry from getting its receipt.
    const again = await getJson(api, '/surveys/responses', 200, SurveyReceipt, submit(forDossier, 'key-a-000002'));
    assert.equal(again.body.duplicate, true);
  });

  it('the time is the server’s: responses dated 2019 and 2099 land on the server’s day', async () => {
    const dated = (createdAt: string, key: string) =>
      getJson(api, '/surveys/responses', 201, SurveyReceipt, submit({ ...valid, answers: { time: 'late', overall: 'dissatisfied' }, createdAt }, key));
    const a = await dated('2019-01-01T00:00:00Z', 'key-t-000001');
    const b = await dated('2099-12-31T00:00:00Z', 'key-t-000002');
    for (const receipt of [a.body, b.body]) {
      assert.ok(Math.abs(Date.parse(receipt.receivedAt) - FIXTURE_TODAY.getTime()) < 5 * 60_000, receipt.receivedAt);
    }
    const years = (await getJson(api, '/stats?from=2019-01-01&to=2099-12-31&groupBy=year', 200, Stats)).body.satisfaction.byPeriod!;
    const stored = (year: string) => years.find((p) => p.period === year)!.dissatisfied;
    assert.equal(stored('2019'), 0);
    assert.equal(stored('2099'), 0);
    // Fixture history has one dissatisfied answer in 2025; the two stored ones join it.
    assert.equal(stored('2025'), 1 + 2);
    const rows = await server.database.query<{ response: Record<string, unknown> }>('select response from survey_responses where id = $1', [a.body.id]);
    assert.equal(rows[0]?.response.createdAt, undefined, 'the client’s time is not kept');
  });
});

describe('survey rate limit', () => {
  it('30 per minute per client, then 429 with Retry-After; retries answered as duplicates do not count', async () => {
    const server = await fixtureServer();
    try {
      const api = `${server.url}/api/v1`;
      for (let i = 0; i < 30; i++) {
        const key = `rate-key-${String(i).padStart(4, '0')}`;
        const res = await fetch(`${api}/surveys/responses`, submit(valid, key));
        assert.equal(res.status, 201);
        await res.arrayBuffer();
        // A retry of what was just stored is answered, and costs the citizen nothing.
        const retry = await fetch(`${api}/surveys/responses`, submit(valid, key));
        assert.equal(retry.status, 200);
        await retry.arrayBuffer();
      }
      const { res } = await expectError(api, '/surveys/responses', 429, 'RATE_LIMITED', undefined, submit(valid, 'rate-key-9999'));
      const retryAfter = Number(res.headers.get('retry-after'));
      assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
      assert.equal(await storedCount(server), 30);
    } finally {
      await server.close();
    }
  });
});
