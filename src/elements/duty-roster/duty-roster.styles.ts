import { css } from 'lit';

export default css`
  .roster {
    display: grid;
    gap: var(--_space-l);
  }
  .head {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .range,
  .meta {
    margin: 0;
    color: var(--_muted);
  }

  /* ---- controls ---- */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-l);
  }
  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .pick,
  .filter {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-width: 12em;
    flex: 1 1 12em;
  }
  .filter {
    flex-basis: 16em;
  }
  .hint {
    font-size: 0.875em;
  }
  a.button {
    color: var(--_primary);
  }

  .message.notice {
    color: var(--_text);
    border-inline-start-color: var(--_primary);
  }
  .message > ul {
    padding-inline-start: 1.25em;
  }

  /* ---- grid ---- */
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    line-height: 1.35;
  }
  th,
  td {
    padding: var(--_space);
    text-align: start;
    vertical-align: top;
    border: 1px solid var(--_divider);
  }
  thead th {
    background: var(--_subtle-bg);
    min-width: 6.5em;
  }
  thead th.corner {
    min-width: 0;
  }
  thead th.weekend {
    min-width: 4em;
  }
  th .weekday,
  th .date,
  th .holiday-name,
  .session .hours {
    display: block;
  }
  th .date,
  .session .hours,
  .office {
    color: var(--_muted);
    font-weight: 400;
  }
  th.session {
    background: var(--_subtle-bg);
    min-width: 4.5em;
  }
  th.desk {
    min-width: 7em;
    font-weight: 600;
  }
  tr.session-start > * {
    border-top: 3px solid var(--_border);
  }
  td[role='gridcell'] {
    min-width: 6.5em;
  }
  td.weekend {
    min-width: 4em;
  }
  /* The grid keeps to names, offices and phones; job titles are in the list and the .ics. */
  table .job {
    display: none;
  }
  td[role='gridcell']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .today {
    background: var(--_primary-bg);
  }
  th.today {
    box-shadow: inset 0 4px 0 var(--_primary);
  }
  td.now {
    box-shadow: inset 0 0 0 3px var(--_primary);
  }
  .weekend:not(.today),
  .holiday:not(.today) {
    background: var(--_subtle-bg);
  }
  .holiday-name {
    color: var(--_danger);
    font-weight: 600;
  }
  .rest,
  .none {
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding: 0 0.4em;
    font-size: 0.8125em;
    font-weight: 700;
    border-radius: var(--_radius);
    color: var(--_on-primary);
    background: var(--_primary);
  }
  .now-badge {
    margin-block-end: 0.25em;
  }

  .officials,
  .slots,
  .days {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .official + .official {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-top: 1px dashed var(--_divider);
  }
  .name {
    display: block;
    font-weight: 600;
  }
  .office,
  .replaces {
    display: block;
    font-size: 0.875em;
  }
  .replaces {
    color: var(--_warning);
    font-weight: 600;
  }
  .changed {
    background-image: linear-gradient(to right, var(--_warning) 4px, transparent 4px);
  }
  a.tel {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    color: var(--_primary);
    font-weight: 600;
  }

  /* ---- day list (narrow) ---- */
  .days {
    display: grid;
    gap: var(--_space-l);
  }
  .day {
    padding: var(--_space) var(--_space-l);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
  }
  .day.today {
    border: 2px solid var(--_primary);
  }
  .day-title {
    font-weight: 700;
  }
  .session-title {
    margin: var(--_space) 0 calc(var(--_space) / 2);
    font-weight: 600;
  }
  .session.now {
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_primary);
  }
  .slot {
    padding-block: var(--_space);
    border-top: 1px solid var(--_divider);
    padding-inline-start: var(--_space);
  }
  .slot .desk {
    display: block;
    font-weight: 700;
  }
  .day p.rest {
    margin: var(--_space) 0;
  }

  @media (forced-colors: active) {
    td.now,
    .day.today,
    .session.now {
      outline: 3px solid CanvasText;
    }
  }

  /* ---- print: the week on one landscape A4 page for the notice board ---- */
  @media print {
    :host {
      font-size: 8pt;
    }
    .toolbar,
    .no-print,
    .days {
      display: none !important;
    }
    .roster {
      gap: 2mm;
    }
    .title {
      font-size: 13pt;
    }
    .scroll {
      overflow: visible;
    }
    table {
      font-size: 7pt;
      line-height: 1.2;
      table-layout: fixed;
      page-break-inside: avoid;
      break-inside: avoid;
    }
    th,
    td {
      padding: 0.6mm 1mm;
      border-color: #555;
      min-width: 0 !important;
    }
    thead th.weekend,
    td.weekend {
      width: 7%;
    }
    th.session {
      width: 6%;
    }
    th.desk {
      width: 11%;
    }
    td.now,
    th.today {
      box-shadow: none;
    }
    a.tel {
      min-height: 0;
      color: #000;
      text-decoration: none;
    }
    .badge {
      border: 1px solid #000;
      color: #000;
      background: none;
    }
    .message {
      padding: 1mm 2mm;
    }
    .official + .official {
      margin-block-start: 0.5mm;
      padding-block-start: 0.5mm;
    }
    .range,
    .meta {
      font-size: 7pt;
    }
  }
`;
