import * as z from 'zod/mini';

/** A calendar date as the offices write it on receipts: `YYYY-MM-DD`, local time, no zone. */
export const IsoDate = z.iso.date();
/** An instant with an offset, e.g. `2025-09-22T08:15:00+07:00`. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** A non-empty, trimmed string: empty names and codes are data errors, not values. */
export const Text = z.string().check(z.trim(), z.minLength(1));

/** One failing input, named by its path (`answers.staffAttitude`, `lookupKey`). */
export const ErrorDetail = z.object({
  path: z.string(),
  message: z.string(),
});
export type ErrorDetail = z.infer<typeof ErrorDetail>;

/** Every non-2xx answer of the reference API has this body. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.optional(z.array(ErrorDetail)),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/**
 * A field (lĩnh vực) such as Hộ tịch, referenced by code. Here rather than in procedure.ts (which
 * re-exports it) so the statistics' schemas need not load every procedure schema.
 */
export const FieldRef = z.object({ code: Text, name: Text });
export type FieldRef = z.infer<typeof FieldRef>;

/** A facet value with how many results carry it. */
export const FacetCount = z.object({
  value: z.string(),
  label: z.string(),
  count: z.int().check(z.gte(0)),
});
export type FacetCount = z.infer<typeof FacetCount>;

/** Builds the page envelope `{ items, total, page, pageSize }` around any item schema. */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.int().check(z.gte(0)),
    page: z.int().check(z.gte(1)),
    pageSize: z.int().check(z.gte(1), z.lte(100)),
  });
}
