// What a conformance check sees of one call: status, headers and parsed JSON.
import * as z from 'zod/mini';
import { ErrorBody } from '../../model/index.js';

export class CheckFailed extends Error {
  override name = 'CheckFailed';
}

export class Skipped extends Error {
  override name = 'Skipped';
}

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export type Call = (path: string, init?: RequestInit) => Promise<Answer>;

/** Calls `${base}${path}` with a time limit; a body that is not JSON stays `undefined`. */
export function caller(base: string, timeoutMs: number): Call {
  return async (path, init) => {
    const res = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: res.status, headers: res.headers, body, text };
  };
}

export const postJson = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export function expectStatus(answer: Answer, ...statuses: number[]): void {
  if (!statuses.includes(answer.status)) throw new CheckFailed(`HTTP ${answer.status}, cần ${statuses.join('/')}: ${answer.text.slice(0, 160)}`);
}

/** The body parsed by `schema`, or a failure naming the first wrong field. */
export function expectShape<S extends z.ZodMiniType>(answer: Answer, schema: S, what: string): z.infer<S> {
  const parsed = z.safeParse(schema, answer.body);
  if (parsed.success) return parsed.data as z.infer<S>;
  const issue = parsed.error.issues[0];
  throw new CheckFailed(`${what} sai dạng / wrong shape at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}`);
}

/** An error answer: the status, the contract's error body, and (optionally) its code. */
export function expectError(answer: Answer, status: number, code?: string): ErrorBody {
  expectStatus(answer, status);
  if (!(answer.headers.get('content-type') ?? '').startsWith('application/json')) throw new CheckFailed(`lỗi ${status} không phải JSON`);
  const body = expectShape(answer, ErrorBody, `lỗi ${status}`);
  if (code && body.error.code !== code) throw new CheckFailed(`mã lỗi ${body.error.code}, cần ${code}`);
  return body;
}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message);
}
