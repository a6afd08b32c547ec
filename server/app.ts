// The reference server: the one-stop API under /api/v1 and the demo's static files.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createProcedureIndex } from '../src/search/index.js';
import { API_BASE, createApiRouter } from './api.js';
import type { Backend, BackendFactory } from './backends/backend.js';
import { emptySampleData } from './backends/empty-data.js';
import { serveBackendFile } from './backends/files.js';
import { referenceBackend } from './backends/reference.js';
import { loadSampleData } from './data/index.js';
import { ApiError } from './errors.js';
import { onClientError } from './client-errors.js';
import { clientResolver, type TrustProxy } from './client-ip.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open.js';
import { API_HEADERS, ClientGone, readJsonBody, sendError, sendJson } from './http.js';
import { buildState, type RateLimitSettings } from './state.js';
import { FORMS_PREFIX, serveForm } from './forms.js';
import { isStaticPath, serveStatic } from './static.js';
import { importJsonlSurveys } from './store/jsonl-import.js';
import type { Ledger } from './store/ledger.js';
import type { AppState, Context, ProcedureIndexLike, SampleData } from './types.js';
import type { Procedure } from '../src/model/index.js';
import type { QueueOptions } from './queue/office.js';

export interface ServerOptions {
  port?: number;
  host?: string;
  /** Folder of the embedded database (PGlite); default `server/.data`. Unused with databaseUrl or database. */
  dataDir?: string;
  /** `postgres://…`: keep the state in this PostgreSQL server instead (several instances share it). */
  databaseUrl?: string;
  /** An open database to use instead; the server does not close it (tests share one per file). */
  database?: Database;
  /** Fixes "today" (sample data dates, default week, stats range); default: the real date. */
  today?: Date;
  /** The clock for receive times, token expiry and rate-limit windows (ms); default Date.now. */
  now?: () => number;
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
   * The back end behind /api/v1 (server/backends): the embedded sample data by default, or a
   * gateway to another system (`opencpsBackend(…)`, BACKEND=opencps in server/main.ts).
   */
  backend?: BackendFactory;
  /** How long a look-up's dossier token opens that dossier's survey (ms); default 24 h. */
  tokenTtlMs?: number;
  /**
   * The proxies in front of the server (TRUST_PROXY): a number of hops, or their addresses and
   * CIDR ranges. The client is then the first untrusted address from the right of
   * X-Forwarded-For. Default none: the socket's address.
   */
  trustProxy?: TrustProxy;
  /** Where warnings go; default console.warn. */
  log?: (message: string) => void;
  /**
   * Slow-client limits (ms): headers must arrive within `headers` (15 s), the whole request within
   * `request` (30 s); Node checks every `checkEvery` (30 s). A late request gets 408.
   */
  timeouts?: { headers?: number; request?: number; checkEvery?: number };
  /** The simulated ticket machine behind /queue: seed, heartbeat and tick intervals. */
  queue?: QueueOptions;
  /** Where routine noise goes (clients that drop, malformed requests); default silent unless DEBUG=motcua. */
  debug?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  /** The server's database. */
  database: Database;
  /** The ledger of forwarded answers, for the OpenCPS gateway. */
  ledger: Ledger;
  /** The back end answering /api/v1. */
  backend: Backend;
  /** Streams of GET /queue/stream open now (tests and the bench check that they are let go). */
  queueSubscribers(): number;
  close(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '..');

const defaultDebug = (message: string) => {
  if (/\bmotcua\b/.test(process.env.DEBUG ?? '')) console.debug(message);
};

/** The database named by the options, and whether closing the server closes it. */
async function databaseFor(options: ServerOptions, dataDir: string, log: (m: string) => void): Promise<{ db: Database; owned: boolean }> {
  if (options.database) return { db: options.database, owned: false };
  const db = await openDatabase(options.databaseUrl ? { databaseUrl: options.databaseUrl, log } : { dataDir, log });
  return { db, owned: true };
}

/** The back end and the server's state; on failure, whatever was opened is closed again. */
async function openState(
  options: ServerOptions,
  dataDir: string,
  log: (m: string) => void,
  db: Database,
  owned: boolean,
): Promise<{ state: AppState; backend: Backend }> {
  let backend: Backend | undefined;
  try {
    backend = await (options.backend ?? referenceBackend)({ db, log, now: options.now ?? Date.now });
    // Only the reference back end reads the sample data; a gateway starts with none of it.
    const data = options.data ?? (backend.usesSampleData ? loadSampleData(options.today ?? new Date()) : emptySampleData());
    if (options.catalogue) data.procedures = options.catalogue;
    const index: ProcedureIndexLike = createProcedureIndex(data.procedures);
    const state = await buildState({ data, index, db, today: options.today, now: options.now, rateLimits: options.rateLimits, tokenTtlMs: options.tokenTtlMs, queue: options.queue });
    // Responses an earlier version kept in a JSONL file move into the database it now uses.
    if (!options.database) await importJsonlSurveys(dataDir, state, log);
    return { state, backend };
  } catch (error) {
    // Not yet assigned when the factory itself threw.
    await backend?.close?.();
    if (owned) await db.close();
    throw error;
  }
}

/** The client's address for rate limits, warning once when a proxy header arrives without TRUST_PROXY. */
function clientIpReader(options: ServerOptions, log: (m: string) => void): (req: IncomingMessage) => string {
  const resolveClient = clientResolver(options.trustProxy ?? 0);
  let warnedForwarded = false;
  return (req) => {
    if (!warnedForwarded && options.trustProxy === undefined && req.headers['x-forwarded-for'] !== undefined) {
      warnedForwarded = true;
      log('server: yêu cầu có X-Forwarded-For nhưng TRUST_PROXY chưa đặt, nên mọi người dùng sau proxy chung một hạn mức (set TRUST_PROXY behind a proxy).');
    }
    return resolveClient(req.socket.remoteAddress, req.headers['x-forwarded-for']);
  };
}

/** What the request handler needs, built once per server. */
interface HandlerDeps {
  router: ReturnType<typeof createApiRouter>;
  state: AppState;
  backend: Backend;
  staticRoot: string;
  clientIp: (req: IncomingMessage) => string;
  log: (message: string) => void;
  debug: (message: string) => void;
}

/** Answers a CORS preflight with the methods the path allows. */
function sendPreflight(deps: HandlerDeps, res: ServerResponse, path: string): void {
  const allowed = deps.router.allowed(path);
  if (allowed.length === 0) throw new ApiError(404, 'NOT_FOUND', 'Không tìm thấy địa chỉ này.');
  res.writeHead(204, {
    ...API_HEADERS,
    Allow: allowed.join(', '),
    'Access-Control-Allow-Methods': allowed.join(', '),
    'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Authorization, Lookup-Key, Last-Event-ID',
    'Access-Control-Max-Age': '600',
  });
  res.end();
}

async function handleApi(deps: HandlerDeps, req: IncomingMessage, res: ServerResponse, url: URL, path: string): Promise<void> {
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') return sendPreflight(deps, res, path);
  const { handler, params } = deps.router.match(method, path);
  const ctx: Context = { req, url, params, clientIp: deps.clientIp(req), state: deps.state, body: () => readJsonBody(req) };
  const reply = await handler(ctx);
  if (reply.stream) return reply.stream(res);
  sendJson(res, reply.status ?? 200, reply.body, reply.headers);
}

/** Sends each request to the API, the back end's files, the forms or the static files. */
async function route(deps: HandlerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.httpVersion === '1.1' && req.headers.host === undefined) {
    throw new ApiError(400, 'MALFORMED_REQUEST', 'Yêu cầu HTTP/1.1 thiếu tiêu đề Host.', { headers: { Connection: 'close' } });
  }
  const target = req.url ?? '/';
  // Prefixing keeps `//host/path` a path instead of a URL with a host.
  const url = new URL(`http://localhost${target.startsWith('/') ? target : `/${target}`}`);
  const path = url.pathname;
  const files = deps.backend.files;
  const reading = req.method === 'GET' || req.method === 'HEAD';
  if (path === API_BASE || path.startsWith(`${API_BASE}/`)) {
    await handleApi(deps, req, res, url, path.slice(API_BASE.length) || '/');
  } else if (files && path.startsWith(files.prefix) && reading) {
    await serveBackendFile(req, res, files, path);
  } else if (path.startsWith(FORMS_PREFIX) && reading) {
    serveForm(res, path, deps.state.procedures);
  } else if (isStaticPath(path)) {
    await serveStatic(req, res, deps.staticRoot, path);
  } else {
    throw new ApiError(404, 'NOT_FOUND', 'Không tìm thấy địa chỉ này.');
  }
}

