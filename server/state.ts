// Builds the in-memory state the routes read: catalogue, search index, dossiers by code,
// holidays by year, roster by week, plus the durable survey store and the rate limits.
import { todayIso } from '../src/calendar/index.js';
import type { Procedure } from '../src/model/index.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';
import { hashKey } from './routes/dossiers.js';
import type { SurveyStore } from './survey-store.js';
import type { AppState, DossierEntry, ProcedureIndexLike, SampleData } from './types.js';

export interface RateLimitSettings {
  /** Failed dossier look-ups per client: 10 per 10 minutes. */
  lookupFailures?: Omit<RateLimitOptions, 'now'>;
  /** Survey submissions per client: 30 per minute. */
  surveys?: Omit<RateLimitOptions, 'now'>;
}

export function buildState(options: {
  data: SampleData;
  index: ProcedureIndexLike;
  surveys: SurveyStore;
  today?: Date;
  rateLimits?: RateLimitSettings;
}): AppState {
  const { data } = options;
  const procedures = new Map<string, Procedure>(data.procedures.map((p) => [p.code, p]));
  const fieldNames = new Map(data.procedures.map((p) => [p.field.code, p.field.name]));
  const dossiers = new Map<string, DossierEntry>(
    data.dossiers.map(({ dossier, lookupKey }) => [dossier.code, { dossier, keyHash: hashKey(lookupKey) }]),
  );
  return {
    today: () => todayIso('Asia/Ho_Chi_Minh', options.today ?? new Date()),
    data,
    procedures,
    fieldNames,
    index: options.index,
    dossiers,
    holidays: new Map(data.holidays.map((h) => [h.year, h])),
    roster: new Map(data.rosterWeeks.map((w) => [w.week, w])),
    surveys: options.surveys,
    limits: {
      lookupFailures: createRateLimiter(options.rateLimits?.lookupFailures ?? { limit: 10, windowMs: 10 * 60_000 }),
      surveys: createRateLimiter(options.rateLimits?.surveys ?? { limit: 30, windowMs: 60_000 }),
    },
  };
}
