/**
 * Hand-written SVG charts. Each chart is one image to assistive technology (role="img") named by
 * a sentence that summarises it; every bar also carries a <title> for pointer users. The exact
 * figures are in the tables below the charts, so nothing depends on colour or on seeing the bars.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Formatters } from '../../i18n/format.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';
import type { DossierCounts, Stats } from '../../model/stats.js';
import { axisTicks, indexOfMax, onTimeRate, satisfiedRate } from './stats-math.js';

export interface ChartHost {
  t(key: MessageKey, params?: MessageParams): string;
  readonly fmt: Formatters;
  periodLabel(period: string): string;
  rangeText(stats: Stats): string;
  rate(ratio: number | undefined): string;
}

/** The stacked series, bottom to top, with their message keys. */
export const SERIES: { key: keyof Pick<DossierCounts, 'early' | 'onTime' | 'late' | 'inProgress' | 'overdue'>; label: MessageKey }[] = [
  { key: 'early', label: 'stats.early' },
  { key: 'onTime', label: 'stats.onTime' },
  { key: 'late', label: 'stats.late' },
  { key: 'inProgress', label: 'stats.inProgress' },
  { key: 'overdue', label: 'stats.overdue' },
];

const BAR = 28;
/** Rough width of one character of the 12px axis labels, to keep labels from overlapping. */
const CHAR_W = 7;
const PLOT_H = 180;
const LEFT = 56;
const TOP = 12;
const BOTTOM = 40;

function legend(host: ChartHost): TemplateResult {
  return html`<ul class="legend" aria-label=${host.t('stats.legend')}>
    ${SERIES.map((s) => html`<li><span class="swatch series-${s.key}" aria-hidden="true"></span>${host.t(s.label)}</li>`)}
  </ul>`;
}

export function renderPeriodChart(host: ChartHost, stats: Stats): TemplateResult {
  const rows = stats.byPeriod;
  const unit = host.t(`stats.groupBy.${stats.groupBy}` as MessageKey).toLocaleLowerCase(host.fmt.locale);
  const max = indexOfMax(rows.map((r) => r.received));
  const top = rows[max];
  const summary = host.t('stats.periodChartLabel', {
    unit,
    range: host.rangeText(stats),
    received: host.fmt.number(stats.totals.received),
    max: host.fmt.number(top?.received ?? 0),
    maxPeriod: top ? host.periodLabel(top.period) : '—',
  });
  const { top: axisTop, ticks } = axisTicks(top?.received ?? 0);
  const labels = rows.map((r) => host.periodLabel(r.period));
  const slot = Math.max(BAR + 14, ...labels.map((l) => l.length * CHAR_W + 10));
  const width = LEFT + rows.length * slot + 8;
  const height = TOP + PLOT_H + BOTTOM;
  const y = (v: number) => TOP + PLOT_H - (v / axisTop) * PLOT_H;
  // Labels thin out when bars are many, so they never overlap.
  const every = Math.max(1, Math.ceil(rows.length / 24));

  const bars = rows.map((row, i) => {
    const x = LEFT + i * slot + (slot - BAR) / 2;
    let base = 0;
    const label = labels[i]!;
    const segments = SERIES.map((s) => {
      const value = row[s.key];
      if (value === 0) return nothing;
      const y1 = y(base + value);
      const h = y(base) - y1;
      base += value;
      return svg`<rect class="series-${s.key}" x=${x} y=${y1} width=${BAR} height=${Math.max(h, 0.5)}>
        <title>${host.t('stats.bar', { label, series: host.t(s.label), value: host.fmt.number(value) })}</title>
      </rect>`;
    });
    return svg`<g class="bar">
      ${segments}
      ${i % every === 0
        ? svg`<text class="x-label" x=${x + BAR / 2} y=${TOP + PLOT_H + 16} text-anchor="middle">${label}</text>`
        : nothing}
    </g>`;
  });

  return html`<figure class="chart" part="chart" aria-labelledby="period-title">
    <h3 id="period-title">${host.t('stats.byPeriodTitle')}</h3>
    <div class="scroll" tabindex="0" role="group" aria-labelledby="period-title">
      <svg role="img" aria-label=${summary} width=${width} height=${height} viewBox="0 0 ${width} ${height}" focusable="false">
        ${ticks.map(
          (v) => svg`<line class="grid" x1=${LEFT} x2=${width} y1=${y(v)} y2=${y(v)} />
            <text class="y-label" x=${LEFT - 6} y=${y(v) + 4} text-anchor="end">${host.fmt.number(v)}</text>`,
        )}
        ${bars}
      </svg>
    </div>
    ${legend(host)}
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
    <h3 id="field-title">${host.t('stats.byFieldTitle')}</h3>
    <p class="visually-hidden">${summary}</p>
    <ul class="field-rows">
      ${rows.map((r) => {
        let base = 0;
        return html`<li>
          <span class="field-name">${r.field.name}</span>
          <span class="field-figures">${host.fmt.number(r.received)} · ${host.t('stats.onTimeRate')} ${host.rate(onTimeRate(r))}</span>
          <svg class="field-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=${`${r.field.name}: ${host.fmt.number(r.received)}`}>
            ${SERIES.map((s) => {
              const value = r[s.key];
              if (value === 0) return nothing;
              const x = (base / max) * 100;
              base += value;
              return svg`<rect class="series-${s.key}" x=${x} y="0" width=${(value / max) * 100} height="10">
                <title>${host.t('stats.bar', { label: r.field.name, series: host.t(s.label), value: host.fmt.number(value) })}</title>
              </rect>`;
            })}
          </svg>
        </li>`;
      })}
    </ul>
  </figure>`;
}

