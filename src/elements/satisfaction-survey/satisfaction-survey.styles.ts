import { css } from 'lit';

/**
 * Big, touch-friendly choices: each answer is a label around its native radio, with an emoji and
 * a tone colour as extra cues (the text always says it). Works from 320px phones to kiosks.
 */
export default css`
  :host {
    --_positive: var(--_success);
    --_neutral: var(--_warning);
    --_negative: var(--_danger);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
  }
  form,
  .done {
    display: grid;
    gap: var(--_space-l);
  }
  .h2,
  .h3 {
    margin: 0;
    line-height: 1.3;
  }
  .h2 {
    font-size: 1.375em;
  }
  .h3 {
    font-size: 1.125em;
  }
  p {
    margin: 0;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  :focus-visible,
  .title:focus-visible,
  .done-title:focus-visible,
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .intro,
  .hint {
    color: var(--_muted);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .section {
    display: grid;
    gap: var(--_space-l);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_divider);
  }
  .section-title {
    padding: 0;
    margin-block-end: var(--_space);
    font-size: 1.125em;
    font-weight: 700;
    color: var(--_primary);
  }
  .criterion legend {
    padding: 0;
    margin-block-end: var(--_space);
    font-weight: 600;
  }
  .required {
    font-weight: 400;
    color: var(--_muted);
  }
  .criterion.has-error {
    padding-inline-start: var(--_space-l);
    border-inline-start: 4px solid var(--_danger);
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: var(--_space);
  }
  .choice {
    position: relative;
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: 3.5em;
    padding: var(--_space) var(--_space-l);
    font-weight: 500;
    border: 2px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    touch-action: manipulation;
  }
  .choice.tone-positive {
    border-inline-start-color: var(--_positive);
  }
  .choice.tone-neutral {
    border-inline-start-color: var(--_neutral);
  }
  .choice.tone-negative {
    border-inline-start-color: var(--_negative);
  }
  .choice:hover {
    background: var(--_subtle-bg);
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
    background: var(--_primary-bg);
    font-weight: 700;
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .choice:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .choice input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
  }
  .choice input:focus-visible {
    outline: none;
  }
  .emoji {
    flex: none;
    font-size: 1.75em;
    line-height: 1;
  }
  .known {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space) var(--_space-l);
    border-radius: var(--_radius);
    background: var(--_subtle-bg);
  }
  .known-label {
    font-weight: 600;
  }
  .known-value {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  textarea {
    resize: vertical;
    min-height: 6em;
  }
  .count {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .count.over {
    color: var(--_danger);
    font-weight: 600;
  }
  .error-summary {
    padding: var(--_space-l);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_text);
  }
  .error-summary .h3 {
    color: var(--_danger);
  }
  .error-summary ul {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.25em;
  }
  .error-summary li {
    padding-block: 2px;
  }
  .error-summary li + li {
    margin-block-start: calc(var(--_space) / 2);
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .actions button {
    min-height: 3.25em;
    min-width: calc(12em / 1.0625); /* 12 of the widget's em at this font size */
    font-size: 1.0625em;
  }
  .done {
    padding: var(--_space-l);
    border-radius: var(--_radius);
    border-inline-start: 6px solid var(--_success);
    background: var(--_success-bg);
  }
  .done.queued {
    border-inline-start-color: var(--_warning);
    background: var(--_warning-bg);
  }
  .done-title {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .countdown {
    font-weight: 600;
  }
  .done button {
    justify-self: start;
    min-height: 3.25em;
  }
  :host([kiosk]) {
    font-size: 1.125em;
  }
  :host([kiosk]) .choice {
    min-height: 72px;
  }
  @container motcua (max-width: 30em) {
    .choices {
      grid-template-columns: 1fr;
    }
    .actions button,
    .done button {
      width: 100%;
    }
  }
  @media (forced-colors: active) {
    .choice:has(input:checked) {
      outline: 3px solid CanvasText;
    }
  }
  @media print {
    .actions,
    .done button {
      display: none;
    }
  }
`;
