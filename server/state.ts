// Builds the state the routes read: catalogue, search index, dossiers by code, holidays by year,
// roster by week (all in memory, from the sample data), plus what lives in the database: survey
// responses, rate-limit counters, the gateway's ledger and the dossier-token secret.
import type { Procedure } from '../src/model/index.js';
import type { Database } from './db/database.js';
import { hashKey } from './dossier-access.js';
import { dossierTokens } from './dossier-token.js';
import { officeDate as localDay, officeToday } from '../src/domain/office-time.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';
import { ledger } from './store/ledger.js';
import { serverSecret } from './store/secrets.js';
import { surveyStore } from './store/surveys.js';
import { statsCache } from './stats-cache.js';
import { buildStatsHistory } from './stats-history.js';
import { createQueueHub } from './queue/hub.js';
import { createQueueOffice, type QueueOptions } from './queue/office.js';
import type { AppState, DossierEntry, ProcedureIndexLike, SampleData } from './types.js';

export interface RateLimitSettings {
  /** Failed dossier look-ups (and failed survey credentials) per client: 10 per 10 minutes. */
  lookupFailures?: RateLimitOptions;
  /** Survey submissions per client: 30 per minute. */
  surveys?: RateLimitOptions;
  /** Statistics questions the cache could not answer, per client: 60 per minute. */
  stats?: RateLimitOptions;
}

/** How long a dossier token from a look-up opens that dossier's survey: 24 hours. */
export const DEFAULT_TOKEN_TTL_MS = 24 * 60 * 60_000;

export async function buildState(options: {
  data: SampleData;
  index: ProcedureIndexLike;
  db: Database;
  today?: Date;
  now?: () => number;
  rateLimits?: RateLimitSettings;
  tokenTtlMs?: number;
  queue?: QueueOptions;
}): Promise<AppState> {
  const { data, db } = options;
  const now = options.now ?? Date.now;
  const procedures = new Map<string, Procedure>(data.procedures.map((p) => [p.code, p]));
  const fieldNames = new Map(data.procedures.map((p) => [p.field.code, p.field.name]));
  const dossiers = new Map<string, DossierEntry>(
    data.dossiers.map(({ dossier, lookupKey }) => [
      dossier.code,
      { dossier, keyHash: hashKey(lookupKey), receivedOn: localDay(dossier.receivedAt) },
    ]),
  );
  const secret = await serverSecret(db, 'dossier-token');
  return {
    today: () => officeToday(options.today ?? new Date(now())),
    now,
    data,
    procedures,
    fieldNames,
    index: options.index,
    dossiers,
    holidays: new Map(data.holidays.map((h) => [h.year, h])),
    roster: new Map(data.rosterWeeks.map((w) => [w.week, w])),
    surveys: surveyStore(db),
    history: buildStatsHistory(data, procedures, dossiers.values()),
    statsCache: statsCache({ now }),
    limits: {
      lookupFailures: createRateLimiter(db, 'lookup-failures', options.rateLimits?.lookupFailures ?? { limit: 10, windowMs: 10 * 60_000 }, now),
      surveys: createRateLimiter(db, 'survey-submissions', options.rateLimits?.surveys ?? { limit: 30, windowMs: 60_000 }, now),
      stats: createRateLimiter(db, 'stats-questions', options.rateLimits?.stats ?? { limit: 60, windowMs: 60_000 }, now),
    },
    tokens: dossierTokens(secret, options.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS, now),
    ledger: ledger(db, now),
    queue: queueState(data, now, options.queue),
  };
}

/** The queue office takes the roster's office name and hours, and the public holidays. */
function queueState(data: SampleData, now: () => number, options: QueueOptions | undefined): AppState['queue'] {
  const sample = data.rosterWeeks[0];
  const office = createQueueOffice(
    {
      office: sample?.office ?? 'Bộ phận Một cửa',
      hours: sample?.hours ?? { morning: '07:30–11:30', afternoon: '13:30–17:00' },
      holidays: data.holidays,
    },
    options,
  );
  return { office, hub: createQueueHub(office, now, options) };
}
