// POST /dossiers/lookup: normalised codes, one 404 for both failures, failed attempts limited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Dossier } from '../../src/model/index.js';
import { TYPED_CODES, TYPED_KEYS } from '../fixtures/dossier-codes.js';
import { FIXTURE_TODAY } from './fixture.js';
import { expectError, fixtureServer, getJson, postJson } from './helpers.js';

const CODE = '000.00.53.H48-250901-0001';
const KEY = 'AB12CD';

describe('POST /dossiers/lookup', () => {
  let server: Awaited<ReturnType<typeof fixtureServer>>;
  let api: string;
  before(async () => {
    server = await fixtureServer({ rateLimits: { lookupFailures: { limit: 3, windowMs: 60_000 } } });
    api = `${server.url}/api/v1`;
  });
  after(async () => {
    await server.close();
  });

  it('reads the code and key in every typed form of the shared table', async () => {
    for (const [[codeForm, code], [keyForm, key]] of TYPED_CODES.map((c, i) => [c, TYPED_KEYS[i % TYPED_KEYS.length]!] as const)) {
      const { body } = await getJson(api, '/dossiers/lookup', 200, Dossier, postJson({ code: code(CODE), lookupKey: key(KEY) }));
      assert.equal(body.code, CODE, `${codeForm} / ${keyForm}`);
    }
  });

  it('returns the dossier for code + key, the code typed loosely', async () => {
    const { body, res } = await getJson(api, '/dossiers/lookup', 200, Dossier, postJson({ code: ' 000.00.53.h48–250901-0001 ', lookupKey: ' ab12cd ' }));
    assert.equal(body.code, CODE);
    assert.equal(body.timeliness, 'early');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    // A token for the survey calls, valid for a day (the fixture clock starts at FIXTURE_TODAY
    // when the server does, and has ticked a little since).
    assert.match(body.access?.token ?? '', /^dt1\./);
    const ttl = Date.parse(body.access!.expiresAt) - FIXTURE_TODAY.getTime();
    assert.ok(ttl >= 24 * 3600_000 - 1000 && ttl <= 24 * 3600_000 + 60_000, `token lives ${ttl} ms`);
  });

  it('422 names the failing fields', async () => {
    await expectError(api, '/dossiers/lookup', 422, 'VALIDATION_FAILED', 'code', postJson({ code: 'hello', lookupKey: KEY }));
    await expectError(api, '/dossiers/lookup', 422, 'VALIDATION_FAILED', 'lookupKey', postJson({ code: CODE, lookupKey: 'a!' }));
    await expectError(api, '/dossiers/lookup', 422, 'VALIDATION_FAILED', 'lookupKey', postJson({ code: CODE }));
    await expectError(api, '/dossiers/lookup', 422, 'VALIDATION_FAILED', undefined, postJson([1, 2]));
  });

  it('400 for malformed JSON, 415 without a JSON content type', async () => {
    await expectError(api, '/dossiers/lookup', 400, 'INVALID_JSON', undefined, postJson('{"code": '));
    await expectError(api, '/dossiers/lookup', 415, 'UNSUPPORTED_MEDIA_TYPE', undefined, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ code: CODE, lookupKey: KEY }),
    });
  });

  it('unknown code and wrong key give the same 404, then 429 with Retry-After', async () => {
    const unknown = await expectError(api, '/dossiers/lookup', 404, 'DOSSIER_NOT_FOUND', undefined,
      postJson({ code: '000.00.53.H48-250901-9999', lookupKey: KEY }));
    const wrongKey = await expectError(api, '/dossiers/lookup', 404, 'DOSSIER_NOT_FOUND', undefined,
      postJson({ code: CODE, lookupKey: 'WRONG1' }));
    assert.deepEqual(unknown.body, wrongKey.body);

    // Successful look-ups do not count against the limit (3 in this server).
    for (let i = 0; i < 3; i++) {
      await getJson(api, '/dossiers/lookup', 200, Dossier, postJson({ code: CODE, lookupKey: KEY }));
    }
    await expectError(api, '/dossiers/lookup', 404, 'DOSSIER_NOT_FOUND', undefined, postJson({ code: CODE, lookupKey: 'WRONG2' }));
    // Third failure reached: now even the right key is refused until the window passes.
    const limited = await expectError(api, '/dossiers/lookup', 429, 'TOO_MANY_ATTEMPTS', undefined, postJson({ code: CODE, lookupKey: KEY }));
    const retryAfter = Number(limited.res.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
  });
});

