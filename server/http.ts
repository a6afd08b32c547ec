// Low-level request/response helpers: JSON out, JSON in with size and type limits.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './errors.js';

export const MAX_BODY_BYTES = 16 * 1024;

/** Headers every API answer carries: CORS for any portal, and no sniffing. */
export const API_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
  'X-Content-Type-Options': 'nosniff',
};

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    ...API_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(payload.length),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(payload);
}

export function sendError(res: ServerResponse, error: ApiError): void {
  sendJson(res, error.status, error.toBody(), error.headers);
}

function isJsonType(header: string | undefined): boolean {
  if (!header) return false;
  const mediaType = header.split(';')[0]!.trim().toLowerCase();
  return mediaType === 'application/json' || /^application\/[\w.-]+\+json$/.test(mediaType);
}

const tooLarge = () =>
  new ApiError(413, 'PAYLOAD_TOO_LARGE', `Dữ liệu gửi lên vượt quá ${MAX_BODY_BYTES / 1024} KiB.`, {
    // The unread rest of the body makes the connection unusable for another request.
    headers: { Connection: 'close' },
  });

/** The client went away before its body arrived: nobody is left to answer, nothing went wrong here. */
export class ClientGone extends Error {
  override name = 'ClientGone';
  constructor(readonly received: number) {
    super(`client left after ${received} bytes of the body`);
  }
}

/**
 * Buffers the body up to `limit` bytes. Events rather than `for await`: leaving an async
 * iterator early destroys the request, and with it the socket we still have to answer on.
 * A connection that closes before the end rejects with ClientGone instead of hanging.
 */
function collect(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    let ended = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return; // keep draining, stop buffering
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      ended = true;
      if (!failed) resolve(Buffer.concat(chunks));
    });
    // A drop mid-body shows as 'error' (ECONNRESET, "aborted") and/or 'close' without 'end'.
    const gone = () => {
      if (ended || failed) return;
      failed = true;
      reject(new ClientGone(size));
    };
    req.on('error', gone);
    req.on('close', gone);
  });
}

/**
 * Reads a JSON body: 415 unless the content type is JSON, 413 beyond 16 KiB (checked on the
 * declared length first, then while streaming), 400 `INVALID_JSON` for bytes that are not JSON.
 */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw tooLarge();
  }
  if (!isJsonType(req.headers['content-type'])) {
    req.resume();
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Dữ liệu phải gửi dạng JSON (Content-Type: application/json).');
  }
  const raw = await collect(req, limit);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new ApiError(400, 'INVALID_JSON', 'Dữ liệu gửi lên không phải UTF-8 hợp lệ.');
  }
  if (text.trim() === '') throw new ApiError(400, 'INVALID_JSON', 'Thiếu nội dung JSON.');
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'INVALID_JSON', 'Nội dung gửi lên không phải JSON hợp lệ.');
  }
}
