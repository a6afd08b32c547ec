/**
 * Citizens' satisfaction: the overall shares, then by period (stacked columns, as the dossier
 * chart) and by agency (one share bar each, as the field chart). Every chart is named by a
 * sentence that summarises it; the exact figures are in the tables.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { MessageKey } from '../../i18n/messages.js';
import type { SatisfactionCounts, Stats } from '../../model/stats.js';
import { groupUnit, legend, type ChartHost } from './charts.js';
import { heading, levelAt } from '../shared/heading.js';
import { renderColumns } from './columns.js';
import { satisfiedRate } from './stats-math.js';

/** The answers, best first (left to right in bars, bottom to top in columns). */
export const ANSWERS = [
  { key: 'verySatisfied', label: 'stats.verySatisfied' },
  { key: 'satisfied', label: 'stats.satisfied' },
  { key: 'dissatisfied', label: 'stats.dissatisfied' },
] as const satisfies readonly { key: keyof SatisfactionCounts; label: MessageKey }[];

/** Highest and lowest satisfied rate among rows with responses (first wins ties). */
function extremes<T extends SatisfactionCounts>(rows: readonly T[]): { best: T; worst: T } | undefined {
  const rated = rows.filter((r) => r.responses > 0);
  if (rated.length === 0) return undefined;
  const rate = (r: T) => satisfiedRate(r) ?? 0;
  let best = rated[0]!;
  let worst = rated[0]!;
  for (const r of rated) {
    if (rate(r) > rate(best)) best = r;
    if (rate(r) < rate(worst)) worst = r;
  }
  return { best, worst };
}

/** A 100 % bar of the three answers' shares; `titlePrefix` names the row in each segment's title. */
function shareBar(host: ChartHost, counts: SatisfactionCounts, cls: string, label: string, titlePrefix: string): TemplateResult {
  const pct = (v: number) => host.fmt.percent(counts.responses > 0 ? v / counts.responses : 0);
  let base = 0;
  return html`<svg class=${cls} viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label=${label}>
    ${ANSWERS.map((a) => {
      const w = counts.responses > 0 ? (counts[a.key] / counts.responses) * 100 : 0;
      const x = base;
      base += w;
      return w === 0
        ? nothing
        : svg`<rect class="sat-${a.key}" x=${x} y="0" width=${w} height="8">
            <title>${titlePrefix}${host.t(a.label)}: ${pct(counts[a.key])}</title>
          </rect>`;
    })}
  </svg>`;
}

function renderByPeriod(host: ChartHost, stats: Stats): TemplateResult | typeof nothing {
  const rows = stats.satisfaction.byPeriod;
  if (!rows || rows.length === 0) return nothing;
  const ends = extremes(rows);
  const unit = groupUnit(host, stats);
  const summary = ends
    ? host.t('stats.satisfactionPeriodChartLabel', {
        unit,
        range: host.rangeText(stats),
        count: host.fmt.number(stats.satisfaction.responses),
        best: host.rate(satisfiedRate(ends.best)),
        bestPeriod: host.periodLabel(ends.best.period),
        worst: host.rate(satisfiedRate(ends.worst)),
        worstPeriod: host.periodLabel(ends.worst.period),
      })
    : host.t('stats.noResponses');
  const columns = rows.map((row) => ({
    label: host.periodLabel(row.period),
    segments: ANSWERS.map((a) => ({ cls: `sat-${a.key}`, series: host.t(a.label), value: row[a.key] })),
  }));
  return html`<figure class="sub-chart satisfaction-periods" aria-labelledby="satisfaction-period-title">
    ${heading(levelAt(host.topLevel, 2), 4, host.t('stats.satisfactionByPeriodTitle'), { id: 'satisfaction-period-title' })}
    ${renderColumns(host, 'satisfaction-period-title', summary, columns)}
    ${legend(host, ANSWERS.map((a) => ({ cls: `sat-${a.key}`, label: host.t(a.label) })))}
  </figure>`;
}

function renderByAgency(host: ChartHost, stats: Stats): TemplateResult | typeof nothing {
  const rows = stats.satisfaction.byAgency.filter((r) => r.responses > 0);
  const ends = extremes(rows);
  if (!ends) return nothing;
  const summary =
    rows.length === 1
      ? host.t('stats.agencyChartLabelOne', {
          agency: ends.best.agency,
          rate: host.rate(satisfiedRate(ends.best)),
          count: host.fmt.number(ends.best.responses),
        })
      : host.t('stats.agencyChartLabel', {
          count: host.fmt.number(rows.length),
          best: ends.best.agency,
          bestRate: host.rate(satisfiedRate(ends.best)),
          worst: ends.worst.agency,
          worstRate: host.rate(satisfiedRate(ends.worst)),
        });
  return html`<figure class="sub-chart agencies" aria-labelledby="satisfaction-agency-title">
    ${heading(levelAt(host.topLevel, 2), 4, host.t('stats.satisfactionByAgencyTitle'), { id: 'satisfaction-agency-title' })}
    <p class="visually-hidden">${summary}</p>
    <ul class="field-rows agency-rows">
      ${rows.map((r) => {
        const rate = `${host.t('stats.satisfiedRate')} ${host.rate(satisfiedRate(r))}`;
        return html`<li>
          <span class="field-name">${r.agency}</span>
          <span class="field-figures">${host.t('stats.responses', { count: r.responses })} · ${rate}</span>
          ${shareBar(host, r, 'field-bar', `${r.agency}: ${rate}`, `${r.agency} – `)}
        </li>`;
      })}
    </ul>
  </figure>`;
}

export function renderSatisfaction(host: ChartHost, stats: Stats): TemplateResult {
  const s = stats.satisfaction;
  const pct = (v: number) => host.fmt.percent(s.responses > 0 ? v / s.responses : 0);
  // A named group, not a <section>: that would be a region landmark, and two statistics on one page
  // would give the page two landmarks of the same name.
  return html`<div class="chart satisfaction" part="chart" role="group" aria-labelledby="satisfaction-title">
    ${heading(levelAt(host.topLevel, 1), 3, host.t('stats.satisfactionTitle'), { id: 'satisfaction-title' })}
    ${s.responses === 0
      ? html`<p>${host.t('stats.noResponses')}</p>`
      : html`<p class="big">
            ${host.t('stats.satisfiedRate')}: <strong>${host.rate(satisfiedRate(s))}</strong>
            <span class="hint">(${host.t('stats.responses', { count: s.responses })})</span>
          </p>
          ${shareBar(
            host,
            s,
            'satisfaction-bar',
            host.t('stats.satisfactionChartLabel', {
              count: host.fmt.number(s.responses),
              very: pct(s.verySatisfied),
              sat: pct(s.satisfied),
              dis: pct(s.dissatisfied),
            }),
            '',
          )}
          <ul class="legend">
            ${ANSWERS.map(
              (a) => html`<li>
                <span class="swatch sat-${a.key}" aria-hidden="true"></span>${host.t(a.label)}: ${pct(s[a.key])}
                (${host.fmt.number(s[a.key])})
              </li>`,
            )}
          </ul>
          ${renderByPeriod(host, stats)} ${renderByAgency(host, stats)}`}
  </div>`;
}
