// What a hostile or broken client sends below the API: requests Node's parser refuses, requests
// that never finish arriving, uploads cut off mid-body. Every answer is the API's JSON error
// body, and routine drops are one quiet debug line each, never a warning with a stack.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ErrorBody } from '../../src/model/index.js';
import { fixtureServer } from './helpers.js';

let server: Awaited<ReturnType<typeof fixtureServer>>;
let port: number;

before(async () => {
  server = await fixtureServer({ timeouts: { headers: 1_000, request: 2_000, checkEvery: 250 } });
  port = server.port;
});
after(async () => {
  await server.close();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Writes `bytes` on a fresh TCP connection and reads until the server closes it. */
function raw(bytes: string | Buffer, options: { keepOpen?: boolean; timeoutMs?: number } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${options.timeoutMs ?? 5000} ms; got ${JSON.stringify(text)}`));
    }, options.timeoutMs ?? 5000);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: Buffer.from(rest.join('\r\n\r\n'), 'latin1').toString('utf8') });
    });
    socket.write(bytes);
    if (!options.keepOpen) socket.end();
  });
}

function assertJsonError(answer: RawAnswer, status: number, what: string): void {
  assert.equal(answer.status, status, `${what}: ${answer.status} ${answer.body}`);
  assert.match(answer.headers['content-type'] ?? '', /^application\/json/, what);
  const body = ErrorBody.parse(JSON.parse(answer.body));
  assert.ok(body.error.code.length > 0 && body.error.message.length > 0, what);
  assert.equal(answer.headers['access-control-allow-origin'], '*', what);
}

describe('malformed HTTP gets a JSON error', () => {
  const cases: Array<[string, string, number]> = [
    ['a request line that is not HTTP', 'GARBAGE\r\n\r\n', 400],
    ['a method with illegal characters', 'G@T / HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['an unknown HTTP version', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n', 400],
    ['a space inside the target', 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['a header name with a space', 'GET / HTTP/1.1\r\nHo st: x\r\n\r\n', 400],
    ['a control character in a header value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\n\r\n', 400],
    ['a Content-Length that is not a number', 'POST /api/v1/dossiers/lookup HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', 400],
    ['two different Content-Lengths', 'POST /api/v1/dossiers/lookup HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab', 400],
    ['Content-Length with Transfer-Encoding', 'POST /api/v1/dossiers/lookup HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 400],
    ['a chunk size that is not hex', 'POST /api/v1/dossiers/lookup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nxx\r\n0\r\n\r\n', 400],
    ['an HTTP/2 preface on the HTTP/1 port', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 400],
    ['HTTP/1.1 without Host', 'GET /api/v1/fields HTTP/1.1\r\n\r\n', 400],
    ['headers larger than 16 KiB', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ['a target longer than the header limit', `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
  ];
  for (const [what, bytes, status] of cases) {
    it(`${status} for ${what}`, async () => {
      assertJsonError(await raw(bytes), status, what);
    });
  }

  it('408 for headers that never finish (slowloris)', async () => {
    const answer = await raw('GET /api/v1/fields HTTP/1.1\r\nHost: x\r\nX-Slow: ', { keepOpen: true, timeoutMs: 8_000 });
    assertJsonError(answer, 408, 'slow headers');
  });

  it('the server still answers normally afterwards, and logged no warning', async () => {
    const res = await fetch(`${server.url}/api/v1/fields`);
    assert.equal(res.status, 200);
    await res.arrayBuffer();
    assert.deepEqual(server.warnings, []);
    assert.ok(server.debugLines.some((l) => /400 HPE_/.test(l)), server.debugLines.join('\n'));
  });
});

describe('uploads cut off mid-body', () => {
  it('are one debug line each: no warning, no stack, and the server keeps serving', async () => {
    const drops = 50;
    const before = server.debugLines.length;
    for (let i = 0; i < drops; i++) {
      await new Promise<void>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(
            'POST /api/v1/surveys/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
              `Idempotency-Key: drop-${String(i).padStart(6, '0')}\r\nContent-Length: 1000\r\n\r\n{"formId":"sipas`,
          );
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 5);
        });
        socket.on('error', () => resolve());
      });
    }
    // The server notices each drop a moment later.
    const deadline = Date.now() + 5_000;
    const dropLines = () => server.debugLines.slice(before).filter((l) => /bỏ đi giữa chừng/.test(l));
    while (dropLines().length < drops && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(dropLines().length, drops, server.debugLines.slice(before).join('\n'));
    assert.ok(dropLines().every((l) => !l.includes('\n') && !/at .+:\d+:\d+/.test(l)), 'one line, no stack');
    assert.deepEqual(server.warnings, []);
    const res = await fetch(`${server.url}/api/v1/fields`);
    assert.equal(res.status, 200);
    await res.arrayBuffer();
  });
});
