import * as z from 'zod/mini';
import { FieldRef, IsoDate, Text } from './common.js';
import { PERIOD_UNITS } from '../domain/periods.js';

const count = z.int().check(z.gte(0));

/**
 * Dossier counts for a slice. `resolved = early + onTime + late`; unfinished dossiers are
 * `inProgress` (within the deadline) or `overdue`.
 */
export const DossierCounts = z.object({
  received: count,
  resolved: count,
  early: count,
  onTime: count,
  late: count,
  inProgress: count,
  overdue: count,
});
export type DossierCounts = z.infer<typeof DossierCounts>;

export const SatisfactionCounts = z.object({
  responses: count,
  verySatisfied: count,
  satisfied: count,
  dissatisfied: count,
});
export type SatisfactionCounts = z.infer<typeof SatisfactionCounts>;

export const StatsGroupBy = z.enum(PERIOD_UNITS);
export type StatsGroupBy = z.infer<typeof StatsGroupBy>;

export const StatsQuery = z.object({
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
  groupBy: z.optional(StatsGroupBy),
  field: z.optional(z.string().check(z.maxLength(50))),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

export const Stats = z.object({
  from: IsoDate,
  to: IsoDate,
  groupBy: StatsGroupBy,
  totals: DossierCounts,
  byField: z.array(z.extend(DossierCounts, { field: FieldRef })),
  /** Period keys: `2025-09` (month), `2025-Q3` (quarter), `2025` (year). */
  byPeriod: z.array(z.extend(DossierCounts, { period: Text })),
  satisfaction: z.extend(SatisfactionCounts, {
    byAgency: z.array(z.extend(SatisfactionCounts, { agency: Text })),
    /** Same periods as `byPeriod` above (optional: servers before 0.2 leave it out). */
    byPeriod: z.optional(z.array(z.extend(SatisfactionCounts, { period: Text }))),
  }),
});
export type Stats = z.infer<typeof Stats>;
