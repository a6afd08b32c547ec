import { css } from 'lit';

export default css`
  .queue,
  .board-view {
    display: grid;
    gap: var(--_space-l);
    /* The layout follows the widget's own width, not the page's: it may sit in a narrow column. */
    container-type: inline-size;
    min-width: 0;
  }
  .head {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .h {
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .head .h {
    font-size: 1.25em;
  }
  p {
    margin: 0;
  }
  .meta {
    color: var(--_muted);
  }
  .state {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    font-weight: 700;
  }
  .dot {
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 50%;
    flex: none;
    background: var(--_success);
  }
  .state.closed {
    color: var(--_danger);
  }
  .state.closed .dot {
    background: var(--_danger);
  }
  .connection.down {
    color: var(--_warning);
    font-weight: 700;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* ---- services ---- */
  .services {
    display: grid;
    gap: var(--_space-l);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
  }
  .service {
    display: grid;
    gap: var(--_space);
    align-content: start;
    padding: var(--_space-l);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .counters {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 7em), 1fr));
  }
  .counter {
    display: grid;
    padding: var(--_space);
    background: var(--_subtle-bg);
    border-radius: var(--_radius);
  }
  .counter-name {
    font-weight: 700;
  }
  .label {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .number {
    font-size: 2em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_primary);
    line-height: 1.1;
  }
  .number.empty {
    font-size: 1em;
    font-weight: 400;
    color: var(--_muted);
  }

  /* ---- my ticket ---- */
  .ticket,
  .ticket-status {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space-l);
    border-radius: var(--_radius);
    background: var(--_primary-bg);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .row input {
    flex: 1 1 8em;
    min-width: 0;
    font-size: 1.25em;
  }
  .ticket-status {
    border-inline-start: 0.35em solid var(--_primary);
  }
  .ticket-text {
    font-size: 1.125em;
    font-weight: 700;
  }
  .ticket-status.your-turn {
    background: var(--_success-bg);
    border-inline-start-color: var(--_success);
  }
  .ticket-status.your-turn .ticket-text {
    font-size: 1.5em;
  }
  .ticket-status.not-issued,
  .ticket-status.unknown-service,
  .ticket-status.passed {
    background: var(--_warning-bg);
    border-inline-start-color: var(--_warning);
  }

  /* ---- the hall board ---- */
  :host([mode='display']) {
    --_board-size: var(--motcua-queue-board-size, clamp(2.5em, 9cqi, 7em));
  }
  :host([mode='display']) .board-view {
    padding: var(--_space-l);
    gap: calc(var(--_space-l) * 1.5);
  }
  :host([mode='display']) .head .h {
    font-size: clamp(1.25em, 4cqi, 2.5em);
  }
  :host([mode='display']) .head {
    font-size: clamp(1em, 2.2cqi, 1.75em);
  }
  .board {
    display: grid;
    gap: var(--_space-l);
    /* A column holds a four-digit number at the board's size, whatever the width. */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, max(14em, calc(var(--_board-size) * 3.2))), 1fr));
  }
  .tile {
    display: grid;
    justify-items: center;
    text-align: center;
    gap: var(--_space);
    padding: var(--_space-l);
    /* High contrast from the theme's own pair: text colour as background, surface as text. */
    background: var(--_text);
    color: var(--_surface);
    border: 0.25em solid var(--_text);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .tile .counter-name {
    font-size: clamp(1.25em, 3.5cqi, 2.5em);
  }
  .tile .number {
    font-size: var(--_board-size);
    color: inherit;
    line-height: 1;
  }
  .tile .service-name {
    font-size: clamp(1em, 2cqi, 1.5em);
    overflow-wrap: anywhere;
  }
  .tile.called {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_on-primary);
    outline: 0.3em solid var(--_primary);
    outline-offset: 0.2em;
    animation: called 1s ease-in-out 3;
  }
  /* Colours only, once a second: nothing moves or resizes, nothing flashes faster than WCAG allows. */
  @keyframes called {
    50% {
      background: var(--_surface);
      color: var(--_primary);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    /* The colour and the outline stay: the cue is still seen, nothing moves. */
    .tile.called {
      animation: none;
    }
  }
  .board-waiting {
    display: grid;
    gap: var(--_space);
    font-size: clamp(1em, 2.2cqi, 1.75em);
  }
  .board-waiting .service-name {
    font-weight: 700;
  }
  @container (max-width: 24em) {
    .service,
    .ticket,
    .ticket-status {
      padding: var(--_space);
    }
  }
`;
