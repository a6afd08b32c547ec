import { css } from 'lit';
import { cellLabel } from '../shared/cell-label.js';

// Narrower than about 54em (the column plot of twelve months) the rows form shows instead; below
// 40em each table row becomes a small list, every figure on a line with its column's name; column
// names wrap, figures do not. The tables keep their roles there (tables.ts), so screen readers
// read the column header with each figure; the label drawn before a figure is for the eye only
// (../shared/cell-label.ts). (Notes here, not in the css: comments inside it ship to the page.)

export default css`
  :host {
    --_s-early: var(--_success);
    --_s-on-time: var(--_primary);
    --_s-late: var(--_danger);
    --_s-in-progress: color-mix(in srgb, var(--_text) 35%, var(--_surface));
    --_s-overdue: var(--_warning);
  }
  .h2 {
    margin: 0 0 var(--_space);
    font-size: 1.375em;
    line-height: 1.3;
  }
  .h3 {
    margin: 0 0 var(--_space);
    font-size: 1.125em;
  }
  p {
    margin: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-l);
    align-items: end;
    margin-block-end: var(--_space-l);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
    font-weight: 600;
  }
  .groups {
    display: flex;
    flex-wrap: wrap;
  }
  .groups legend {
    width: 100%;
  }
  .segment {
    position: relative;
    font-weight: 400;
  }
  .segment input {
    position: absolute;
    opacity: 0;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    cursor: pointer;
  }
  .segment span {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    min-width: var(--_target);
    padding-inline: var(--_space-l);
    border: 1px solid var(--_primary);
    color: var(--_primary);
    background: var(--_surface);
  }
  .segment + .segment span {
    border-inline-start-width: 0;
  }
  .segment:first-of-type span {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .segment:last-of-type span {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .segment input:checked + span {
    color: var(--_on-primary);
    background: var(--_primary);
    font-weight: 600;
  }
  .segment input:focus-visible + span {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }
  .range legend {
    width: 100%;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .field-error {
    width: 100%;
  }
  .range-text {
    color: var(--_muted);
    margin-block-end: var(--_space);
  }
  .figures[aria-busy='true'] {
    opacity: 0.6;
  }
  .totals {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5em, 1fr));
    gap: var(--_space);
    margin: 0 0 var(--_space-l);
  }
  .total {
    padding: var(--_space);
    border: 1px solid var(--_divider);
    border-inline-start: 4px solid var(--_divider);
    border-radius: var(--_radius);
  }
  .total-early {
    border-inline-start-color: var(--_s-early);
  }
  .total-onTime {
    border-inline-start-color: var(--_s-on-time);
  }
  .total-late {
    border-inline-start-color: var(--_s-late);
  }
  .total-inProgress {
    border-inline-start-color: var(--_s-in-progress);
  }
  .total-overdue {
    border-inline-start-color: var(--_s-overdue);
  }
  .total dt {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .total dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .total dd.hint {
    font-size: 0.8125em;
    font-weight: 400;
  }
  .total.rate {
    grid-column: 1 / -1;
  }
  .chart {
    margin: 0 0 var(--_space-l);
  }
  .rows-form {
    display: none;
  }
  @container motcua (max-width: 54em) {
    .rows-form {
      display: grid;
    }
    .columns-form {
      display: none;
    }
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  .chart svg {
    display: block;
  }
  .chart text {
    fill: var(--_text);
    font-size: 12px;
    font-family: var(--_font);
  }
  .grid {
    stroke: var(--_divider);
  }
  rect.series-early,
  .swatch.series-early {
    fill: var(--_s-early);
    background: var(--_s-early);
  }
  rect.series-onTime,
  .swatch.series-onTime {
    fill: var(--_s-on-time);
    background: var(--_s-on-time);
  }
  rect.series-late,
  .swatch.series-late {
    fill: var(--_s-late);
    background: var(--_s-late);
  }
  rect.series-inProgress,
  .swatch.series-inProgress {
    fill: var(--_s-in-progress);
    background: var(--_s-in-progress);
  }
  rect.series-overdue,
  .swatch.series-overdue {
    fill: var(--_s-overdue);
    background: var(--_s-overdue);
  }
  /* Segments of a stack are told apart by a surface-coloured edge, not only by hue. */
  rect {
    stroke: var(--_surface);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) var(--_space-l);
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    font-size: 0.9375em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border-radius: 2px;
    border: 1px solid var(--_border);
  }
  .field-rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .field-rows li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 var(--_space);
  }
  /* Agencies' figures are longer: they move under the name rather than squeeze it. */
  .agency-rows li {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
  }
  .agency-rows .field-name {
    flex: 1 1 12em;
  }
  .agency-rows .field-figures {
    margin-inline-start: auto;
  }
  .agency-rows .field-bar {
    flex-basis: 100%;
  }
  .field-name {
    overflow-wrap: anywhere;
  }
  .field-figures {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .field-bar {
    grid-column: 1 / -1;
    width: 100%;
    height: 0.75em;
  }
  /* Satisfaction by period and by agency, inside the satisfaction section. */
  .sub-chart {
    margin: var(--_space-l) 0 0;
  }
  .h4 {
    margin: 0 0 var(--_space);
    font-size: 1em;
  }
  .satisfaction .big {
    font-size: 1.125em;
    margin-block-end: var(--_space);
  }
  .satisfaction-bar {
    width: 100%;
    height: 1em;
  }
  rect.sat-verySatisfied,
  .swatch.sat-verySatisfied {
    fill: var(--_success);
    background: var(--_success);
  }
  rect.sat-satisfied,
  .swatch.sat-satisfied {
    fill: var(--_primary);
    background: var(--_primary);
  }
  rect.sat-dissatisfied,
  .swatch.sat-dissatisfied {
    fill: var(--_danger);
    background: var(--_danger);
  }
  .tables summary {
    display: flex;
    align-items: center;
    min-height: var(--_target);
    cursor: pointer;
    color: var(--_primary);
    font-weight: 600;
  }
  .table-wrap {
    overflow-x: auto;
    margin-block: var(--_space);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: var(--_space);
  }
  th,
  td {
    padding: calc(var(--_space) / 2) var(--_space);
    border-block-end: 1px solid var(--_divider);
    text-align: end;
    white-space: nowrap;
  }
  thead th {
    white-space: normal;
    vertical-align: bottom;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
    white-space: normal;
    min-width: 10em;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
  }
  @container motcua (max-width: 40em) {
    .table-wrap :is(table, tbody, tfoot, tr, th, td) {
      display: block;
    }
    .table-wrap thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .table-wrap tr {
      padding-block: var(--_space);
      border-block-end: 1px solid var(--_divider);
    }
    .table-wrap :is(th, td) {
      border: 0;
      padding: 0;
      white-space: normal;
    }
    .table-wrap th[scope='row'] {
      min-width: 0;
    }
    .table-wrap td {
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
    }
    ${cellLabel}
    .table-wrap td::before {
      text-align: start;
      color: var(--_muted);
    }
  }
  @media print {
    .controls {
      display: none;
    }
    .tables > *:not(summary) {
      display: block;
    }
  }
`;
