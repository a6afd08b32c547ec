// A loopback TCP proxy that misbehaves on purpose, for the exactly-once survey tests: it answers
// 503 to some first tries, cuts some connections in the middle of the request, and cuts others
// after the server has stored the response but before the client read it.
import { createServer, connect, type Server, type Socket } from 'node:net';

export type Fate = 'pass' | '503' | 'cut-mid-request' | 'cut-after-stored';

/** The fault for a key's first try; later tries pass (unless the server is down). */
export function firstTryFate(index: number): Fate {
  return (['503', 'cut-mid-request', 'cut-after-stored', 'pass'] as const)[index % 4]!;
}

export interface Proxy {
  port: number;
  /** Tries seen per idempotency key. */
  tries: Map<string, number>;
  /** How often each fault was applied. */
  applied: Record<Fate | 'upstream-down', number>;
  close(): Promise<void>;
}

/**
 * Reads each HTTP/1.1 request off the client socket (head + Content-Length body), decides its fate
 * from its Idempotency-Key and forwards it on one upstream connection per client connection. With
 * several upstreams it balances connections round-robin, as a load balancer in front of several
 * server instances would.
 */
export async function startProxy(upstreamPorts: () => number[], fateOf: (key: string, attempt: number) => Fate): Promise<Proxy> {
  let next = 0;
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
        const ports = upstreamPorts();
        const socket = connect(ports[next++ % ports.length]!, '127.0.0.1');
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
