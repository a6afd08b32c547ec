// Compressed static files: brotli or gzip, whichever the browser accepts (brotli first), made once
// per file version with node:zlib and kept in memory, so the CDN chunks cost their gzip size on the
// wire, not their raw size. Content-hashed chunks are cached for a year; everything else revalidates.
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Below this a compressed body saves less than its headers cost. */
const MIN_SIZE = 512;
/** Memory kept for compressed bodies; the oldest entries go first beyond it. */
const CACHE_BYTES = 64 * 1024 * 1024;

/** Types worth compressing: text, scripts, JSON, SVG (images and fonts are compressed already). */
export function compressible(type: string): boolean {
  return /^text\/|javascript|json|svg|manifest/.test(type);
}

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, never one with q=0. */
export function negotiate(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return undefined;
}

/** Content-hashed build output (`dist/cdn/chunks/name-HASH.js`): its name changes when it does. */
export function isImmutable(pathname: string): boolean {
  return /^\/dist\/cdn\/chunks\/[^/]+-[A-Za-z0-9_-]{8}\.js(\.map)?$/.test(pathname);
}

export function cacheControl(pathname: string): string {
  return isImmutable(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

const cache = new Map<string, Promise<Buffer>>();
let cached = 0;

async function compress(file: string, encoding: Encoding): Promise<Buffer> {
  const raw = await readFile(file);
  return encoding === 'br'
    ? brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
    : gz(raw, { level: 9 });
}

/**
 * The compressed body of `file` as it is now (size and mtime name the version), or undefined when
 * compressing would not pay. Concurrent requests for the same version share one compression.
 */
export async function compressedBody(file: string, version: { size: number; mtimeMs: number }, encoding: Encoding): Promise<Buffer | undefined> {
  if (version.size < MIN_SIZE) return undefined;
  const key = `${encoding}:${version.mtimeMs}:${version.size}:${file}`;
  let body = cache.get(key);
  if (!body) {
    body = compress(file, encoding);
    cache.set(key, body);
    body.then(
      (b) => {
        cached += b.length;
        // Map order is insertion order: drop the oldest versions until the cache fits again.
        for (const [k, v] of cache) {
          if (cached <= CACHE_BYTES || k === key) break;
          cache.delete(k);
          void v.then((old) => (cached -= old.length), () => undefined);
        }
      },
      () => cache.delete(key),
    );
  }
  const out = await body;
  return out.length < version.size ? out : undefined;
}