/** Turns a failed request into the right answer: its JSON error, a dropped socket, or a logged 500. */
function answerFailure(deps: HandlerDeps, req: IncomingMessage, res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof ApiError) {
    sendError(res, error);
    return;
  }
  if (error instanceof ClientGone) {
    deps.debug(`server: máy khách bỏ đi giữa chừng ${req.method} ${req.url} (${error.received} byte)`);
    res.destroy();
    return;
  }
  deps.log(`server: lỗi không mong đợi ở ${req.method} ${req.url}: ${(error as Error)?.stack ?? String(error)}`);
  sendError(res, new ApiError(500, 'INTERNAL_ERROR', 'Máy chủ gặp lỗi, vui lòng thử lại sau.'));
}

function createHttpServer(deps: HandlerDeps, options: ServerOptions): Server {
  const server = createServer(
    {
      requestTimeout: options.timeouts?.request ?? 30_000,
      headersTimeout: options.timeouts?.headers ?? 15_000,
      connectionsCheckingInterval: options.timeouts?.checkEvery ?? 30_000,
      // Checked in route() instead, so the refusal is JSON like every other error.
      requireHostHeader: false,
    },
    (req, res) => {
      void route(deps, req, res).catch((error: unknown) => answerFailure(deps, req, res, error));
    },
  );
  server.keepAliveTimeout = 5_000;
  server.on('clientError', onClientError(deps.debug));
  return server;
}

