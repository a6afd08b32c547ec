/**
 * One ky instance plus the retry policies and the error mapping every resource shares. Resources
 * call `send()`: it validates nothing itself; it returns the parsed JSON body or throws an SDK error.
 */
import ky, { HTTPError, TimeoutError as KyTimeoutError, type Hooks, type KyInstance, type RetryOptions } from 'ky';
import { ErrorBody } from '../model/common.js';
import { AbortError, HttpError, MotcuaError, NetworkError, TimeoutError, ValidationError } from './errors.js';
import { sleep } from './sleep.js';

export interface RetryConfig {
  /** Retries after the first try (default 2). */
  limit: number;
  /** Statuses worth another try (default 408, 413, 429, 500, 502, 503, 504). */
  statusCodes?: number[];
  /** Upper bound of one backoff wait, ms (default 10 000). */
  backoffLimit?: number;
  /** A `Retry-After` longer than this (ms, default 30 000) is not waited for: the HttpError carries it instead. */
  maxRetryAfter?: number;
}

export interface ClientOptions {
  /** API root including its base path, e.g. `https://motcua.example.gov.vn/api/v1`. */
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  /** Per-attempt limit in ms (default 10 000). */
  timeout?: number;
  retry?: number | RetryConfig;
  headers?: Record<string, string> | Headers;
  hooks?: Pick<Hooks, 'beforeRequest' | 'afterResponse' | 'beforeRetry'>;
}

/** Options every call accepts. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Per-attempt limit in ms for this call. */
  timeout?: number;
}

/**
 * - `read`: GET, retried on every retryable status and on network errors.
 * - `lookup`: POST that the server counts as a guess when it fails, so 4xx (even 429) is never
 *   retried; network errors and gateway/unavailable statuses are, as no guess was counted there.
 * - `once`: POST made idempotent by an Idempotency-Key, so it is retried like a read, and also
 *   after a timeout or a connection cut before the whole answer arrived: the server may have
 *   stored it, and the key makes the next try answer with that first result.
 */
export type RetryPolicy = 'read' | 'lookup' | 'once';

export interface SendInit {
  method: 'get' | 'post';
  path: string;
  searchParams?: Record<string, string | number | undefined>;
  json?: unknown;
  headers?: Record<string, string>;
  policy: RetryPolicy;
}

export const DEFAULT_TIMEOUT = 10_000;
const RETRY_STATUS = [408, 413, 429, 500, 502, 503, 504];
const LOOKUP_STATUS = [502, 503, 504];

export interface Transport {
  send(init: SendInit, call?: CallOptions): Promise<unknown>;
  /**
   * Opens a long-lived answer (a Server-Sent Events stream): waits for the headers only, maps a
   * failure to the SDK's errors, and leaves the body to the caller. No retries: a stream's
   * reconnection has its own backoff.
   */
  open?(init: Omit<SendInit, 'policy' | 'json'>, call?: CallOptions): Promise<Response>;
}

/** ky's retry options for a call of `policy`: which statuses, how long to wait, when to stop. */
function retryFor(config: RetryConfig, policy: RetryPolicy, signal: AbortSignal | undefined): RetryOptions {
  const maxRetryAfter = config.maxRetryAfter ?? 30_000;
  const statusCodes = config.statusCodes ?? RETRY_STATUS;
  return {
    limit: Math.max(0, config.limit),
    methods: policy === 'read' ? ['get'] : ['post'],
    statusCodes: policy === 'lookup' ? statusCodes.filter((s) => LOOKUP_STATUS.includes(s)) : statusCodes,
    afterStatusCodes: [413, 429, 503],
    backoffLimit: config.backoffLimit ?? 10_000,
    // 300 ms, 600 ms, 1.2 s … before jitter.
    delay: (attempt) => 300 * 2 ** (attempt - 1),
    // "Equal jitter": half fixed, half random, so clients that failed together spread out.
    jitter: (ms) => ms / 2 + Math.random() * (ms / 2),
    retryOnTimeout: policy === 'once',
    shouldRetry: ({ error }) => {
      if (signal?.aborted) return false;
      if (error instanceof HTTPError) {
        const after = retryAfterSeconds(error.response.headers.get('retry-after'));
        if (after !== undefined && after * 1000 > maxRetryAfter) return false;
      }
      return undefined;
    },
  };
}

/** The ky instance behind every call: base URL, the caller's fetch, headers and hooks. */
function kyFor(options: ClientOptions, timeout: number): KyInstance {
  return ky.create({
    prefixUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    hooks: {
      beforeRequest: options.hooks?.beforeRequest ?? [],
      afterResponse: options.hooks?.afterResponse ?? [],
      beforeRetry: options.hooks?.beforeRetry ?? [],
    },
    timeout,
  });
}

