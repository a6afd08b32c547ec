// GET /stats: dossier outcomes (history + live dossiers) by period and field, and satisfaction
// (seeded history + stored responses) by agency and period. The sample data's part comes from
// sums made at start (stats-history.ts); stored responses are summed by SQL (store/surveys.ts).
import { StatsQuery, type DossierCounts, type SatisfactionCounts, type Stats, type StatsGroupBy } from '../../src/model/index.js';
import { periodOf, periodsBetween as periodsOf } from '../../src/domain/periods.js';
import { ApiError } from '../errors.js';
import { parseQuery } from '../query.js';
import { addCounts, addSatisfaction, UNKNOWN_FIELD, zeroCounts, zeroSatisfaction } from '../stats-history.js';
import type { Overall } from '../store/surveys.js';
import type { AppState, Context, Reply } from '../types.js';

const QUERY_KEYS = ['from', 'to', 'groupBy', 'field'] as const;
/** Keeps `from=0001-01-01&groupBy=month` from building a million empty periods. */
const MAX_PERIODS = 240;

export { periodOf };

/** Every period from `from` to `to` (at most one past MAX_PERIODS, which is then refused). */
export const periodsBetween = (from: string, to: string, groupBy: StatsGroupBy): string[] => periodsOf(from, to, groupBy, MAX_PERIODS);

export function checkedRange(state: AppState, query: { from?: string; to?: string; groupBy?: StatsGroupBy }) {
  const today = state.today();
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  if (from > to) {
    throw new ApiError(400, 'INVALID_QUERY', 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.', {
      details: [{ path: 'from', message: `from (${from}) sau to (${to})` }],
    });
  }
  const groupBy = query.groupBy ?? 'month';
  const periods = periodsBetween(from, to, groupBy);
  if (periods.length > MAX_PERIODS) {
    throw new ApiError(400, 'INVALID_QUERY', `Khoảng thời gian quá dài (tối đa ${MAX_PERIODS} kỳ).`, {
      details: [{ path: 'from', message: `quá ${MAX_PERIODS} kỳ theo ${groupBy}; hãy thu hẹp khoảng hoặc nhóm theo quý/năm` }],
    });
  }
  return { from, to, groupBy, periods };
}

/** Dossier outcomes in the range: totals, by period, by field (optionally one field only). */
function dossierCounts(state: AppState, from: string, to: string, groupBy: StatsGroupBy, periods: string[], field?: string) {
  const totals = zeroCounts();
  const byPeriod = new Map(periods.map((p) => [p, zeroCounts()]));
  const byField = new Map<string, DossierCounts>();
  state.history.dossiers.visit(from, to, (month, fieldCode, counts) => {
    if (field && fieldCode !== field) return;
    addCounts(totals, counts);
    const period = byPeriod.get(periodOf(`${month}-01`, groupBy));
    if (period) addCounts(period, counts);
    let perField = byField.get(fieldCode);
    if (!perField) byField.set(fieldCode, (perField = zeroCounts()));
    addCounts(perField, counts);
  });
  return {
    totals,
    byField: [...byField.entries()]
      .map(([code, counts]) => ({
        field: { code, name: state.fieldNames.get(code) ?? (code === UNKNOWN_FIELD.code ? UNKNOWN_FIELD.name : code) },
        ...counts,
      }))
      .sort((a, b) => b.received - a.received || a.field.code.localeCompare(b.field.code)),
    byPeriod: periods.map((period) => ({ period, ...byPeriod.get(period)! })),
  };
}

export async function getStats({ url, state, clientIp }: Context): Promise<Reply> {
  const query = parseQuery(url.searchParams, StatsQuery, QUERY_KEYS);
  const { from, to, groupBy, periods } = checkedRange(state, query);
  const key = JSON.stringify([from, to, groupBy, query.field ?? null]);
  // Only a question the cache cannot answer counts: a script asking new questions back to back
  // would otherwise keep the database busy for everyone.
  if (!state.statsCache.has(key)) await state.limits.stats.take(clientIp);
  const body = await state.statsCache.get<Stats>(key, async () => ({
    from,
    to,
    groupBy,
    ...dossierCounts(state, from, to, groupBy, periods, query.field),
    satisfaction: await satisfaction(state, from, to, groupBy, periods),
  }));
  return { body };
}

/** Adds `n` answers `overall` to a count. */
function addAnswers(counts: SatisfactionCounts, overall: Overall, n: number): void {
  counts.responses += n;
  if (overall === 'very-satisfied') counts.verySatisfied += n;
  else if (overall === 'satisfied') counts.satisfied += n;
  else counts.dissatisfied += n;
}

/** Seeded history (summed at start) plus stored responses (summed by SQL per period). */
async function satisfaction(
  state: AppState,
  from: string,
  to: string,
  groupBy: StatsGroupBy,
  periods: string[],
): Promise<Stats['satisfaction']> {
  const totals = zeroSatisfaction();
  const byAgency = new Map<string, SatisfactionCounts>();
  const byPeriod = new Map(periods.map((p) => [p, zeroSatisfaction()]));
  const agency = (name: string) => {
    let counts = byAgency.get(name);
    if (!counts) byAgency.set(name, (counts = zeroSatisfaction()));
    return counts;
  };
  state.history.satisfaction.visit(from, to, (month, name, counts) => {
    addSatisfaction(totals, counts);
    addSatisfaction(agency(name), counts);
    const perPeriod = byPeriod.get(periodOf(`${month}-01`, groupBy));
    if (perPeriod) addSatisfaction(perPeriod, counts);
  });
  for (const row of await state.surveys.satisfaction(from, to, groupBy)) {
    addAnswers(totals, row.overall, row.responses);
    addAnswers(agency(row.agency), row.overall, row.responses);
    const perPeriod = byPeriod.get(row.period);
    if (perPeriod) addAnswers(perPeriod, row.overall, row.responses);
  }
  return {
    ...totals,
    byAgency: [...byAgency.entries()]
      .map(([name, counts]) => ({ agency: name, ...counts }))
      .sort((a, b) => b.responses - a.responses || a.agency.localeCompare(b.agency)),
    byPeriod: periods.map((period) => ({ period, ...byPeriod.get(period)! })),
  };
}
