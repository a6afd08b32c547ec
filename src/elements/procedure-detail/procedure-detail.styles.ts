import { css } from 'lit';
import { cellLabel } from '../shared/cell-label.js';

// Narrower than 37.5em each table row is drawn as a block, the header row hidden and each count
// with its column's name before it (cellLabel: for the eye only). The tables keep explicit ARIA
// roles there (procedure-detail.component.ts), so screen readers still get tables.
// (Notes here, not in the css: comments inside it ship to the page.)

export default css`
  article {
    display: grid;
    gap: var(--_space-l);
  }
  .name {
    margin: 0;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .name:focus {
    outline: none;
  }
  .name:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: var(--_space) var(--_space-l);
    margin: var(--_space) 0 0;
  }
  .summary dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .summary dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .code {
    font-variant-numeric: tabular-nums;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-start: var(--_space-l);
  }
  .section {
    border-block-start: 1px solid var(--_divider);
    padding-block-start: var(--_space);
  }
  .section-title {
    font-size: 1.125em;
    font-weight: 700;
    margin-block: var(--_space);
  }
  .case-title {
    font-weight: 600;
    margin-block: var(--_space-l) var(--_space);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--_space);
    border-block-end: 1px solid var(--_divider);
    overflow-wrap: anywhere;
  }
  thead th {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  th.num {
    white-space: nowrap;
    overflow-wrap: normal;
  }
  a {
    color: var(--_primary);
  }
  td a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
  }
  .steps li,
  ul li {
    margin-block-end: var(--_space);
  }
  .text {
    white-space: pre-line;
    margin: 0.25em 0 0;
    overflow-wrap: anywhere;
  }
  .muted {
    color: var(--_muted);
  }
  .note {
    margin: 0.25em 0 0;
    font-size: 0.9375em;
  }
  .hint {
    color: var(--_muted);
  }
  .print-only {
    display: none;
  }
  /* Facts of imported national records: fee lines, document marks, agencies by role, notes. */
  ul.fees,
  ul.cases {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .flags {
    margin: 0.25em 0 0;
  }
  .flag {
    display: inline-block;
    font-size: 0.875em;
    padding: 0 0.4em;
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
  }
  dl.agencies,
  dl.notes {
    display: grid;
    gap: var(--_space);
    margin: 0;
  }
  dl.agencies dt,
  dl.notes dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dl.agencies dd,
  dl.notes dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .decision {
    margin: 0 0 var(--_space);
  }

  /* Phones: tables become stacked rows so nothing scrolls sideways. */
  @container motcua (max-width: 37.5em) {
    thead {
      position: absolute;
      clip-path: inset(50%);
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    tr {
      border-block-end: 1px solid var(--_divider);
      padding-block: var(--_space);
    }
    th,
    td {
      border: 0;
      padding: 0.125em 0;
    }
    ${cellLabel}
    .num {
      text-align: start;
    }
  }

  @media print {
    .print-only {
      display: block;
    }
    .actions {
      display: none;
    }
    .section,
    tr,
    li {
      break-inside: avoid;
    }
    .section-title {
      break-after: avoid;
    }
    a {
      color: #000;
    }
  }
`;
