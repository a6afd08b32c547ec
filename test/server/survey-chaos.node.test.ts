// Exactly once through a bad network: N survey responses go through the SDK (its retries, one
// idempotency key per response) and a loopback TCP proxy that answers 503 to some first tries,
// cuts some connections in the middle of the request, cuts others after the server has stored
// the response but before the client read it, while the server is restarted on the same data
// folder half-way. Afterwards the file holds exactly N lines, one per key.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createClient } from '../../src/api/client.js';
import type { SurveyReceipt, SurveyResponse } from '../../src/model/index.js';
import { SURVEY_FILE } from '../../server/survey-store.js';
import { fixtureServer, removeDir, tempDir } from './helpers.js';

const N = 40;

type Fate = 'pass' | '503' | 'cut-mid-request' | 'cut-after-stored';

/** The fault for a key's first try; later tries pass (unless the server is down). */
function firstTryFate(index: number): Fate {
  return (['503', 'cut-mid-request', 'cut-after-stored', 'pass'] as const)[index % 4]!;
}

interface Proxy {
  port: number;
  /** Tries seen per idempotency key. */
  tries: Map<string, number>;
  /** How often each fault was applied. */
  applied: Record<Fate | 'upstream-down', number>;
  close(): Promise<void>;
}

/**
 * Reads each HTTP/1.1 request off the client socket (head + Content-Length body), decides its fate
 * from its Idempotency-Key and forwards it on one upstream connection per client connection.
 */