/** One request and its body; ky retries what fails before the headers arrive. */
async function attempt(
  instance: KyInstance,
  config: RetryConfig,
  init: SendInit,
  call: CallOptions,
  attemptTimeout: number,
): Promise<unknown> {
  const { signal } = call;
  let response: Response;
  try {
    response = await instance(init.path, {
      method: init.method,
      ...(init.searchParams ? { searchParams: dropUndefined(init.searchParams) } : {}),
      ...(init.json !== undefined ? { json: init.json } : {}),
      ...(init.headers ? { headers: init.headers } : {}),
      ...(signal ? { signal } : {}),
      timeout: attemptTimeout,
      retry: retryFor(config, init.policy, signal),
    });
  } catch (error) {
    throw await mapError(error, signal, attemptTimeout);
  }
  let text: string;
  try {
    text = await readBody(response, signal, attemptTimeout);
  } catch (error) {
    throw error instanceof NetworkError || error instanceof TimeoutError ? new BodyCut(error) : error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ValidationError('response', [{ path: '', message: `không phải JSON (${describeType(response)})` }], error);
  }
}

export function createTransport(options: ClientOptions): Transport {
  if (typeof options.baseUrl !== 'string' || options.baseUrl === '') {
    throw new TypeError('createClient: baseUrl là bắt buộc (baseUrl is required)');
  }
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const config: RetryConfig = typeof options.retry === 'number' ? { limit: options.retry } : options.retry ?? { limit: 2 };

  const instance = kyFor(options, timeout);

  async function send(init: SendInit, call: CallOptions = {}): Promise<unknown> {
    const { signal } = call;
    const attemptTimeout = call.timeout ?? timeout;
    // An answer cut off or stalled after its headers is past ky's retries; a call that is safe to
    // repeat gets the same number of tries again for that.
    const bodyRetries = init.policy === 'once' ? Math.max(0, config.limit) : 0;
    for (let tries = 0; ; tries++) {
      if (signal?.aborted) throw new AbortError(signal.reason);
      try {
        return await attempt(instance, config, init, call, attemptTimeout);
      } catch (error) {
        if (!(error instanceof BodyCut)) throw error;
        if (tries >= bodyRetries || signal?.aborted) throw signal?.aborted ? new AbortError(signal.reason) : error.error;
        await sleep(Math.min(config.backoffLimit ?? 10_000, 300 * 2 ** tries), signal);
      }
    }
  }

  async function open(init: Omit<SendInit, 'policy' | 'json'>, call: CallOptions = {}): Promise<Response> {
    const { signal } = call;
    const attemptTimeout = call.timeout ?? timeout;
    try {
      return await instance(init.path, {
        method: init.method,
        ...(init.searchParams ? { searchParams: dropUndefined(init.searchParams) } : {}),
        ...(init.headers ? { headers: init.headers } : {}),
        ...(signal ? { signal } : {}),
        timeout: attemptTimeout,
        retry: 0,
      });
    } catch (error) {
      throw await mapError(error, signal, attemptTimeout);
    }
  }

  return { send, open };
}

/**
 * ky's timeout ends when the headers arrive; a body that stalls after them must not hang the call,
 * so reading it gets the same limit and the caller's signal.
 */
async function readBody(response: Response, signal: AbortSignal | undefined, timeout: number): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(timeout)), timeout);
    onAbort = () => reject(new AbortError(signal?.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([response.text(), stop]);
  } catch (error) {
    void response.body?.cancel().catch(() => undefined);
    if (error instanceof MotcuaError) throw error;
    throw signal?.aborted ? new AbortError(signal.reason) : new NetworkError(error);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

/** The answer's headers came but its body did not (cut, or stalled past the timeout). */
class BodyCut {
  constructor(readonly error: NetworkError | TimeoutError) {}
}


function dropUndefined(params: Record<string, string | number | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) out[key] = String(value);
  return out;
}

function describeType(response: Response): string {
  return response.headers.get('content-type') ?? 'không có Content-Type';
}

/** `Retry-After` is either delta-seconds or an HTTP date; both become seconds from now. */
export function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

async function mapError(error: unknown, signal: AbortSignal | undefined, timeout: number): Promise<MotcuaError> {
  if (error instanceof MotcuaError) return error;
  // The caller's abort wins over whatever the fetch happened to reject with at that moment.
  if (signal?.aborted) return new AbortError(signal.reason);
  if (error instanceof HTTPError) return toHttpError(error);
  if (error instanceof KyTimeoutError) return new TimeoutError(timeout, error);
  if (error instanceof Error && error.name === 'AbortError') return new AbortError(error);
  return new NetworkError(error);
}

async function toHttpError(error: HTTPError): Promise<HttpError> {
  const { response } = error;
  let body: ErrorBody['error'] | undefined;
  try {
    const parsed = ErrorBody.safeParse(JSON.parse(await response.text()));
    if (parsed.success) body = parsed.data.error;
  } catch {
    // A proxy's HTML error page or an empty body: the status alone must do.
  }
  const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
  return new HttpError({
    status: response.status,
    ...(body ? { body } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
    url: response.url,
    cause: error,
  });
}
