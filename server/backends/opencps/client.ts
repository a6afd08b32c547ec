// Calls to OpenCPS v2 and what their statuses mean (§1.4): 200 with JSON is an answer, 203 and
// 401 are refusals (203 is a failure, never a success), 403 and 404 are "not found". Anything
// else — another status, a body that is not JSON, a shape outside the document, no answer in
// time — becomes one gateway error: 502 with a JSON body naming the call and what was wrong.
import { ApiError } from '../../errors.js';
import type { OpencpsConfig } from './config.js';
import { ShapeError } from './read.js';

export type Outcome = { ok: true; body: unknown } | { ok: false; kind: 'refused' | 'not-found'; status: number };

export interface OpencpsClient {
  get(path: string, query?: Record<string, string>, headers?: Record<string, string>): Promise<Outcome>;
  postForm(path: string, form: Record<string, string>): Promise<Outcome>;
  /** A file (a form template): its bytes and type, or undefined when OpenCPS has none. */
  file(path: string): Promise<{ body: Buffer; type: string } | undefined>;
  /** Runs `map` over an answer of `call`; a ShapeError in it becomes the 502. */
  read<T>(call: string, map: () => T): T;
}

/** The 502 every unexpected answer becomes; `call` names the OpenCPS call (never credentials). */
export function unexpected(call: string, what: string, code = 'BACKEND_UNEXPECTED'): ApiError {
  return new ApiError(502, code, `Hệ thống một cửa phía sau (OpenCPS) trả lời ngoài dự kiến / unexpected answer from the back end: ${what}`, {
    details: [{ path: call, message: what }],
  });
}

export function opencpsClient(config: OpencpsConfig): OpencpsClient {
  const headers: Record<string, string> = { groupId: config.groupId, Accept: 'application/json' };
  if (config.user) headers.Authorization = `Basic ${Buffer.from(`${config.user}:${config.password}`).toString('base64')}`;
  const timeout = config.timeoutMs ?? 10_000;

  async function send(method: string, path: string, init: { query?: Record<string, string>; body?: URLSearchParams; headers?: Record<string, string> }) {
    const url = new URL(`${config.baseUrl}${path}`);
    for (const [k, v] of Object.entries(init.query ?? {})) url.searchParams.set(k, v);
    const call = `${method} ${url.pathname}`;
    try {
      const res = await fetch(url, { method, headers: { ...headers, ...init.headers }, body: init.body, redirect: 'manual', signal: AbortSignal.timeout(timeout) });
      return { res, call };
    } catch (error) {
      const timedOut = (error as Error)?.name === 'TimeoutError';
      throw unexpected(call, timedOut ? `không trả lời trong ${timeout} ms / no answer in time` : 'không kết nối được / unreachable', timedOut ? 'BACKEND_TIMEOUT' : 'BACKEND_UNREACHABLE');
    }
  }

  async function outcome(res: Response, call: string): Promise<Outcome> {
    if (res.status === 203 || res.status === 401) {
      await res.arrayBuffer();
      return { ok: false, kind: 'refused', status: res.status };
    }
    if (res.status === 403 || res.status === 404) {
      await res.arrayBuffer();
      return { ok: false, kind: 'not-found', status: res.status };
    }
    const body = await res.text();
    if (res.status !== 200) throw unexpected(call, `HTTP ${res.status}`);
    try {
      return { ok: true, body: JSON.parse(body) };
    } catch {
      const type = res.headers.get('content-type') ?? 'không rõ';
      throw unexpected(call, `HTTP 200 nhưng nội dung không phải JSON (${type}) / not JSON`);
    }
  }

  return {
    async get(path, query, extra) {
      const { res, call } = await send('GET', path, { query, headers: extra });
      return outcome(res, call);
    },
    async postForm(path, form) {
      const { res, call } = await send('POST', path, { body: new URLSearchParams(form) });
      return outcome(res, call);
    },
    async file(path) {
      const { res, call } = await send('GET', path, {});
      if (res.status === 403 || res.status === 404 || res.status === 203) return void (await res.arrayBuffer());
      if (res.status !== 200) throw unexpected(call, `HTTP ${res.status}`);
      return { body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') ?? 'application/octet-stream' };
    },
    read(call, map) {
      try {
        return map();
      } catch (error) {
        if (error instanceof ShapeError) throw unexpected(call, error.message);
        throw error;
      }
    },
  };
}

/** The body of an answer that must exist; a refusal or "not found" here is itself unexpected. */
export function mustHave(call: string, result: Outcome): unknown {
  if (result.ok) return result.body;
  throw unexpected(call, `HTTP ${result.status} (${result.kind === 'refused' ? 'từ chối' : 'không thấy'}) cho một lời gọi công khai`);
}
