// Static files: demo and dist only, correct types, CSP on HTML, no way out of the folders.
import assert from 'node:assert/strict';
import { mkdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { CSP } from '../../server/static.js';
import { fixtureServer, rawRequest, removeDir, tempDir } from './helpers.js';

let server: Awaited<ReturnType<typeof fixtureServer>>;
/** A script big enough to be worth compressing, and compressible like real code. */
const CHUNK = Array.from({ length: 400 }, (_, i) => `export const value${i} = 'Thủ tục hành chính số ${i}';`).join('\n');
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
  await mkdir(join(root, 'dist/cdn/chunks'), { recursive: true });
  await writeFile(join(root, 'dist/cdn/chunks/stats-b82OlWw4.js'), CHUNK);
  await writeFile(join(root, 'dist/cdn/entry.js'), CHUNK);
  await writeFile(join(root, 'demo/photo.png'), Buffer.alloc(4096, 7));
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

/** A GET (or HEAD) with the given headers; the body as raw bytes, not decoded. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const url = new URL(server.url);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files: compression and caching', () => {
  it('sends brotli when the browser accepts it, gzip when only that, and identical bytes either way', async () => {
    const br = await get('/dist/cdn/entry.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.status, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['vary'], 'Accept-Encoding');
    assert.equal(Number(br.headers['content-length']), br.body.length);
    assert.ok(br.body.length < CHUNK.length / 4, `brotli ${br.body.length} bytes of ${Buffer.byteLength(CHUNK)}`);
    assert.equal(brotliDecompressSync(br.body).toString('utf8'), CHUNK);

    const gz = await get('/dist/cdn/entry.js', { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.body).toString('utf8'), CHUNK);

    const refused = await get('/dist/cdn/entry.js', { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    assert.equal(refused.headers['content-encoding'], undefined);
    assert.equal(refused.body.toString('utf8'), CHUNK);
    const none = await get('/dist/cdn/entry.js');
    assert.equal(none.headers['content-encoding'], undefined);
    assert.equal(none.body.toString('utf8'), CHUNK);
  });

  it('HEAD tells the compressed length without a body', async () => {
    const head = await get('/dist/cdn/entry.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    const full = await get('/dist/cdn/entry.js', { 'Accept-Encoding': 'br' });
    assert.equal(head.body.length, 0);
    assert.equal(head.headers['content-length'], full.headers['content-length']);
  });

  it('a changed file is compressed again (the cache follows the file’s version)', async () => {
    const file = join(root, 'dist/cdn/entry.js');
    const changed = `${CHUNK}\nexport const added = 'mới';`;
    await writeFile(file, changed);
    const later = new Date(Date.now() + 5000);
    await utimes(file, later, later);
    const res = await get('/dist/cdn/entry.js', { 'Accept-Encoding': 'br' });
    assert.equal(brotliDecompressSync(res.body).toString('utf8'), changed);
  });

  it('leaves images and tiny files alone', async () => {
    const png = await get('/demo/photo.png', { 'Accept-Encoding': 'br, gzip' });
    assert.equal(png.headers['content-encoding'], undefined);
    assert.equal(png.body.length, 4096);
    const tiny = await get('/dist/cdn/motcua.js', { 'Accept-Encoding': 'br, gzip' });
    assert.equal(tiny.headers['content-encoding'], undefined);
    assert.equal(tiny.body.toString('utf8'), 'export {};');
  });

  it('content-hashed chunks are immutable for a year; everything else revalidates', async () => {
    const chunk = await get('/dist/cdn/chunks/stats-b82OlWw4.js', { 'Accept-Encoding': 'gzip' });
    assert.equal(chunk.status, 200);
    assert.equal(chunk.headers['cache-control'], 'public, max-age=31536000, immutable');
    for (const path of ['/dist/cdn/motcua.js', '/dist/cdn/entry.js', '/', '/demo/app.css']) {
      const res = await get(path);
      assert.equal(res.headers['cache-control'], 'no-cache', path);
    }
  });
});