async function startProxy(upstreamPort: () => number, fateOf: (key: string, attempt: number) => Fate): Promise<Proxy> {
  const tries = new Map<string, number>();
  const applied: Proxy['applied'] = { pass: 0, '503': 0, 'cut-mid-request': 0, 'cut-after-stored': 0, 'upstream-down': 0 };
  const sockets = new Set<Socket>();

  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    let upstream: Socket | undefined;
    let dropResponse = false;
    let buffer = Buffer.alloc(0);
    const kill = () => {
      client.destroy();
      upstream?.destroy();
    };
    const ensureUpstream = (): Promise<Socket | undefined> =>
      new Promise((resolve) => {
        if (upstream && !upstream.destroyed) return resolve(upstream);
        const socket = connect(upstreamPort(), '127.0.0.1');
        sockets.add(socket);
        socket.once('connect', () => {
          upstream = socket;
          socket.on('data', (chunk: Buffer) => {
            // The server answered, so it has stored the response: the client never hears of it.
            if (dropResponse) kill();
            else client.write(chunk);
          });
          socket.on('close', () => {
            sockets.delete(socket);
            client.end();
          });
          resolve(socket);
        });
        socket.once('error', () => resolve(undefined));
      });

    let chain = Promise.resolve();
    client.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      chain = chain.then(async () => {
        for (;;) {
          const headEnd = buffer.indexOf('\r\n\r\n');
          if (headEnd === -1) return;
          const head = buffer.subarray(0, headEnd).toString('latin1');
          const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
          const total = headEnd + 4 + length;
          if (buffer.length < total) return;
          const request = buffer.subarray(0, total);
          buffer = buffer.subarray(total);
          const key = /\r\nidempotency-key:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? '';
          const attempt = (tries.get(key) ?? 0) + 1;
          if (key) tries.set(key, attempt);
          const fate = key ? fateOf(key, attempt) : 'pass';
          if (fate === '503') {
            applied['503']++;
            const body = JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'Bảo trì, thử lại sau.' } });
            client.end(
              `HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
            );
            return;
          }
          const up = await ensureUpstream();
          if (!up) {
            applied['upstream-down']++;
            kill();
            return;
          }
          if (fate === 'cut-mid-request') {
            applied['cut-mid-request']++;
            up.write(request.subarray(0, headEnd + 4 + Math.floor(length / 2)));
            setTimeout(kill, 20);
            return;
          }
          if (fate === 'cut-after-stored') {
            applied['cut-after-stored']++;
            dropResponse = true;
          } else {
            applied.pass++;
          }
          up.write(request);
        }
      });
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    tries,
    applied,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

describe('surveys: exactly once through drops, 503s and a restart', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof fixtureServer>>;
  let serverPort: number;
  let proxy: Proxy;
  let restarting: Promise<void> = Promise.resolve();
  const keyIndex = new Map<string, number>();

  // A high limit: this test is about delivery; the 30/min limit has its own test.
  const start = (port: number) => fixtureServer({ port, dataDir: dir, rateLimits: { surveys: { limit: 10_000, windowMs: 60_000 } } });

  before(async () => {
    dir = await tempDir();
    server = await start(0);
    serverPort = server.port;
    proxy = await startProxy(
      () => serverPort,
      (key, attempt) => (attempt === 1 ? firstTryFate(keyIndex.get(key) ?? 3) : 'pass'),
    );
  });
  after(async () => {
    await proxy.close();
    // A failed run must not leave the restarted server holding the process open.
    await restarting.catch(() => undefined);
    await server.close();
    await removeDir(dir);
  });

  it(`stores ${N} responses exactly once`, async () => {
    const client = createClient({
      baseUrl: `http://127.0.0.1:${proxy.port}/api/v1`,
      timeout: 3_000,
      // Enough tries to ride out the restart; short waits keep the test quick.
      // (a server closing waits up to 5 s for open connections before it stops).
      retry: { limit: 40, backoffLimit: 500 },
    });
    const responses: Array<{ key: string; body: SurveyResponse }> = Array.from({ length: N }, (_, i) => {
      const key = `chaos-${String(i).padStart(4, '0')}-${Math.random().toString(36).slice(2, 10)}`;
      keyIndex.set(key, i);
      return {
        key,
        body: {
          formId: 'sipas-2025',
          formVersion: 1,
          answers: { time: 'on-time', overall: i % 3 === 0 ? 'very-satisfied' : 'satisfied' },
          comment: `Phiếu số ${i + 1}`,
          channel: i % 2 ? 'kiosk' : 'web',
          createdAt: new Date(Date.UTC(2025, 8, 15, 2, 0, i)).toISOString(),
        },
      };
    });

    const receipts = new Map<string, SurveyReceipt>();
    const send = async ({ key, body }: (typeof responses)[number]) => {
      receipts.set(key, await client.surveys.submit(body, { idempotencyKey: key }));
    };
    /** Four at a time, like a few kiosks and phones at once. */
    const pool = async (items: typeof responses) => {
      const queue = [...items];
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (let item = queue.shift(); item; item = queue.shift()) await send(item);
        }),
      );
    };

    await pool(responses.slice(0, N / 2));
    // Restart on the same port and data folder while the second half is being sent.
    const restart = (restarting = (async () => {
      await new Promise((r) => setTimeout(r, 30));
      await server.close();
      // Down for a moment: tries in this window find nobody listening.
      await new Promise((r) => setTimeout(r, 400));
      server = await start(serverPort);
    })());
    await Promise.all([pool(responses.slice(N / 2)), restart]);

    // Every fault happened, and the restart really interrupted someone.
    assert.ok(proxy.applied['503'] >= N / 4 - 1, JSON.stringify(proxy.applied));
    assert.ok(proxy.applied['cut-mid-request'] >= N / 4 - 1, JSON.stringify(proxy.applied));
    assert.ok(proxy.applied['cut-after-stored'] >= N / 4 - 1, JSON.stringify(proxy.applied));
    assert.ok([...proxy.tries.values()].some((t) => t > 1));
    assert.ok(proxy.applied['upstream-down'] > 0, `the restart interrupted no try: ${JSON.stringify(proxy.applied)}`);

    assert.equal(receipts.size, N);
    const ids = new Set([...receipts.values()].map((r) => r.id));
    assert.equal(ids.size, N, 'one id per response');
    // Tries that were stored but never read came back as duplicates of the first store.
    assert.ok([...receipts.values()].some((r) => r.duplicate), 'some retries were answered as duplicates');

    const lines = (await readFile(join(dir, SURVEY_FILE), 'utf8')).split('\n').filter((l) => l !== '');
    assert.equal(lines.length, N, `exactly ${N} lines stored`);
    const stored = lines.map((l) => JSON.parse(l) as { id: string; key: string; response: SurveyResponse });
    assert.deepEqual(new Set(stored.map((s) => s.key)), new Set(responses.map((r) => r.key)));
    for (const line of stored) {
      assert.equal(receipts.get(line.key)?.id, line.id, 'the receipt names the stored line');
      assert.deepEqual(line.response, responses.find((r) => r.key === line.key)!.body);
    }

    // Sending everything once more (a reloaded kiosk flushing its outbox) stores nothing new.
    await pool(responses);
    const again = (await readFile(join(dir, SURVEY_FILE), 'utf8')).split('\n').filter((l) => l !== '');
    assert.equal(again.length, N);
  });
});
