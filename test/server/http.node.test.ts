// Protocol-level behaviour: unknown routes, methods, body limits, content types, CORS.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ErrorBody } from '../../src/model/index.js';
import { Router } from '../../server/router.js';
import { expectError, fixtureServer, postJson, rawRequest, removeDir, tempDir } from './helpers.js';

let server: Awaited<ReturnType<typeof fixtureServer>>;
let api: string;

before(async () => {
  server = await fixtureServer();
  api = `${server.url}/api/v1`;
});
after(async () => {
  await server.close();
});

describe('routing', () => {
  it('404 NOT_FOUND for an unknown route', async () => {
    await expectError(api, '/nothing-here', 404, 'NOT_FOUND');
    await expectError(server.url, '/api/v2/procedures', 404, 'NOT_FOUND');
    await expectError(server.url, '/node_modules/zod/package.json', 404, 'NOT_FOUND');
  });

  it('405 with Allow for a wrong method', async () => {
    const { res } = await expectError(api, '/procedures', 405, 'METHOD_NOT_ALLOWED', undefined, { method: 'DELETE' });
    assert.equal(res.headers.get('allow'), 'GET, HEAD, OPTIONS');
    const post = await expectError(api, '/dossiers/lookup', 405, 'METHOD_NOT_ALLOWED');
    assert.equal(post.res.headers.get('allow'), 'POST, OPTIONS');
  });

  it('HEAD answers like GET without a body', async () => {
    const res = await rawRequest(api, '/api/v1/fields', 'HEAD');
    assert.equal(res.status, 200);
    assert.equal(res.body, '');
  });

  it('CORS: every answer allows any origin; preflight is 204', async () => {
    const res = await fetch(`${api}/fields`);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    await res.arrayBuffer();
    const pre = await fetch(`${api}/surveys/responses`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://portal.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), '*');
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Content-Type/);
    assert.match(pre.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.equal(pre.headers.get('access-control-expose-headers'), 'Retry-After');
  });
});

describe('request bodies', () => {
  const lookup = { code: '000.00.53.H48-250901-0001', lookupKey: 'AB12CD' };

  it('413 beyond 16 KiB', async () => {
    const big = JSON.stringify({ ...lookup, padding: 'x'.repeat(17 * 1024) });
    await expectError(api, '/dossiers/lookup', 413, 'PAYLOAD_TOO_LARGE', undefined, postJson(big));
  });

  it('413 also when the length is not declared (chunked)', async () => {
    const chunk = new TextEncoder().encode(`{"padding":"${'x'.repeat(9000)}`);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(chunk);
        controller.close();
      },
    });
    await expectError(api, '/dossiers/lookup', 413, 'PAYLOAD_TOO_LARGE', undefined, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
  });

  it('a body just under the limit is read', async () => {
    const fits = JSON.stringify({ ...lookup, padding: 'x'.repeat(15 * 1024) });
    const res = await fetch(`${api}/dossiers/lookup`, postJson(fits));
    assert.equal(res.status, 200);
    await res.arrayBuffer();
  });

  it('415 without a JSON content type, accepted with charset', async () => {
    await expectError(api, '/dossiers/lookup', 415, 'UNSUPPORTED_MEDIA_TYPE', undefined, { method: 'POST', body: JSON.stringify(lookup) });
    await expectError(api, '/dossiers/lookup', 415, 'UNSUPPORTED_MEDIA_TYPE', undefined, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'code=1',
    });
    const ok = await fetch(`${api}/dossiers/lookup`, { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(lookup) });
    assert.equal(ok.status, 200);
    await ok.arrayBuffer();
  });

  it('400 INVALID_JSON for malformed, empty and non-UTF-8 bodies', async () => {
    await expectError(api, '/dossiers/lookup', 400, 'INVALID_JSON', undefined, postJson('{bad json'));
    await expectError(api, '/dossiers/lookup', 400, 'INVALID_JSON', undefined, postJson(''));
    await expectError(api, '/dossiers/lookup', 400, 'INVALID_JSON', undefined, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Uint8Array([0x22, 0xff, 0xfe, 0x22]),
    });
  });

  it('never a 500 for odd input', async () => {
    for (const body of ['null', '42', '"text"', '[]', '{"code":null,"lookupKey":{}}', '{"__proto__":{"x":1}}']) {
      const res = await fetch(`${api}/dossiers/lookup`, postJson(body));
      assert.ok(res.status < 500, `${body} → ${res.status}`);
      ErrorBody.parse(await res.json());
    }
    for (const path of ['/procedures?page=%ZZ', '/procedures/%', '/stats?from=%00', '/roster?week=%F0%9F%92%A9']) {
      const res = await rawRequest(server.url, `/api/v1${path}`);
      assert.ok(res.status >= 400 && res.status < 500, `${path} → ${res.status}`);
      ErrorBody.parse(JSON.parse(res.body));
    }
  });
});

describe('Router', () => {
  it('matches params and lists methods', () => {
    const router = new Router<string>().add('GET', '/a/:id', 'get').add('PUT', '/a/:id', 'put');
    assert.deepEqual(router.match('GET', '/a/x%20y'), { handler: 'get', params: { id: 'x y' } });
    assert.deepEqual(router.allowed('/a/1'), ['GET', 'PUT', 'HEAD', 'OPTIONS']);
    assert.deepEqual(router.allowed('/b'), []);
  });
});
