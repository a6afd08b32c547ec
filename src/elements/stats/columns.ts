/**
 * The stacked-column SVG shared by the time charts (dossiers, satisfaction): one image to
 * assistive technology, named by the caller's summary; each segment has a <title> for pointer
 * users. Columns widen to fit their labels. In a column narrower than the plot (a phone, a
 * sidebar) the same figures are drawn as one horizontal bar per period instead, which reads top to
 * bottom without scrolling; the container query in stats.styles.ts picks the form.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ChartHost } from './charts.js';
import { axisTicks } from './stats-math.js';

export interface Segment {
  /** CSS class that colours the segment (`series-late`, `sat-satisfied` …). */
  cls: string;
  /** Series name, for the segment's title. */
  series: string;
  value: number;
}

export interface Column {
  label: string;
  /** Bottom to top. */
  segments: Segment[];
}

const BAR = 28;
/** Rough width of one character of the 12px axis labels, to keep labels from overlapping. */
const CHAR_W = 7;
const PLOT_H = 180;
const LEFT = 56;
const TOP = 12;
const BOTTOM = 40;

/** The scrollable plot; `titleId` names the scroll region (it takes keyboard focus). */
export function renderColumns(host: ChartHost, titleId: string, summary: string, columns: readonly Column[]): TemplateResult {
  const totals = columns.map((c) => c.segments.reduce((sum, s) => sum + s.value, 0));
  const { top: axisTop, ticks } = axisTicks(Math.max(0, ...totals));
  const slot = Math.max(BAR + 14, ...columns.map((c) => c.label.length * CHAR_W + 10));
  const width = LEFT + columns.length * slot + 8;
  const height = TOP + PLOT_H + BOTTOM;
  const y = (v: number) => TOP + PLOT_H - (v / axisTop) * PLOT_H;
  // Labels thin out when columns are many, so they never overlap.
  const every = Math.max(1, Math.ceil(columns.length / 24));

  const bars = columns.map((column, i) => {
    const x = LEFT + i * slot + (slot - BAR) / 2;
    let base = 0;
    const segments = column.segments.map((s) => {
      if (s.value === 0) return nothing;
      const y1 = y(base + s.value);
      const h = y(base) - y1;
      base += s.value;
      return svg`<rect class=${s.cls} x=${x} y=${y1} width=${BAR} height=${Math.max(h, 0.5)}>
        <title>${host.t('stats.bar', { label: column.label, series: s.series, value: host.fmt.number(s.value) })}</title>
      </rect>`;
    });
    return svg`<g class="bar">
      ${segments}
      ${i % every === 0
        ? svg`<text class="x-label" x=${x + BAR / 2} y=${TOP + PLOT_H + 16} text-anchor="middle">${column.label}</text>`
        : nothing}
    </g>`;
  });

  return html`${renderRows(host, columns)}<div class="scroll columns-form" tabindex="0" role="group" aria-labelledby=${titleId}>
    <svg role="img" aria-label=${summary} width=${width} height=${height} viewBox="0 0 ${width} ${height}" focusable="false">
      ${ticks.map(
        (v) => svg`<line class="grid" x1=${LEFT} x2=${width} y1=${y(v)} y2=${y(v)} />
          <text class="y-label" x=${LEFT - 6} y=${y(v) + 4} text-anchor="end">${host.fmt.number(v)}</text>`,
      )}
      ${bars}
    </svg>
  </div>`;
}

/** One horizontal stacked bar (viewBox 100 × 10) scaled to `max`, each segment titled for pointer users. */
export function barRects(host: ChartHost, label: string, segments: readonly Segment[], max: number): unknown[] {
  let base = 0;
  return segments.map((s) => {
    if (s.value === 0) return nothing;
    const x = (base / max) * 100;
    base += s.value;
    return svg`<rect class=${s.cls} x=${x} y="0" width=${(s.value / max) * 100} height="10">
      <title>${host.t('stats.bar', { label, series: s.series, value: host.fmt.number(s.value) })}</title>
    </rect>`;
  });
}

/** The narrow form: a row per period with its total and a stacked bar scaled to the largest. */
function renderRows(host: ChartHost, columns: readonly Column[]): TemplateResult {
  const totals = columns.map((c) => c.segments.reduce((sum, s) => sum + s.value, 0));
  const max = Math.max(1, ...totals);
  return html`<ul class="field-rows rows-form">
    ${columns.map(
      (column, i) => html`<li>
        <span class="field-name">${column.label}</span>
        <span class="field-figures">${host.fmt.number(totals[i]!)}</span>
        <svg class="field-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">${barRects(host, column.label, column.segments, max)}</svg>
      </li>`,
    )}
  </ul>`;
}
