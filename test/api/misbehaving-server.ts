/**
 * A tiny loopback HTTP server whose behaviour each test scripts, recording every hit, so the SDK's
 * error handling is exercised over real sockets rather than a mocked fetch.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hit {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** performance.now() when the request's body had arrived. */
  at: number;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, hit: Hit, index: number) => void;

export interface Misbehaving {
  baseUrl: string;
  hits: Hit[];
  /** Replaces the behaviour and forgets earlier hits. */
  use(handler: Handler): void;
  close(): Promise<void>;
}

export async function startMisbehaving(): Promise<Misbehaving> {
  let handler: Handler = (_req, res) => json(res, 404, { error: { code: 'NOT_FOUND', message: 'Không có' } });
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const hit: Hit = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: performance.now(),
      };
      hits.push(hit);
      handler(req, res, hit, hits.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    hits,
    use(next) {
      handler = next;
      hits.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export const HOLIDAYS_2025 = {
  year: 2025,
  holidays: [{ date: '2025-09-02', name: 'Quốc khánh' }],
  workdays: [],
};
