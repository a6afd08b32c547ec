// §6: /o/rest/statistics (pre-aggregated on-time figures) and /o/rest/statistics/votings.
import type { SimAnswer, SimRequest } from './context.js';
import { STAT_DOMAINS, statisticRow } from './seed.js';

const MONTHS = Array.from({ length: 11 }, (_, i) => i + 1);

function row(month: number, domain: (typeof STAT_DOMAINS)[number] | undefined, agencyTotal: boolean) {
  const parts = domain ? [statisticRow(month, STAT_DOMAINS.indexOf(domain))] : STAT_DOMAINS.map((_, i) => statisticRow(month, i));
  const sum = (k: keyof ReturnType<typeof statisticRow>) => parts.reduce((n, p) => n + p[k], 0);
  const release = sum('betimes') + sum('ontime') + sum('overtime');
  return {
    month,
    year: 2026,
    govAgencyCode: agencyTotal ? null : 'SGTVT',
    govAgencyName: agencyTotal ? null : 'Sở Giao thông vận tải',
    domainCode: domain?.domainCode ?? null,
    domainName: domain?.domainName ?? null,
    totalCount: sum('received') + 3,
    receivedCount: sum('received'),
    releaseCount: release,
    betimesCount: sum('betimes'),
    ontimeCount: sum('ontime'),
    overtimeCount: sum('overtime'),
    undueCount: sum('undue'),
    overdueCount: sum('overdue'),
    processingCount: sum('undue') + sum('overdue'),
    ontimePercentage: release === 0 ? 100 : Math.floor(((sum('betimes') + sum('ontime')) * 100) / release),
  };
}

export function dossierStatistics(req: SimRequest): SimAnswer {
  const q = req.query;
  if (q.get('reCalculate') === '1') req.state.recalculations++;
  const year = Number(q.get('year') ?? -1);
  const month = Number(q.get('month') ?? -1);
  const domain = q.get('domain') ?? '';
  const agencyTotal = q.get('agency') === 'total';
  const months = year !== -1 && year !== 2026 ? [] : MONTHS.filter((m) => month === -1 || m === month);
  const domains = domain === 'total' ? [undefined] : STAT_DOMAINS.filter((d) => domain === '' || d.domainCode === domain);
  const data = req.inGroup ? months.flatMap((m) => domains.map((d) => row(m, d, agencyTotal))) : [];
  return { status: 200, json: { total: data.length, agency: q.get('agency') ?? '', data }, jaxb: true };
}

export function votingStatistics(req: SimRequest): SimAnswer {
  const year = Number(req.query.get('year') ?? -1);
  const month = Number(req.query.get('month') ?? -1);
  const months = year !== -1 && year !== 2026 ? [] : MONTHS.filter((m) => month === -1 || m === month);
  const data = (req.inGroup ? months : []).map((m) => {
    const veryGood = 10 + m, good = 5 + (m % 3), bad = m % 2;
    const total = veryGood + good + bad;
    return { month: m, year: 2026, govAgencyCode: 'SGTVT', govAgencyName: 'Sở Giao thông vận tải', votingCode: 'CHUNG', votingSubject: 'Mức độ hài lòng chung', totalVoted: total, veryGoodCount: veryGood, goodCount: good, badCount: bad, percentVeryGood: Math.floor((veryGood * 100) / total), percentGood: Math.floor((good * 100) / total), percentBad: Math.floor((bad * 100) / total) };
  });
  return { status: 200, json: { total: data.length, agency: '', data }, jaxb: true };
}
