/**
 * The charts' figures as real tables, inside a details element under the charts. The tables are
 * drawn when the details first opens: closed, they are neither shown, printed nor read out, and
 * drawing four tables of every period and field was a good part of the widget's first render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DossierCounts, SatisfactionCounts, Stats } from '../../model/stats.js';
import { groupUnit, SERIES, type ChartHost } from './charts.js';
import { ANSWERS } from './satisfaction.js';
import { onTimeRate, satisfiedRate } from './stats-math.js';

// The roles restate each table part's own: a narrow widget shows the rows as lists (display: block,
// stats.styles.ts), and browsers that base table semantics on the layout (WebKit, older Chromium)
// would drop them there, leaving screen readers a run of text instead of a table.

/** What the tables need of the widget besides the charts' host. */
export interface TablesHost extends ChartHost {
  /** Whether the details has been opened (the tables are drawn from then on). */
  readonly tablesShown: boolean;
  /** The details' `toggle` listener. */
  onTablesToggle(event: Event): void;
}

export function renderTables(host: TablesHost, stats: Stats): TemplateResult {
  return html`<details class="tables" part="tables" @toggle=${host.onTablesToggle}>
    <summary>${host.t('stats.tableToggle')}</summary>
    ${host.tablesShown ? renderTableBodies(host, stats) : nothing}
  </details>`;
}

function renderTableBodies(host: ChartHost, stats: Stats): TemplateResult {
  const range = host.rangeText(stats);
  const unit = groupUnit(host, stats);
  const n = (v: number) => host.fmt.number(v);
  const countHeads = html`<th role="columnheader" scope="col">${host.t('stats.received')}</th>
    <th role="columnheader" scope="col">${host.t('stats.resolved')}</th>
    ${SERIES.map((s) => html`<th role="columnheader" scope="col">${host.t(s.label)}</th>`)}
    <th role="columnheader" scope="col">${host.t('stats.onTimeRate')}</th>`;
  // data-label: a narrow widget shows each row as a list of "label: figure" lines (stats.styles.ts).
  const countCells = (c: DossierCounts) => html`<td role="cell" data-label=${host.t('stats.received')}>${n(c.received)}</td>
    <td role="cell" data-label=${host.t('stats.resolved')}>${n(c.resolved)}</td>
    ${SERIES.map((s) => html`<td role="cell" data-label=${host.t(s.label)}>${n(c[s.key])}</td>`)}
    <td role="cell" data-label=${host.t('stats.onTimeRate')}>${host.rate(onTimeRate(c))}</td>`;
  const sat = stats.satisfaction;

  return html`${stats.totals.received > 0
      ? html`<div class="table-wrap" tabindex="0" role="group" aria-labelledby="period-caption">
            <table role="table">
              <caption id="period-caption">${host.t('stats.periodTableCaption', { unit, range })}</caption>
              <thead role="rowgroup">
                <tr role="row"><th role="columnheader" scope="col">${host.t('stats.period')}</th>${countHeads}</tr>
              </thead>
              <tbody role="rowgroup">
                ${stats.byPeriod.map((r) => html`<tr role="row"><th role="rowheader" scope="row">${host.periodLabel(r.period)}</th>${countCells(r)}</tr>`)}
              </tbody>
              <tfoot role="rowgroup">
                <tr role="row"><th role="rowheader" scope="row">${host.t('stats.total')}</th>${countCells(stats.totals)}</tr>
              </tfoot>
            </table>
          </div>
          <div class="table-wrap" tabindex="0" role="group" aria-labelledby="field-caption">
            <table role="table">
              <caption id="field-caption">${host.t('stats.fieldTableCaption', { range })}</caption>
              <thead role="rowgroup">
                <tr role="row"><th role="columnheader" scope="col">${host.t('stats.field')}</th>${countHeads}</tr>
              </thead>
              <tbody role="rowgroup">
                ${stats.byField.map((r) => html`<tr role="row"><th role="rowheader" scope="row">${r.field.name}</th>${countCells(r)}</tr>`)}
              </tbody>
            </table>
          </div>`
      : nothing}
    ${sat.responses > 0 && sat.byPeriod?.length
      ? satisfactionTable(
          host,
          'satisfaction-period-caption',
          host.t('stats.satisfactionPeriodTableCaption', { unit, range }),
          host.t('stats.period'),
          sat.byPeriod.map((p) => ({ name: host.periodLabel(p.period), counts: p })),
        )
      : nothing}
    ${sat.byAgency.length > 0
      ? satisfactionTable(
          host,
          'agency-caption',
          host.t('stats.agencyTableCaption', { range }),
          host.t('stats.agency'),
          sat.byAgency.map((a) => ({ name: a.agency, counts: a })),
        )
      : nothing}`;
}

/** Responses and answers per row (period or agency), with the satisfied rate. */
function satisfactionTable(
  host: ChartHost,
  captionId: string,
  caption: string,
  rowHeader: string,
  rows: readonly { name: string; counts: SatisfactionCounts }[],
): TemplateResult {
  const n = (v: number) => host.fmt.number(v);
  return html`<div class="table-wrap" tabindex="0" role="group" aria-labelledby=${captionId}>
    <table role="table">
      <caption id=${captionId}>${caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">${rowHeader}</th>
          <th role="columnheader" scope="col">${host.t('stats.responsesHeader')}</th>
          ${ANSWERS.map((a) => html`<th role="columnheader" scope="col">${host.t(a.label)}</th>`)}
          <th role="columnheader" scope="col">${host.t('stats.satisfiedRate')}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${rows.map(
          ({ name, counts }) => html`<tr role="row">
            <th role="rowheader" scope="row">${name}</th>
            <td role="cell" data-label=${host.t('stats.responsesHeader')}>${n(counts.responses)}</td>
            ${ANSWERS.map((a) => html`<td role="cell" data-label=${host.t(a.label)}>${n(counts[a.key])}</td>`)}
            <td role="cell" data-label=${host.t('stats.satisfiedRate')}>${host.rate(satisfiedRate(counts))}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
