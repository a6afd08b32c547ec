// One error type for every non-2xx answer, so handlers throw and the app renders
// the contract's ErrorBody in one place.
import * as z from 'zod/mini';
import type { ErrorBody, ErrorDetail } from '../src/model/index.js';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { details?: ErrorDetail[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  toBody(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message };
    if (this.details && this.details.length > 0) error.details = this.details;
    return { error };
  }
}

// Vietnamese messages for zod's built-in checks; custom messages in the schemas still win.
const viErrors = z.locales.vi().localeError;

/** Turns zod issues into `{ path, message }`, the path dotted (`answers.staffAttitude`). */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[], prefix: string[] = []): ErrorDetail[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

/** Parses with Vietnamese messages; returns the data or the details of every failing path. */
export function check<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; details: ErrorDetail[] } {
  const result = z.safeParse(schema, value, { error: viErrors });
  if (result.success) return { ok: true, data: result.data as z.infer<S> };
  return { ok: false, details: issuesToDetails(result.error.issues) };
}

/** Body failed its schema: 422 naming each field. */
export function validationFailed(details: ErrorDetail[]): ApiError {
  const first = details[0]?.path || 'body';
  return new ApiError(422, 'VALIDATION_FAILED', `Dữ liệu gửi lên không hợp lệ (trường ${first}).`, { details });
}

/** Query string failed its schema: 400 naming each parameter. */
export function invalidQuery(details: ErrorDetail[]): ApiError {
  const first = details[0]?.path || 'query';
  return new ApiError(400, 'INVALID_QUERY', `Tham số truy vấn không hợp lệ (${first}).`, { details });
}
