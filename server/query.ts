// Query strings into schema input: empty values count as absent, listed numeric
// parameters are coerced here (the shared schemas expect numbers, URLs carry text).
import type * as z from 'zod/mini';
import { ApiError, check, invalidQuery } from './errors.js';

export function parseQuery<S extends z.ZodMiniType>(
  params: URLSearchParams,
  schema: S,
  keys: readonly string[],
  numeric: readonly string[] = [],
): z.infer<S> {
  const input: Record<string, unknown> = {};
  for (const key of keys) {
    const values = params.getAll(key).filter((v) => v.trim() !== '');
    if (values.length === 0) continue;
    if (values.length > 1) {
      throw new ApiError(400, 'INVALID_QUERY', `Tham số ${key} chỉ được có một giá trị.`, {
        details: [{ path: key, message: 'tham số bị lặp lại' }],
      });
    }
    const value = values[0]!.trim();
    // Only plain decimal integers become numbers; '1e3' or '0x10' stay text and fail the schema.
    input[key] = numeric.includes(key) && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  }
  const result = check(schema, input);
  if (!result.ok) throw invalidQuery(result.details);
  return result.data;
}
