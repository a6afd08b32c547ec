/** Reusable pieces of style for element templates: buttons, form fields, messages, hiding. */
import { css } from 'lit';

export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

export const buttons = css`
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    min-width: var(--_target);
    min-height: var(--_target);
    padding: var(--_space) var(--_space-l);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-decoration: none;
    color: var(--_primary);
    background: var(--_surface);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
    touch-action: manipulation;
  }
  button:hover,
  .button:hover {
    background: var(--_primary-bg);
  }
  button.primary,
  .button.primary {
    color: var(--_on-primary);
    background: var(--_primary);
  }
  button.primary:hover,
  .button.primary:hover {
    background: color-mix(in srgb, var(--_primary) 88%, var(--_text));
  }
  button.quiet {
    border-color: transparent;
    background: transparent;
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;

export const fields = css`
  input,
  select,
  textarea {
    min-height: var(--_target);
    width: 100%;
    padding: var(--_space) calc(var(--_space) * 1.5);
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    accent-color: var(--_primary);
  }
  label {
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
`;

export const messages = css`
  .message {
    padding: var(--_space) var(--_space-l);
    border-radius: var(--_radius);
    border-inline-start: 4px solid currentColor;
    background: var(--_subtle-bg);
  }
  .message.error {
    color: var(--_danger);
    background: var(--_danger-bg);
  }
  .message.success {
    color: var(--_success);
    background: var(--_success-bg);
  }
  .message.warning {
    color: var(--_warning);
    background: var(--_warning-bg);
  }
  .message > * {
    margin-block: var(--_space) 0;
  }
  .message > :first-child {
    margin-block-start: 0;
  }
`;

/** Everything above, for elements that want it all. */
export const sharedStyles = [visuallyHidden, buttons, fields, messages];
