// The reference server: the one-stop API under /api/v1 and the demo's static files.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createProcedureIndex } from '../src/search/index.js';
import { API_BASE, createApiRouter } from './api.js';
import { loadSampleData } from './data/index.js';
import { ApiError } from './errors.js';
import { API_HEADERS, readJsonBody, sendError, sendJson } from './http.js';
import { buildState, type RateLimitSettings } from './state.js';
import { FORMS_PREFIX, serveForm } from './forms.js';
import { isStaticPath, serveStatic } from './static.js';
import { openSurveyStore } from './survey-store.js';
import type { Context, ProcedureIndexLike, SampleData } from './types.js';
import type { Procedure } from '../src/model/index.js';

export interface ServerOptions {
  port?: number;
  host?: string;
  /** Where survey responses are stored; default `server/.data`. */
  dataDir?: string;
  /** Fixes "today" (sample data dates, default week, stats range); default: the real date. */
  today?: Date;
  /** Folder holding demo/ and dist/; default: the repository root. */
  staticRoot?: string;
  /** Replaces the generated sample data (tests use small fixtures). */
  data?: SampleData;
  /**
   * Procedures to serve instead of the sample catalogue (an imported national catalogue, see
   * docs/import.md). Sample dossiers and other data stay as they are.
   */
  catalogue?: Procedure[];
  rateLimits?: RateLimitSettings;
  /**
   * Takes the client address for rate limits from the first `X-Forwarded-For` entry. Only for a
   * server behind a proxy that sets that header (the browser tests' proxy): otherwise any client
   * could pick a fresh identity per request and the limits would mean nothing.
   */
  trustProxy?: boolean;
  /** Where warnings go; default console.warn. */
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '..');

function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined;
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  if (first) return first;
  const address = req.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? console.warn;
  const data = options.data ?? loadSampleData(options.today ?? new Date());
  if (options.catalogue) data.procedures = options.catalogue;
  const index: ProcedureIndexLike = createProcedureIndex(data.procedures);
  const surveys = await openSurveyStore(options.dataDir ?? resolve(repoRoot, 'server/.data'), log);
  const state = buildState({ data, index, surveys, today: options.today, rateLimits: options.rateLimits });
  const router = createApiRouter();
  const staticRoot = options.staticRoot ?? repoRoot;

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      const allowed = router.allowed(path);
      if (allowed.length === 0) throw new ApiError(404, 'NOT_FOUND', 'Không tìm thấy địa chỉ này.');
      res.writeHead(204, {
        ...API_HEADERS,
        Allow: allowed.join(', '),
        'Access-Control-Allow-Methods': allowed.join(', '),
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    const { handler, params } = router.match(method, path);
    const ctx: Context = { req, url, params, clientIp: clientIp(req, options.trustProxy === true), state, body: () => readJsonBody(req) };
    const reply = await handler(ctx);
    sendJson(res, reply.status ?? 200, reply.body, reply.headers);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const target = req.url ?? '/';
      // Prefixing keeps `//host/path` a path instead of a URL with a host.
      const url = new URL(`http://localhost${target.startsWith('/') ? target : `/${target}`}`);
      const path = url.pathname;
      if (path === API_BASE || path.startsWith(`${API_BASE}/`)) {
        await handleApi(req, res, url, path.slice(API_BASE.length) || '/');
      } else if (path.startsWith(FORMS_PREFIX) && (req.method === 'GET' || req.method === 'HEAD')) {
        serveForm(res, path, state.procedures);
      } else if (isStaticPath(path)) {
        await serveStatic(req, res, staticRoot, path);
      } else {
        throw new ApiError(404, 'NOT_FOUND', 'Không tìm thấy địa chỉ này.');
      }
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof ApiError) {
        sendError(res, error);
        return;
      }
      log(`server: lỗi không mong đợi ở ${req.method} ${req.url}: ${(error as Error)?.stack ?? String(error)}`);
      sendError(res, new ApiError(500, 'INTERNAL_ERROR', 'Máy chủ gặp lỗi, vui lòng thử lại sau.'));
    }
  }

  const server = createServer({ requestTimeout: 30_000, headersTimeout: 15_000 }, (req, res) => {
    void handle(req, res);
  });
  server.keepAliveTimeout = 5_000;

  try {
    await new Promise<void>((ready, fail) => {
      server.once('error', fail);
      server.listen(options.port ?? 8000, options.host ?? '127.0.0.1', () => {
        server.off('error', fail);
        ready();
      });
    });
  } catch (error) {
    await surveys.close();
    throw error;
  }
  const { port, address } = server.address() as AddressInfo;
  const shown = address === '0.0.0.0' || address === '::' ? 'localhost' : address.includes(':') ? `[${address}]` : address;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${shown}:${port}`,
    port,
    close() {
      closing ??= (async () => {
        await new Promise<void>((done) => {
          // Let requests in flight finish; drop idle keep-alive sockets now, stragglers after 5 s.
          const force = setTimeout(() => server.closeAllConnections(), 5_000);
          force.unref();
          server.close(() => {
            clearTimeout(force);
            done();
          });
          server.closeIdleConnections();
        });
        await surveys.close();
      })();
      return closing;
    },
  };
}
