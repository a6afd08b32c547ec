/**
 * Hand-written SVG charts. Each chart is one image to assistive technology (role="img") named by
 * a sentence that summarises it; every bar also carries a <title> for pointer users. The exact
 * figures are in the tables below the charts, so nothing depends on colour or on seeing the bars.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../../i18n/format.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';
import type { DossierCounts, Stats } from '../../model/stats.js';
import { heading, levelAt } from '../shared/heading.js';
import { barRects, renderColumns } from './columns.js';
import { indexOfMax, onTimeRate } from './stats-math.js';

export interface ChartHost {
  t(key: MessageKey, params?: MessageParams): string;
  readonly fmt: Formatters;
  periodLabel(period: string): string;
  rangeText(stats: Stats): string;
  rate(ratio: number | undefined): string;
  /** Level of the widget's own heading (heading-level); sections go one and two deeper. */
  readonly topLevel: number;
}

/** The stacked series, bottom to top, with their message keys. */
export const SERIES: { key: keyof Pick<DossierCounts, 'early' | 'onTime' | 'late' | 'inProgress' | 'overdue'>; label: MessageKey }[] = [
  { key: 'early', label: 'stats.early' },
  { key: 'onTime', label: 'stats.onTime' },
  { key: 'late', label: 'stats.late' },
  { key: 'inProgress', label: 'stats.inProgress' },
  { key: 'overdue', label: 'stats.overdue' },
];

/** The grouping in words for a sentence ("theo tháng"): the group-by label, lower case. */
export function groupUnit(host: ChartHost, stats: Stats): string {
  return host.t(`stats.groupBy.${stats.groupBy}` as MessageKey).toLocaleLowerCase(host.fmt.locale);
}

/** A legend in words, so no series depends on its colour alone. */
export function legend(host: ChartHost, items: readonly { cls: string; label: string }[]): TemplateResult {
  return html`<ul class="legend" aria-label=${host.t('stats.legend')}>
    ${items.map((s) => html`<li><span class="swatch ${s.cls}" aria-hidden="true"></span>${s.label}</li>`)}
  </ul>`;
}

export function renderPeriodChart(host: ChartHost, stats: Stats): TemplateResult {
  const rows = stats.byPeriod;
  const unit = groupUnit(host, stats);
  const top = rows[indexOfMax(rows.map((r) => r.received))];
  const summary = host.t('stats.periodChartLabel', {
    unit,
    range: host.rangeText(stats),
    received: host.fmt.number(stats.totals.received),
    max: host.fmt.number(top?.received ?? 0),
    maxPeriod: top ? host.periodLabel(top.period) : '—',
  });
  const columns = rows.map((row) => ({
    label: host.periodLabel(row.period),
    segments: SERIES.map((s) => ({ cls: `series-${s.key}`, series: host.t(s.label), value: row[s.key] })),
  }));
  return html`<figure class="chart periods" part="chart" aria-labelledby="period-title">
    ${heading(levelAt(host.topLevel, 1), 3, host.t('stats.byPeriodTitle'), { id: 'period-title' })}
    ${renderColumns(host, 'period-title', summary, columns)}
    ${legend(host, SERIES.map((s) => ({ cls: `series-${s.key}`, label: host.t(s.label) })))}
  </figure>`;
}

export function renderFieldChart(host: ChartHost, stats: Stats): TemplateResult {
  const rows = stats.byField.filter((r) => r.received > 0);
  const first = rows[0];
  const summary = first
    ? host.t('stats.fieldChartLabel', {
        top: first.field.name,
        count: host.fmt.number(first.received),
        rate: host.rate(onTimeRate(first)),
      })
    : host.t('stats.empty');
  const max = Math.max(1, ...rows.map((r) => r.received));
  return html`<figure class="chart fields" part="chart" aria-labelledby="field-title">
    ${heading(levelAt(host.topLevel, 1), 3, host.t('stats.byFieldTitle'), { id: 'field-title' })}
    <p class="visually-hidden">${summary}</p>
    <ul class="field-rows">
      ${rows.map(
        (r) => html`<li>
          <span class="field-name">${r.field.name}</span>
          <span class="field-figures">${host.fmt.number(r.received)} · ${host.t('stats.onTimeRate')} ${host.rate(onTimeRate(r))}</span>
          <svg class="field-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=${`${r.field.name}: ${host.fmt.number(r.received)}`}>
            ${barRects(
              host,
              r.field.name,
              SERIES.map((s) => ({ cls: `series-${s.key}`, series: host.t(s.label), value: r[s.key] })),
              max,
            )}
          </svg>
        </li>`,
      )}
    </ul>
  </figure>`;
}