function listen(server: Server, options: ServerOptions): Promise<void> {
  return new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 8000, options.host ?? '127.0.0.1', () => {
      server.off('error', fail);
      ready();
    });
  });
}

/** Closes the server once, however often it is asked: streams, connections, back end, database. */
function closer(server: Server, state: AppState, backend: Backend, db: Database, owned: boolean): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= (async () => {
      // Streams never end by themselves; without this, close() would wait for the 5 s cut-off.
      state.queue.hub.close();
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
      await backend.close?.();
      if (owned) await db.close();
    })();
    return closing;
  };
}

/** The address to print: a wildcard listens on localhost too, and IPv6 needs brackets. */
function shownUrl(server: Server): { url: string; port: number } {
  const { port, address } = server.address() as AddressInfo;
  const shown = address === '0.0.0.0' || address === '::' ? 'localhost' : address.includes(':') ? `[${address}]` : address;
  return { url: `http://${shown}:${port}`, port };
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? console.warn;
  const debug = options.debug ?? defaultDebug;
  const dataDir = options.dataDir ?? resolve(repoRoot, 'server/.data');
  const { db, owned } = await databaseFor(options, dataDir, log);
  const { state, backend } = await openState(options, dataDir, log, db, owned);
  const deps: HandlerDeps = {
    router: createApiRouter(backend),
    state,
    backend,
    staticRoot: options.staticRoot ?? repoRoot,
    clientIp: clientIpReader(options, log),
    log,
    debug,
  };
  const server = createHttpServer(deps, options);
  try {
    await listen(server, options);
  } catch (error) {
    await backend.close?.();
    if (owned) await db.close();
    throw error;
  }
  return {
    ...shownUrl(server),
    database: db,
    ledger: state.ledger,
    backend,
    queueSubscribers: () => state.queue.hub.size,
    close: closer(server, state, backend, db, owned),
  };
}
