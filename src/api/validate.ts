/** Schema checks for the client: zod issues become `{ path, message }` inside a ValidationError. */
import type * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from './errors.js';
import { issueMessage } from './issue-message.js';

/** `['items', 0, 'code']` → `items.0.code`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => (typeof part === 'symbol' ? part.description ?? '' : String(part))).join('.');
}

export function toIssues(error: z.core.$ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * Returns the parsed value or throws a ValidationError naming the first failing path. Messages are
 * Vietnamese per parse call, not through z.config(): a global config would change the messages of
 * the host application's own zod schemas.
 */
export function check<S extends z.ZodMiniType>(schema: S, value: unknown, where: 'request' | 'response'): z.output<S> {
  const result = schema.safeParse(value, { error: issueMessage });
  if (result.success) return result.data;
  throw new ValidationError(where, toIssues(result.error), result.error);
}
