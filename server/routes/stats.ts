// GET /stats: dossier outcomes (history + live dossiers) by period and field, and satisfaction
// (seeded history + stored responses) by agency and period. The sample data's part comes from
// sums made at start (stats-history.ts); stored responses are summed by SQL (store/surveys.ts).
import { StatsQuery, type DossierCounts, type SatisfactionCounts, type Stats, type StatsGroupBy } from '../../src/model/index.js';
import { ApiError } from '../errors.js';
import { parseQuery } from '../query.js';
import { addCounts, addSatisfaction, UNKNOWN_FIELD, zeroCounts, zeroSatisfaction } from '../stats-history.js';
import type { Overall } from '../store/surveys.js';
import type { AppState, Context, Reply } from '../types.js';

const QUERY_KEYS = ['from', 'to', 'groupBy', 'field'] as const;
/** Keeps `from=0001-01-01&groupBy=month` from building a million empty periods. */
const MAX_PERIODS = 240;

export function periodOf(date: string, groupBy: StatsGroupBy): string {
  const year = date.slice(0, 4);
  if (groupBy === 'year') return year;
  const month = Number(date.slice(5, 7));
  if (groupBy === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return date.slice(0, 7);
}

/** Every period from `from` to `to`, so charts get zeros instead of gaps. */
export function periodsBetween(from: string, to: string, groupBy: StatsGroupBy): string[] {
  const periods: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = periodOf(to, groupBy);
  const step = groupBy === 'month' ? 1 : groupBy === 'quarter' ? 3 : 12;
  if (groupBy === 'quarter') month = Math.floor((month - 1) / 3) * 3 + 1;
  if (groupBy === 'year') month = 1;
  for (;;) {
    const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    const period = periodOf(date, groupBy);
    periods.push(period);
    if (period === last || periods.length > MAX_PERIODS) return periods;
    month += step;
    while (month > 12) {
      month -= 12;
      year++;
    }
  }
}

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

export async function getStats({ url, state }: Context): Promise<Reply> {
  const query = parseQuery(url.searchParams, StatsQuery, QUERY_KEYS);
  const { from, to, groupBy, periods } = checkedRange(state, query);
  const body: Stats = {
    from,
    to,
    groupBy,
    ...dossierCounts(state, from, to, groupBy, periods, query.field),
    satisfaction: await satisfaction(state, from, to, groupBy, periods),
  };
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
