// GET /stats: dossier outcomes (history + live dossiers) by period and field, and
// satisfaction (seeded history + stored responses) by agency.
import {
  StatsQuery,
  type DossierCounts,
  type SatisfactionCounts,
  type Stats,
  type StatsGroupBy,
  type Timeliness,
} from '../../src/model/index.js';
import { ApiError } from '../errors.js';
import { parseQuery } from '../query.js';
import type { Overall } from '../store/surveys.js';
import type { AppState, Context, Reply } from '../types.js';

const QUERY_KEYS = ['from', 'to', 'groupBy', 'field'] as const;
/** Keeps `from=0001-01-01&groupBy=month` from building a million empty periods. */
const MAX_PERIODS = 240;

const zero = (): DossierCounts => ({ received: 0, resolved: 0, early: 0, onTime: 0, late: 0, inProgress: 0, overdue: 0 });
const zeroSatisfaction = (): SatisfactionCounts => ({ responses: 0, verySatisfied: 0, satisfied: 0, dissatisfied: 0 });

function add(counts: DossierCounts, outcome: Timeliness): void {
  counts.received++;
  if (outcome === 'early') counts.early++;
  else if (outcome === 'on-time') counts.onTime++;
  else if (outcome === 'late') counts.late++;
  else if (outcome === 'in-progress') counts.inProgress++;
  else counts.overdue++;
  if (outcome === 'early' || outcome === 'on-time' || outcome === 'late') counts.resolved++;
}

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

function baseCode(code: string): string {
  return /^\d\.\d{6}/.exec(code)?.[0] ?? code;
}

function fieldOfDossierProcedure(state: AppState, code: string): string | undefined {
  return (state.procedures.get(code) ?? state.procedures.get(baseCode(code)))?.field.code;
}

export async function getStats({ url, state }: Context): Promise<Reply> {
  const query = parseQuery(url.searchParams, StatsQuery, QUERY_KEYS);
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

  const totals = zero();
  const byPeriod = new Map(periods.map((p) => [p, zero()]));
  const byField = new Map<string, DossierCounts>();
  const count = (date: string, fieldCode: string, outcome: Timeliness) => {
    if (date < from || date > to) return;
    if (query.field && fieldCode !== query.field) return;
    add(totals, outcome);
    const period = byPeriod.get(periodOf(date, groupBy));
    if (period) add(period, outcome);
    let perField = byField.get(fieldCode);
    if (!perField) byField.set(fieldCode, (perField = zero()));
    add(perField, outcome);
  };
  for (const row of state.data.dossierHistory) count(row.receivedOn, row.fieldCode, row.outcome);
  for (const { dossier, receivedOn } of state.dossiers.values()) {
    const fieldCode = fieldOfDossierProcedure(state, dossier.procedure.code) ?? UNKNOWN_FIELD.code;
    count(receivedOn, fieldCode, dossier.timeliness);
  }

  const body: Stats = {
    from,
    to,
    groupBy,
    totals,
    byField: [...byField.entries()]
      .map(([code, counts]) => ({
        field: { code, name: state.fieldNames.get(code) ?? (code === UNKNOWN_FIELD.code ? UNKNOWN_FIELD.name : code) },
        ...counts,
      }))
      .sort((a, b) => b.received - a.received || a.field.code.localeCompare(b.field.code)),
    byPeriod: periods.map((period) => ({ period, ...byPeriod.get(period)! })),
    satisfaction: await satisfaction(state, from, to, groupBy, periods),
  };
  return { body };
}

const UNKNOWN_FIELD = { code: 'khac', name: 'Khác' };

/** Adds `n` answers `overall` to a count. */
function addAnswers(counts: SatisfactionCounts, overall: Overall, n: number): void {
  counts.responses += n;
  if (overall === 'very-satisfied') counts.verySatisfied += n;
  else if (overall === 'satisfied') counts.satisfied += n;
  else counts.dissatisfied += n;
}

/** Seeded history (summed per day at start) plus stored responses (summed by SQL per period). */
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
  const count = (period: string, agency: string, overall: Overall, n: number) => {
    let perAgency = byAgency.get(agency);
    if (!perAgency) byAgency.set(agency, (perAgency = zeroSatisfaction()));
    addAnswers(totals, overall, n);
    addAnswers(perAgency, overall, n);
    const perPeriod = byPeriod.get(period);
    if (perPeriod) addAnswers(perPeriod, overall, n);
  };
  for (const row of state.satisfactionHistory) {
    if (row.day >= from && row.day <= to) count(periodOf(row.day, groupBy), row.agency, row.overall, row.responses);
  }
  for (const row of await state.surveys.satisfaction(from, to, groupBy)) count(row.period, row.agency, row.overall, row.responses);
  return {
    ...totals,
    byAgency: [...byAgency.entries()]
      .map(([agency, counts]) => ({ agency, ...counts }))
      .sort((a, b) => b.responses - a.responses || a.agency.localeCompare(b.agency)),
    byPeriod: periods.map((period) => ({ period, ...byPeriod.get(period)! })),
  };
}
