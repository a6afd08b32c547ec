// Survey responses in the database: each stored exactly once per idempotency key (primary key of
// idempotency_keys) and at most once per dossier (unique index), with the day's satisfaction
// counts updated in the same transaction.
import { randomUUID } from 'node:crypto';
import type { StatsGroupBy, SurveyReceipt, SurveyResponse } from '../../src/model/index.js';
import { isoOf, type Database, type Queryable } from '../db/database.js';
import { ApiError } from '../errors.js';

const SCOPE = 'survey';

export type Overall = 'very-satisfied' | 'satisfied' | 'dissatisfied';

/** A checked response and what the server decided about it. */
export interface NewSurvey {
  /** Kept when importing responses that already have receipts; new ones get a fresh id. */
  id?: string;
  key: string;
  bodyHash: string;
  response: SurveyResponse;
  dossierCode: string | undefined;
  agency: string;
  overall: Overall | undefined;
  /** The server's clock, never the client's. */
  createdAt: Date;
  /** Vietnam calendar day of createdAt, `YYYY-MM-DD`. */
  localDay: string;
}

export interface SatisfactionRow {
  period: string;
  agency: string;
  overall: Overall;
  responses: number;
}

export interface SurveyStore {
  /**
   * The receipt of an earlier submission with this key and body (`duplicate: true`), undefined
   * for a new key, 409 IDEMPOTENCY_CONFLICT when the key was used for another body.
   */
  replay(key: string, bodyHash: string): Promise<SurveyReceipt | undefined>;
  /** Stores once; `created` false means the key was stored meanwhile (by a parallel try). 409 for a dossier already evaluated. */
  submit(input: NewSurvey): Promise<{ receipt: SurveyReceipt; created: boolean }>;
  /** Responses in [from, to] (Vietnam days) counted by period, agency and overall answer. */
  satisfaction(from: string, to: string, groupBy: StatsGroupBy): Promise<SatisfactionRow[]>;
}

export const idempotencyConflict = () =>
  new ApiError(409, 'IDEMPOTENCY_CONFLICT', 'Khoá Idempotency-Key này đã được dùng cho một phiếu khác.', {
    details: [{ path: 'Idempotency-Key', message: 'khoá đã dùng với nội dung khác' }],
  });

export const alreadyEvaluated = () =>
  new ApiError(409, 'SURVEY_ALREADY_SUBMITTED', 'Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ được đánh giá một lần.', {
    details: [{ path: 'dossierCode', message: 'hồ sơ đã có phiếu đánh giá' }],
  });

interface KeyRow {
  body_hash: string;
  result_id: string;
  created_at: unknown;
}

async function earlier(q: Queryable, key: string, bodyHash: string): Promise<SurveyReceipt | undefined> {
  const [row] = await q.query<KeyRow>(
    'select body_hash, result_id, created_at from idempotency_keys where scope = $1 and key = $2',
    [SCOPE, key],
  );
  if (!row) return undefined;
  if (row.body_hash !== bodyHash) throw idempotencyConflict();
  return { id: row.result_id, receivedAt: isoOf(row.created_at), duplicate: true };
}

/** SQL for the period label of `local_day`, matching periodOf() in src/domain/periods.ts. */
const PERIOD_SQL: Record<StatsGroupBy, string> = {
  month: `to_char(local_day, 'YYYY-MM')`,
  quarter: `to_char(local_day, 'YYYY') || '-Q' || to_char(local_day, 'Q')`,
  year: `to_char(local_day, 'YYYY')`,
};

async function insert(tx: Queryable, input: NewSurvey): Promise<{ receipt: SurveyReceipt; created: boolean }> {
  const id = input.id ?? `sv-${randomUUID()}`;
  const claimed = await tx.query(
    `insert into idempotency_keys (scope, key, body_hash, result_id, created_at)
     values ($1, $2, $3, $4, $5) on conflict (scope, key) do nothing returning result_id`,
    [SCOPE, input.key, input.bodyHash, id, input.createdAt],
  );
  if (claimed.length === 0) {
    // A parallel try (here or on another instance) committed this key first.
    const receipt = await earlier(tx, input.key, input.bodyHash);
    if (!receipt) throw new ApiError(503, 'UNAVAILABLE', 'Máy chủ bận, vui lòng thử lại.', { headers: { 'Retry-After': '1' } });
    return { receipt, created: false };
  }
  const stored = await tx.query(
    `insert into survey_responses (id, dossier_code, agency, overall, channel, created_at, local_day, response)
     values ($1, $2, $3, $4, $5, $6, $7::date, $8::jsonb)
     on conflict (dossier_code) where dossier_code is not null do nothing returning id`,
    [id, input.dossierCode ?? null, input.agency, input.overall ?? null, input.response.channel, input.createdAt, input.localDay, JSON.stringify(input.response)],
  );
  // Thrown inside the transaction: the key claimed above is rolled back with it.
  if (stored.length === 0) throw alreadyEvaluated();
  if (input.overall) {
    await tx.query(
      `insert into satisfaction_daily (local_day, agency, overall, responses) values ($1::date, $2, $3, 1)
       on conflict (local_day, agency, overall) do update set responses = satisfaction_daily.responses + 1`,
      [input.localDay, input.agency, input.overall],
    );
  }
  return { receipt: { id, receivedAt: input.createdAt.toISOString(), duplicate: false }, created: true };
}

export function surveyStore(db: Database): SurveyStore {
  return {
    replay: (key, bodyHash) => earlier(db, key, bodyHash),
    submit: (input) => db.transaction((tx) => insert(tx, input)),
    async satisfaction(from, to, groupBy) {
      const rows = await db.query<SatisfactionRow>(
        `select ${PERIOD_SQL[groupBy]} as period, agency, overall, sum(responses)::int as responses
         from satisfaction_daily where local_day between $1::date and $2::date
         group by 1, 2, 3`,
        [from, to],
      );
      return rows.map((r) => ({ ...r, responses: Number(r.responses) }));
    },
  };
}