describe('parallel guesses', () => {
  it('cannot slip past the limit by arriving together', async () => {
    const server = await fixtureServer({ rateLimits: { lookupFailures: { limit: 3, windowMs: 60_000 } } });
    try {
      const api = `${server.url}/api/v1`;
      const statuses = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          fetch(`${api}/dossiers/lookup`, postJson({ code: CODE, lookupKey: `GUESS${i}` })).then(async (r) => {
            await r.arrayBuffer();
            return r.status;
          }),
        ),
      );
      assert.equal(statuses.filter((s) => s === 404).length, 3);
      assert.equal(statuses.filter((s) => s === 429).length, 9);
    } finally {
      await server.close();
    }
  });
});

describe('default look-up limit', () => {
  it('allows 10 failures per client, the 11th attempt is 429', async () => {
    const server = await fixtureServer();
    try {
      const api = `${server.url}/api/v1`;
      for (let i = 0; i < 10; i++) {
        await expectError(api, '/dossiers/lookup', 404, 'DOSSIER_NOT_FOUND', undefined, postJson({ code: CODE, lookupKey: `BAD${i}0` }));
      }
      const { res } = await expectError(api, '/dossiers/lookup', 429, 'TOO_MANY_ATTEMPTS', undefined, postJson({ code: CODE, lookupKey: KEY }));
      const retryAfter = Number(res.headers.get('retry-after'));
      assert.ok(retryAfter > 500 && retryAfter <= 600, `Retry-After ${retryAfter}`);
      assert.equal(res.headers.get('access-control-expose-headers'), 'Retry-After');
    } finally {
      await server.close();
    }
  });
});

describe('client identity behind a proxy (TRUST_PROXY)', () => {
  const wrong = (forwardedFor?: string) =>
    postJson({ code: CODE, lookupKey: 'WRONG9' }, forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {});
  const limits = { lookupFailures: { limit: 2, windowMs: 60_000 } };

  it('one trusted hop: the rightmost entry is the client, whatever the client wrote to its left', async () => {
    const server = await fixtureServer({ trustProxy: 1, rateLimits: limits });
    try {
      const api = `${server.url}/api/v1`;
      // The proxy appended 203.0.113.5; the client forged a fresh "address" before it each time.
      for (let i = 0; i < 2; i++) {
        await expectError(api, '/dossiers/lookup', 404, 'DOSSIER_NOT_FOUND', undefined, wrong(`198.51.100.${i}, 203.0.113.5`));
      }
      const { res } = await expectError(api, '/dossiers/lookup', 429, 'TOO_MANY_ATTEMPTS', undefined, wrong('198.51.100.77, 203.0.113.5'));
      assert.ok(Number(res.headers.get('retry-after')) >= 1);
      // Another citizen behind the same proxy is not locked out by the first one.
      await expectError(api, '/dossiers/lookup', 404, 'DOSSIER_NOT_FOUND', undefined, wrong('203.0.113.6'));
    } finally {
      await server.close();
    }
  });

  it('trusted addresses: hops in the list are skipped, the first untrusted one is the client', async () => {
    // Loopback is the load balancer; 10.0.0.0/8 holds a second proxy layer.
    const server = await fixtureServer({ trustProxy: ['127.0.0.1', '::1', '10.0.0.0/8'], rateLimits: limits });
    try {
      const api = `${server.url}/api/v1`;
      for (let i = 0; i < 2; i++) {
        await expectError(api, '/dossiers/lookup', 404, 'DOSSIER_NOT_FOUND', undefined, wrong(`1.1.1.${i}, 203.0.113.9, 10.2.3.4`));
      }
      await expectError(api, '/dossiers/lookup', 429, 'TOO_MANY_ATTEMPTS', undefined, wrong('203.0.113.9, 10.9.9.9'));
      await expectError(api, '/dossiers/lookup', 404, 'DOSSIER_NOT_FOUND', undefined, wrong('203.0.113.10, 10.2.3.4'));
    } finally {
      await server.close();
    }
  });

  it('without TRUST_PROXY, X-Forwarded-For cannot buy a fresh identity, and the server says so once', async () => {
    const server = await fixtureServer({ rateLimits: limits });
    try {
      const api = `${server.url}/api/v1`;
      await expectError(api, '/dossiers/lookup', 404, 'DOSSIER_NOT_FOUND', undefined, wrong('203.0.113.7'));
      await expectError(api, '/dossiers/lookup', 404, 'DOSSIER_NOT_FOUND', undefined, wrong('203.0.113.8'));
      await expectError(api, '/dossiers/lookup', 429, 'TOO_MANY_ATTEMPTS', undefined, wrong('203.0.113.9'));
      assert.equal(server.warnings.filter((w) => /TRUST_PROXY/.test(w)).length, 1, server.warnings.join(' | '));
    } finally {
      await server.close();
    }
  });
});
