import * as z from 'zod/mini';
import { ProcedureSummary } from './procedure.js';

/**
 * The whole catalogue for searching on the device (`GET /procedures/search-index`): every
 * procedure as a summary, in the order the index was built, and the prebuilt search index
 * (motcua/search's `serialize()`), which `loadProcedureIndex` checks itself (version, catalogue).
 */
export const ProcedureSearchBundle = z.object({
  items: z.array(ProcedureSummary),
  index: z.optional(z.unknown()),
});
export type ProcedureSearchBundle = z.infer<typeof ProcedureSearchBundle>;
