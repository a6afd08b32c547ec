import { css } from 'lit';

export default css`
  :host {
    max-width: 48em;
  }
  .h2 {
    margin: 0 0 var(--_space);
    font-size: 1.375em;
    line-height: 1.3;
  }
  .h3 {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
  }
  .h4 {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    font-size: 1.05em;
  }
  p {
    margin: 0;
  }
  .intro {
    margin-block-end: var(--_space-l);
  }
  form {
    display: grid;
    gap: var(--_space-l);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: var(--_space);
    min-height: var(--_target);
  }
  .check label {
    font-weight: 400;
  }
  .check .hint {
    grid-column: 2;
  }
  form button[type='submit'] {
    justify-self: start;
  }
  .message {
    margin-block: var(--_space-l);
  }
  .message.error:focus {
    outline: 3px solid var(--_focus);
  }
  .loading {
    margin-block: var(--_space-l);
    color: var(--_muted);
  }
  .recent {
    margin-block-start: var(--_space-l);
    padding-block-start: var(--_space-l);
    border-block-start: 1px solid var(--_divider);
  }
  .recent ul {
    list-style: none;
    margin: var(--_space) 0;
    padding: 0;
  }
  .recent-item {
    width: 100%;
    justify-content: space-between;
    font-weight: 400;
    color: var(--_text);
  }
  .recent-item .code {
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  .result {
    margin-block-start: var(--_space-l);
  }
  .result-head {
    display: grid;
    gap: var(--_space);
    padding-block-end: var(--_space);
    border-block-end: 1px solid var(--_divider);
    overflow-wrap: anywhere;
  }
  .result-head .h3:focus {
    outline: none;
  }
  .result-head .h3:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.25em 0.75em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
  }
  .badge.status {
    color: var(--_primary);
    background: var(--_primary-bg);
  }
  .tone-success {
    color: var(--_success);
    background: var(--_success-bg);
  }
  .tone-info {
    color: var(--_text);
    background: var(--_subtle-bg);
  }
  .tone-warning {
    color: var(--_warning);
    background: var(--_warning-bg);
  }
  .tone-danger {
    color: var(--_danger);
    background: var(--_danger-bg);
  }
  .icon {
    width: 1.1em;
    height: 1.1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    gap: var(--_space) var(--_space-l);
    margin: var(--_space-l) 0;
  }
  .facts.compact {
    margin-block-end: 0;
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .muted {
    color: var(--_muted);
  }
  .hint.block {
    display: block;
  }
  .block {
    margin-block: var(--_space-l);
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .fees li {
    display: grid;
    grid-template-columns: 1fr auto auto;
    gap: var(--_space);
    align-items: center;
    padding-block: var(--_space);
    border-block-end: 1px solid var(--_divider);
  }
  .amount {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .fee-state {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .fee-state.paid {
    color: var(--_success);
  }
  .fee-state.unpaid {
    color: var(--_warning);
  }

  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .step {
    display: grid;
    grid-template-columns: 2em 1fr;
    gap: var(--_space);
    padding-block-end: var(--_space-l);
    position: relative;
  }
  .step:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(1em - 1px);
    inset-block: 2em 0;
    border-inline-start: 2px solid var(--_divider);
  }
  .marker {
    display: grid;
    place-items: center;
    width: 2em;
    height: 2em;
    border-radius: 50%;
    border: 2px solid var(--_border);
    background: var(--_surface);
  }
  .step.done .marker {
    color: var(--_success);
    border-color: currentColor;
  }
  .step.current .marker {
    color: var(--_on-primary);
    background: var(--_primary);
    border-color: var(--_primary);
  }
  .step.current .step-title {
    color: var(--_primary);
  }
  .step.pending {
    color: var(--_muted);
  }
  .step p {
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-start: var(--_space-l);
  }
  .updated {
    margin-block-start: var(--_space);
  }

  @container motcua (max-width: 30em) {
    .fees li {
      grid-template-columns: 1fr auto;
    }
    .fee-state {
      grid-column: 1 / -1;
    }
    .actions button,
    form button[type='submit'] {
      width: 100%;
    }
  }

  @media print {
    .no-print,
    form,
    .recent {
      display: none !important;
    }
    .step:not(:last-child)::before {
      border-color: #999;
    }
  }
`;
