// Starts real servers on free ports with throw-away data folders, and speaks raw HTTP.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { startServer, type ServerOptions, type RunningServer } from '../../server/app.js';
import { ErrorBody } from '../../src/model/index.js';
import { emptyTables, sharedDatabase } from './db.js';
import { fixture, FIXTURE_TODAY } from './fixture.js';

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'motcua-server-'));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * A server on the fixture data; warnings are collected instead of printed. Unless given a
 * database, a URL or a data folder, it uses this file's shared in-memory database, emptied first
 * (`keepData` keeps what an earlier server stored: a restart).
 */
export async function fixtureServer(
  options: ServerOptions & { keepData?: boolean } = {},
): Promise<RunningServer & { warnings: string[]; debugLines: string[] }> {
  const { keepData, ...rest } = options;
  const warnings: string[] = [];
  const debugLines: string[] = [];
  let database = rest.database;
  if (!database && !rest.databaseUrl && !rest.dataDir) {
    database = await sharedDatabase();
    if (!keepData) await emptyTables(database);
  }
  // A clock that starts at the fixture's date when the server does: receive times land in a
  // known period, and rate-limit windows start with the server instead of at a random moment.
  const startedAt = Date.now();
  const server = await startServer({
    port: 0,
    data: fixture,
    today: FIXTURE_TODAY,
    now: () => FIXTURE_TODAY.getTime() + (Date.now() - startedAt),
    log: (m) => warnings.push(m),
    debug: (m) => debugLines.push(m),
    ...rest,
    ...(database ? { database } : {}),
  });
  return Object.assign(server, { warnings, debugLines });
}

/** Fetches and parses JSON; asserts the status and, when given, the schema. */
export async function getJson<S extends z.ZodMiniType>(
  base: string,
  path: string,
  status: number,
  schema: S,
  init?: RequestInit,
): Promise<{ body: z.infer<S>; res: Response }> {
  const res = await fetch(`${base}${path}`, init);
  const text = await res.text();
  assert.equal(res.status, status, `${init?.method ?? 'GET'} ${path}: ${text}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  const parsed = z.safeParse(schema, JSON.parse(text));
  assert.ok(parsed.success, `${path}: response does not match its schema: ${JSON.stringify(parsed.error?.issues)}`);
  return { body: parsed.data as z.infer<S>, res };
}

/** Asserts an error answer: status, code, and (optionally) that a detail names `field`. */
export async function expectError(
  base: string,
  path: string,
  status: number,
  code: string,
  field?: string,
  init?: RequestInit,
): Promise<{ body: ErrorBody; res: Response }> {
  const { body, res } = await getJson(base, path, status, ErrorBody, init);
  assert.equal(body.error.code, code, JSON.stringify(body));
  assert.ok(body.error.message.length > 0);
  if (field !== undefined) {
    const paths = (body.error.details ?? []).map((d) => d.path);
    assert.ok(paths.includes(field), `expected a detail for ${field}, got ${JSON.stringify(paths)}`);
  }
  return { body, res };
}

export const postJson = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** A raw request whose path is sent byte for byte (fetch would normalise `..`). */
export function rawRequest(
  base: string,
  path: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
