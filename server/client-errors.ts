// Requests Node's HTTP parser refuses before any handler runs (a bad request line, headers too
// large, a request that never finishes arriving) still get the API's JSON error body. Node would
// answer with a bare status line; here the response is written on the raw socket ourselves.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { API_HEADERS } from './http.js';

interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** What to answer for a parser or timeout error (Node's error codes). */
export function refusalFor(code: string | undefined): Refusal {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, code: 'HEADERS_TOO_LARGE', message: 'Phần đầu (header) của yêu cầu quá lớn.' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Phần mở rộng của khối dữ liệu quá lớn.' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'REQUEST_TIMEOUT', message: 'Yêu cầu gửi lên quá chậm; vui lòng thử lại.' };
    default:
      return { status: 400, code: 'MALFORMED_REQUEST', message: 'Yêu cầu HTTP không hợp lệ.' };
  }
}

/** The full HTTP/1.1 response bytes: JSON body, the API's headers, connection closed. */
export function rawErrorResponse(refusal: Refusal): string {
  const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
  const headers: Record<string, string> = {
    ...API_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    Connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? 'Error'}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** Node's in-flight response on this socket, if any (an error while a pipelined answer is being written). */
type SocketWithMessage = Duplex & { _httpMessage?: { headersSent?: boolean } | null; remoteAddress?: string };

/**
 * The server's 'clientError' listener. A reset connection has nobody to answer; otherwise, unless
 * an answer already started on the socket (writing now would corrupt it), the JSON refusal is
 * written and the socket closed. Either way one debug line, never a stack.
 */
export function onClientError(debug: (message: string) => void) {
  return (error: Error & { code?: string }, socket: Duplex): void => {
    const s = socket as SocketWithMessage;
    const code = error.code ?? 'UNKNOWN';
    if (code === 'ECONNRESET' || !socket.writable || s._httpMessage?.headersSent) {
      debug(`server: kết nối từ ${s.remoteAddress ?? '?'} bị đóng (${code})`);
      socket.destroy();
      return;
    }
    const refusal = refusalFor(code);
    debug(`server: từ chối yêu cầu hỏng từ ${s.remoteAddress ?? '?'}: ${refusal.status} ${code}`);
    socket.end(rawErrorResponse(refusal));
    // A peer that never reads must not hold the socket open.
    setTimeout(() => socket.destroy(), 1_000).unref();
  };
}
