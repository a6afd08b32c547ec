/**
 * The SDK's errors. Every failure of a client call is one of these, so callers can branch on the
 * class (or the guards below) instead of parsing messages. Messages are Vietnamese (the citizen-facing
 * default); `name` is the English class name, stable for logs and `instanceof`-free checks.
 */
import type { ErrorBody, ErrorDetail } from '../model/index.js';

export type ErrorInfo = ErrorBody['error'];

/**
 * Marks SDK errors across copies of the library: a page may load the CDN file and an app's npm
 * copy together, and `instanceof` fails between them; the registered symbol is shared.
 */
const BRAND = Symbol.for('motcua.error');

/** Base of every SDK error. */
export class MotcuaError extends Error {
  override name = 'MotcuaError';
  /**
   * Set on every error from `surveys.submit`: the Idempotency-Key that call used (given or
   * generated), so the caller can send the same response again later with `{ idempotencyKey }`
   * and have it stored at most once.
   */
  readonly idempotencyKey?: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** `error` is an SDK error (of any copy of motcua) whose class is `name`, or any SDK error. */
function branded(error: unknown, name?: string): boolean {
  if (typeof error !== 'object' || error === null || (error as Record<symbol, unknown>)[BRAND] !== true) return false;
  return name === undefined || (error as Error).name === name;
}

/** The server answered with a non-2xx status. */
export class HttpError extends MotcuaError {
  override name = 'HttpError';
  readonly status: number;
  /** Machine code from the server body (`DOSSIER_NOT_FOUND`), or `HTTP_<status>` when the body had none. */
  readonly code: string;
  /** The parsed `error` object of the body, when the body was a valid ErrorBody. */
  readonly body: ErrorInfo | undefined;
  /** Seconds the server asked us to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;
  /** Which inputs failed, as the server named them. */
  readonly details: ErrorDetail[];

  constructor(init: { status: number; body?: ErrorInfo; retryAfter?: number; url?: string; cause?: unknown }) {
    const code = init.body?.code ?? `HTTP_${init.status}`;
    const text = init.body?.message ?? `Máy chủ trả lời lỗi ${init.status}`;
    super(`${text} (${init.status} ${code})`, { cause: init.cause });
    this.status = init.status;
    this.code = code;
    this.body = init.body;
    this.retryAfter = init.retryAfter;
    this.details = init.body?.details ?? [];
  }
}

/** The request never got an answer: DNS, refused or reset connection, offline. */
export class NetworkError extends MotcuaError {
  override name = 'NetworkError';
  constructor(cause: unknown) {
    super('Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.', { cause });
  }
}

/** No answer within the time allowed (per attempt). */
export class TimeoutError extends MotcuaError {
  override name = 'TimeoutError';
  /** The limit that was exceeded, in milliseconds. */
  readonly timeout: number;
  constructor(timeout: number, cause?: unknown) {
    super(`Máy chủ không trả lời sau ${Math.round(timeout / 100) / 10} giây.`, { cause });
    this.timeout = timeout;
  }
}

export interface ValidationIssue {
  /** Dotted path of the failing value (`items.0.code`); empty for the value itself. */
  path: string;
  message: string;
}

/**
 * Data did not match its schema: the caller's input before sending (`where: 'request'`, nothing was
 * sent) or the server's answer (`where: 'response'`, a contract break the caller cannot fix).
 */
export class ValidationError extends MotcuaError {
  override name = 'ValidationError';
  readonly where: 'request' | 'response';
  readonly issues: ValidationIssue[];
  constructor(where: 'request' | 'response', issues: ValidationIssue[], cause?: unknown) {
    const first = issues[0];
    const lead = where === 'request' ? 'Yêu cầu không hợp lệ' : 'Phản hồi không hợp lệ';
    const at = first ? ` tại ${first.path === '' ? '(toàn bộ)' : first.path}: ${first.message}` : '';
    super(`${lead}${at}`, { cause });
    this.where = where;
    this.issues = issues;
  }
}

/** The caller aborted the call through its AbortSignal. */
export class AbortError extends MotcuaError {
  override name = 'AbortError';
  constructor(cause?: unknown) {
    super('Yêu cầu đã bị huỷ.', { cause });
  }
}

export const isMotcuaError = (error: unknown): error is MotcuaError => error instanceof MotcuaError || branded(error);
export const isHttpError = (error: unknown): error is HttpError => error instanceof HttpError || branded(error, 'HttpError');
export const isNetworkError = (error: unknown): error is NetworkError => error instanceof NetworkError || branded(error, 'NetworkError');
export const isTimeoutError = (error: unknown): error is TimeoutError => error instanceof TimeoutError || branded(error, 'TimeoutError');
export const isValidationError = (error: unknown): error is ValidationError =>
  error instanceof ValidationError || branded(error, 'ValidationError');
export const isAbortError = (error: unknown): error is AbortError => error instanceof AbortError || branded(error, 'AbortError');
