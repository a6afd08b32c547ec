// GET /stats over OpenCPS's pre-aggregated statistics (§6): monthly rows per domain from
// `/o/rest/statistics` and satisfaction from `/o/rest/statistics/votings`, one call per year
// each. Only the parameters named here are ever sent: never `reCalculate` (a database
// recomputation) and never `fromStatisticDate`/`toStatisticDate` (computed on the fly from the
// index), whatever the client asks. Figures are monthly, so a range counts the months it touches.
import { StatsQuery, type DossierCounts, type SatisfactionCounts, type Stats } from '../../../src/model/index.js';
import { parseQuery } from '../../query.js';
import { checkedRange, periodOf } from '../../routes/stats.js';
import { addCounts, addSatisfaction, zeroCounts, zeroSatisfaction } from '../../stats-history.js';
import type { Context, Reply } from '../../types.js';
import { mustHave, type OpencpsClient } from './client.js';
import { count, items, obj, text, type Rec } from './read.js';

const QUERY_KEYS = ['from', 'to', 'groupBy', 'field'] as const;
const CACHE_MS = 60_000;

interface MonthRow<C> {
  month: string;
  key: string;
  name: string;
  counts: C;
}

function dossierRow(r: Rec, i: number): MonthRow<DossierCounts> | undefined {
  const domain = text(r.domainCode, `data[${i}].domainCode`);
  if (!domain) return undefined; // an aggregate row beside the per-domain ones
  const n = (k: string) => count(r[k] ?? 0, `data[${i}].${k}`);
  const early = n('betimesCount'), onTime = n('ontimeCount'), late = n('overtimeCount');
  return {
    month: `${count(r.year, `data[${i}].year`)}-${String(count(r.month, `data[${i}].month`)).padStart(2, '0')}`,
    key: domain,
    name: text(r.domainName, `data[${i}].domainName`) || domain,
    counts: { received: n('receivedCount'), resolved: early + onTime + late, early, onTime, late, inProgress: n('undueCount'), overdue: n('overdueCount') },
  };
}

function votingRow(r: Rec, i: number): MonthRow<SatisfactionCounts> {
  const n = (k: string) => count(r[k] ?? 0, `data[${i}].${k}`);
  const [verySatisfied, satisfied, dissatisfied] = [n('veryGoodCount'), n('goodCount'), n('badCount')];
  return {
    month: `${count(r.year, `data[${i}].year`)}-${String(count(r.month, `data[${i}].month`)).padStart(2, '0')}`,
    key: text(r.govAgencyName, `data[${i}].govAgencyName`) || text(r.govAgencyCode, 'govAgencyCode') || 'OpenCPS',
    name: '',
    counts: { responses: verySatisfied + satisfied + dissatisfied, verySatisfied, satisfied, dissatisfied },
  };
}

export function opencpsStats(client: OpencpsClient, now: () => number) {
  const cache = new Map<string, { at: number; rows: Promise<unknown> }>();

  function fetchRows<C>(path: string, query: Record<string, string>, map: (r: Rec, i: number) => MonthRow<C> | undefined): Promise<MonthRow<C>[]> {
    const key = `${path}?${new URLSearchParams(query)}`;
    const hit = cache.get(key);
    if (hit && now() - hit.at < CACHE_MS) return hit.rows as Promise<MonthRow<C>[]>;
    const rows = (async () => {
      const body = mustHave(`GET ${path}`, await client.get(path, query));
      return client.read(`GET ${path}`, () => items(obj(body, 'body').data, 'data').flatMap((r, i) => map(r, i) ?? []));
    })();
    cache.set(key, { at: now(), rows });
    rows.catch(() => cache.delete(key));
    return rows;
  }

  return async function getStats(ctx: Context): Promise<Reply> {
    const query = parseQuery(ctx.url.searchParams, StatsQuery, QUERY_KEYS);
    const { from, to, groupBy, periods } = checkedRange(ctx.state, query);
    const years: string[] = [];
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(String(y));
    const inRange = (month: string) => month >= from.slice(0, 7) && month <= to.slice(0, 7);
    const [dossierRows, votingRows] = await Promise.all([
      Promise.all(years.map((year) => fetchRows('/o/rest/statistics', { year, month: '-1', agency: 'total', domain: query.field ?? '', start: '0', end: '0' }, dossierRow))),
      Promise.all(years.map((year) => fetchRows('/o/rest/statistics/votings', { year, month: '-1', start: '0', end: '0' }, votingRow))),
    ]);
    const totals = zeroCounts();
    const byPeriod = new Map(periods.map((p) => [p, zeroCounts()]));
    const byField = new Map<string, { name: string; counts: DossierCounts }>();
    for (const row of dossierRows.flat().filter((r) => inRange(r.month) && (!query.field || r.key === query.field))) {
      addCounts(totals, row.counts);
      const period = byPeriod.get(periodOf(`${row.month}-01`, groupBy));
      if (period) addCounts(period, row.counts);
      const field = byField.get(row.key) ?? { name: row.name, counts: zeroCounts() };
      addCounts(field.counts, row.counts);
      byField.set(row.key, field);
    }
    const satisfaction = zeroSatisfaction();
    const satPeriods = new Map(periods.map((p) => [p, zeroSatisfaction()]));
    const byAgency = new Map<string, SatisfactionCounts>();
    for (const row of votingRows.flat().filter((r) => inRange(r.month))) {
      addSatisfaction(satisfaction, row.counts);
      const period = satPeriods.get(periodOf(`${row.month}-01`, groupBy));
      if (period) addSatisfaction(period, row.counts);
      const agency = byAgency.get(row.key) ?? zeroSatisfaction();
      addSatisfaction(agency, row.counts);
      byAgency.set(row.key, agency);
    }
    const body: Stats = {
      from,
      to,
      groupBy,
      totals,
      byField: [...byField].map(([code, f]) => ({ field: { code, name: f.name }, ...f.counts })).sort((a, b) => b.received - a.received || a.field.code.localeCompare(b.field.code)),
      byPeriod: periods.map((period) => ({ period, ...byPeriod.get(period)! })),
      satisfaction: {
        ...satisfaction,
        byAgency: [...byAgency].map(([agency, c]) => ({ agency, ...c })).sort((a, b) => b.responses - a.responses || a.agency.localeCompare(b.agency)),
        byPeriod: periods.map((period) => ({ period, ...satPeriods.get(period)! })),
      },
    };
    return { body };
  };
}
