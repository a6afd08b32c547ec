import { css } from 'lit';

// The ▸/▾ before the filters' summary and the ✓ on a chosen chip are for the eye only: the
// disclosure and aria-pressed give screen readers the state, so each mark has empty alternative
// text (`/ ''`) and a chip's name does not change when it is chosen. A browser without that syntax
// keeps the plain `content` line before it. (Notes here, not in the css: comments inside it ship
// to the page.)

export default css`
  .root {
    display: grid;
    gap: var(--_space);
  }
  label {
    display: block;
    margin-block-end: 0.25em;
  }
  .input-row {
    display: flex;
    align-items: stretch;
    gap: var(--_space);
  }
  .input-row input {
    flex: 1;
    min-width: 0;
    font-size: max(16px, 1em); /* below 16px iOS zooms the page on focus */
  }
  .icon {
    padding-inline: var(--_space);
  }
  .hint {
    margin: 0.25em 0 0;
  }
  .panel {
    display: grid;
    gap: var(--_space);
  }
  [hidden] {
    display: none !important;
  }
  .filters > summary {
    display: flex;
    align-items: center;
    min-height: var(--_target);
    width: fit-content;
    font-weight: 600;
    color: var(--_primary);
    cursor: pointer;
  }
  .filters > summary::before {
    content: '▸';
    content: '▸' / '';
    margin-inline-end: 0.5em;
  }
  .filters[open] > summary::before {
    content: '▾';
    content: '▾' / '';
  }
  .filters > summary::-webkit-details-marker {
    display: none;
  }
  .facets {
    display: grid;
    gap: var(--_space);
  }
  .facet {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .facet-label {
    font-weight: 600;
    font-size: 0.9375em;
    min-width: 9em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
  }
  .chip {
    font-weight: 400;
    border-radius: 999px;
    border-color: var(--_border);
    color: var(--_text);
    padding-block: 0.25em;
  }
  .chip[aria-pressed='true'] {
    color: var(--_on-primary);
    background: var(--_primary);
    border-color: var(--_primary);
    font-weight: 600;
  }
  .chip[aria-pressed='true']::before {
    content: '✓';
    content: '✓' / '';
  }
  .clear-filters {
    justify-self: start;
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
    font-weight: 400;
  }
  [role='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    max-height: min(32em, 70vh);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .option {
    display: grid;
    gap: 0.125em;
    min-height: var(--_target);
    padding: var(--_space) var(--_space-l);
    border-block-end: 1px solid var(--_divider);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .option:last-child {
    border-block-end: 0;
  }
  .option:hover {
    background: var(--_subtle-bg);
  }
  .option[aria-selected='true'] {
    background: var(--_primary-bg);
    box-shadow: inset 4px 0 0 var(--_primary);
  }
  .opt-name {
    font-weight: 600;
  }
  mark {
    color: inherit;
    background: color-mix(in srgb, var(--_warning) 22%, var(--_surface));
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 2px;
    border-radius: 2px;
  }
  .opt-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-l);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .more {
    justify-self: start;
  }
  .no-results {
    padding: var(--_space) var(--_space-l);
    border-radius: var(--_radius);
    background: var(--_subtle-bg);
  }
  .no-results p {
    margin: var(--_space) 0 0.25em;
  }
  .no-results ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .no-results .popular {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
  }
  .inline {
    min-height: var(--_target);
    padding-inline: var(--_space);
    text-decoration: underline;
  }
  .loading {
    margin: 0;
    color: var(--_muted);
  }
  motcua-procedure-detail {
    margin-block: var(--_space-l) 0; /* inside the search, not the page's widget spacing */
  }

  /* Full-screen while in use on phones: the list gets the whole viewport, with a Close button. */
  :host([fullscreen]) .root {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    overflow-y: auto;
    overscroll-behavior: contain;
    align-content: start;
    padding: var(--_space-l);
    /* Opaque even when the host made the surface transparent: it covers the page. */
    background: linear-gradient(var(--_surface), var(--_surface)), Canvas;
  }
  :host([fullscreen]) [role='listbox'] {
    max-height: none;
  }
  @container motcua (max-width: 37.5em) {
    .facet-label {
      min-width: 100%;
    }
  }

  @media print {
    .root {
      display: none;
    }
  }
`;
