// Static files for the demo: `/` → demo/index.html, `/demo/*` → demo/, `/dist/*` → dist/.
// Nothing outside those two folders is reachable: no `..`, no dot-files, no symlinks out.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { ApiError } from './errors.js';
import { cacheControl, compressedBody, compressible, negotiate } from './static-compress.js';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

/** Every HTML page the server sends (the demo, the printable forms) carries these. */
export const HTML_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Content-Type-Options': 'nosniff',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.d.ts': 'text/plain; charset=utf-8',
};

const MOUNTS: Array<{ prefix: string; dir: string }> = [
  { prefix: '/demo/', dir: 'demo' },
  { prefix: '/dist/', dir: 'dist' },
];

const notFound = () => new ApiError(404, 'NOT_FOUND', 'Không tìm thấy địa chỉ này.');

/** Whether this path belongs to the static side (so the API's 404 is not used for it). */
export function isStaticPath(pathname: string): boolean {
  return pathname === '/' || pathname === '/demo' || pathname === '/dist' || MOUNTS.some((m) => pathname.startsWith(m.prefix));
}

/** Maps a URL path to a file under `root`, or throws 404/400; never leaves the mounted folder. */
export async function resolveStatic(root: string, rawPath: string): Promise<string> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    throw new ApiError(400, 'INVALID_PATH', 'Đường dẫn có ký tự mã hoá sai.');
  }
  if (pathname.includes('\0') || pathname.includes('\\')) throw notFound();
  if (pathname === '/' || pathname === '/demo' || pathname === '/demo/') pathname = '/demo/index.html';
  const mount = MOUNTS.find((m) => pathname.startsWith(m.prefix));
  if (!mount) throw notFound();
  const rest = pathname.slice(mount.prefix.length).split('/');
  // Refuse `..`, `.`, and dot-files outright instead of trusting normalisation.
  if (rest.some((part) => part.startsWith('.'))) throw notFound();
  const base = resolve(root, mount.dir);
  let file = resolve(base, ...rest.filter((p) => p !== ''));
  if (file !== base && !file.startsWith(base + sep)) throw notFound();
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    // A symlink inside the folder must not lead outside it.
    const [realBase, realFile] = await Promise.all([realpath(base), realpath(file)]);
    if (!realFile.startsWith(realBase + sep)) throw notFound();
    if (!(await stat(realFile)).isFile()) throw notFound();
    return realFile;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw notFound();
  }
}

function contentType(file: string): string {
  if (file.endsWith('.d.ts')) return TYPES['.d.ts']!;
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, pathname: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw new ApiError(405, 'METHOD_NOT_ALLOWED', `Phương thức ${req.method} không được hỗ trợ ở địa chỉ này.`, {
      headers: { Allow: 'GET, HEAD' },
    });
  }
  const file = await resolveStatic(root, pathname);
  const info = await stat(file);
  const type = contentType(file);
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Content-Length': String(info.size),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': cacheControl(pathname),
    'Last-Modified': info.mtime.toUTCString(),
  };
  if (type.startsWith('text/html')) Object.assign(headers, HTML_SECURITY_HEADERS);
  if (compressible(type)) {
    headers['Vary'] = 'Accept-Encoding';
    const encoding = negotiate(req.headers['accept-encoding']);
    const body = encoding ? await compressedBody(file, info, encoding) : undefined;
    if (encoding && body) {
      res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((done) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      done();
    });
    stream.on('end', done);
    stream.pipe(res);
  });
}
