// Static files: demo and dist only, correct types, CSP on HTML, no way out of the folders.
import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CSP } from '../../server/static.js';
import { fixtureServer, rawRequest, removeDir, tempDir } from './helpers.js';

let server: Awaited<ReturnType<typeof fixtureServer>>;
let root: string;

before(async () => {
  root = await tempDir();
  await mkdir(join(root, 'demo/sub'), { recursive: true });
  await mkdir(join(root, 'dist/cdn'), { recursive: true });
  await writeFile(join(root, 'demo/index.html'), '<!doctype html><title>demo</title>');
  await writeFile(join(root, 'demo/sub/index.html'), '<!doctype html><title>sub</title>');
  await writeFile(join(root, 'demo/app.css'), 'body{}');
  await writeFile(join(root, 'demo/.env'), 'SECRET=1');
  await writeFile(join(root, 'dist/cdn/motcua.js'), 'export {};');
  await writeFile(join(root, 'secret.txt'), 'top secret');
  await symlink(join(root, 'secret.txt'), join(root, 'demo/escape.txt'));
  server = await fixtureServer({ staticRoot: root });
});
after(async () => {
  await server.close();
  await removeDir(root);
});

describe('static files', () => {
  it('/ serves demo/index.html with the strict CSP', async () => {
    const res = await fetch(`${server.url}/`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(res.headers.get('content-security-policy'), CSP);
    assert.match(CSP, /script-src 'self';/);
    assert.match(CSP, /object-src 'none'/);
    assert.match(await res.text(), /<title>demo<\/title>/);
  });

  it('serves demo/ and dist/ with content types', async () => {
    const css = await fetch(`${server.url}/demo/app.css`);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.equal(css.headers.get('content-security-policy'), null);
    assert.equal(await css.text(), 'body{}');
    const js = await fetch(`${server.url}/dist/cdn/motcua.js`);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(js.headers.get('x-content-type-options'), 'nosniff');
    await js.arrayBuffer();
    const sub = await fetch(`${server.url}/demo/sub/`);
    assert.match(await sub.text(), /sub/);
  });

  for (const path of [
    '/demo/../secret.txt',
    '/demo/%2e%2e/secret.txt',
    '/demo/..%2fsecret.txt',
    '/demo/..%5csecret.txt',
    '/demo/%2e%2e%2f%2e%2e%2fetc/passwd',
    '/dist/../../etc/passwd',
    '/demo/.env',
    '/demo/escape.txt',
    '/demo/index.html%00.js',
    '/secret.txt',
    '/demo/missing.js',
  ]) {
    it(`refuses ${path}`, async () => {
      const res = await rawRequest(server.url, path);
      assert.ok(res.status === 404 || res.status === 400, `${path} → ${res.status}`);
      assert.doesNotMatch(res.body, /secret|SECRET|root:/);
    });
  }

  it('405 for writes to static paths', async () => {
    const res = await rawRequest(server.url, '/demo/index.html', 'POST');
    assert.equal(res.status, 405);
    assert.equal(res.headers.allow, 'GET, HEAD');
  });
});
