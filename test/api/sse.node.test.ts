// The SDK's Server-Sent Events parser on byte streams cut at awkward places: fields, multi-line
// data, comments, CR/LF/CRLF line ends, a CRLF split across chunks, ids carried over, retry hints.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSse, type SseMessage } from '../../src/api/sse.js';

function streamOf(chunks: Array<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(typeof c === 'string' ? encoder.encode(c) : c);
      controller.close();
    },
  });
}

async function parse(chunks: Array<string | Uint8Array>) {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  let activity = 0;
  await readSse(streamOf(chunks), { message: (m) => messages.push(m), retry: (ms) => retries.push(ms), activity: () => activity++ });
  return { messages, retries, activity };
}

describe('readSse', () => {
  it('reads events, ids, multi-line data and retry hints, and skips comments', async () => {
    const { messages, retries } = await parse(['retry: 2000\n\n: heartbeat\n\nid: 7\nevent: called\ndata: {"a":1}\n\n', 'data: one\ndata: two\n\n']);
    assert.deepEqual(retries, [2000]);
    assert.deepEqual(messages, [
      { event: 'called', data: '{"a":1}', lastEventId: '7' },
      { event: 'message', data: 'one\ntwo', lastEventId: '7' },
    ]);
  });

  it('treats CR, LF and CRLF alike, even with a CRLF split between chunks', async () => {
    const { messages } = await parse(['id: 1\r', '\ndata: a\r\n\r', '\nid: 2\rdata: b\r\r', 'data:c\n\n']);
    assert.deepEqual(messages.map((m) => [m.lastEventId, m.data]), [['1', 'a'], ['2', 'b'], ['2', 'c']]);
  });

  it('decodes UTF-8 split inside a character, and drops an unfinished last event', async () => {
    const bytes = new TextEncoder().encode('data: Hộ tịch\n\n');
    const { messages, activity } = await parse([bytes.slice(0, 9), bytes.slice(9), 'data: cut off']);
    assert.deepEqual(messages.map((m) => m.data), ['Hộ tịch']);
    assert.equal(activity, 3);
  });

  it('ignores an id with a NUL and a field without a colon', async () => {
    const { messages } = await parse(['id: 3\n\nid: 4\u0000\ndata\ndata: x\n\n']);
    assert.deepEqual(messages.map((m) => [m.lastEventId, m.data]), [['3', '\nx']]);
  });
});