export function renderSatisfaction(host: ChartHost, stats: Stats): TemplateResult {
  const s = stats.satisfaction;
  const parts = [
    { key: 'verySatisfied', label: 'stats.verySatisfied', value: s.verySatisfied },
    { key: 'satisfied', label: 'stats.satisfied', value: s.satisfied },
    { key: 'dissatisfied', label: 'stats.dissatisfied', value: s.dissatisfied },
  ] as const;
  const pct = (v: number) => host.fmt.percent(s.responses > 0 ? v / s.responses : 0);
  let base = 0;
  return html`<section class="chart satisfaction" part="chart" aria-labelledby="satisfaction-title">
    <h3 id="satisfaction-title">${host.t('stats.satisfactionTitle')}</h3>
    ${s.responses === 0
      ? html`<p>${host.t('stats.noResponses')}</p>`
      : html`<p class="big">
            ${host.t('stats.satisfiedRate')}: <strong>${host.rate(satisfiedRate(s))}</strong>
            <span class="hint">(${host.t('stats.responses', { count: s.responses })})</span>
          </p>
          <svg
            class="satisfaction-bar"
            viewBox="0 0 100 8"
            preserveAspectRatio="none"
            role="img"
            aria-label=${host.t('stats.satisfactionChartLabel', {
              count: host.fmt.number(s.responses),
              very: pct(s.verySatisfied),
              sat: pct(s.satisfied),
              dis: pct(s.dissatisfied),
            })}
          >
            ${parts.map((p) => {
              const x = base;
              const w = (p.value / s.responses) * 100;
              base += w;
              return svg`<rect class="sat-${p.key}" x=${x} y="0" width=${w} height="8">
                <title>${host.t(p.label)}: ${pct(p.value)}</title>
              </rect>`;
            })}
          </svg>
          <ul class="legend">
            ${parts.map(
              (p) => html`<li>
                <span class="swatch sat-${p.key}" aria-hidden="true"></span>${host.t(p.label)}: ${pct(p.value)}
                (${host.fmt.number(p.value)})
              </li>`,
            )}
          </ul>`}
  </section>`;
}
