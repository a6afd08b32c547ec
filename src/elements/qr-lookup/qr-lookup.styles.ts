import { css } from 'lit';

export default css`
  motcua-procedure-detail {
    margin-block: var(--_space) 0; /* inside the reader, not the page's widget spacing */
  }
  .base {
    display: grid;
    gap: var(--_space-l);
  }
  p {
    margin: 0;
  }
  .intro,
  .hint {
    color: var(--_muted);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .viewfinder {
    position: relative;
    width: 100%;
    max-width: var(--motcua-qr-viewfinder-size, 28em);
    aspect-ratio: 4 / 3;
    overflow: hidden;
    border-radius: var(--_radius);
    background: #000;
  }
  video {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  /* The square the code should sit in: corners in the brand colour, the rest dimmed. */
  .frame {
    position: absolute;
    inset: 50% auto auto 50%;
    width: min(65%, 16em);
    aspect-ratio: 1;
    translate: -50% -50%;
    border-radius: calc(var(--_radius) * 2);
    box-shadow: 0 0 0 100vmax rgb(0 0 0 / 0.45);
    outline: 4px solid var(--_on-primary);
    outline-offset: -4px;
    border: 3px solid var(--_primary);
    pointer-events: none;
  }
  .overlay-note {
    position: absolute;
    inset: auto 0 0 0;
    padding: var(--_space);
    color: #fff;
    background: rgb(0 0 0 / 0.7);
    text-align: center;
  }
  .controls,
  .image-buttons,
  .typed-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }
  .camera-choice {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-width: 12em;
  }
  .torch[aria-pressed='true'] {
    color: var(--_on-primary);
    background: var(--_primary);
  }

  .result {
    display: grid;
    gap: var(--_space);
  }
  .raw code {
    display: block;
    padding: var(--_space);
    font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
    font-size: 0.9375em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    white-space: pre-wrap;
    max-height: 10em;
    overflow: auto;
  }

  .fallback {
    display: grid;
    gap: var(--_space);
    padding-block-start: var(--_space-l);
    border-block-start: 1px solid var(--_divider);
  }
  .other-ways {
    font-weight: 600;
  }
  .typed {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .typed-row input {
    flex: 1 1 14em;
    width: auto;
  }

  @container motcua (max-width: 30em) {
    .image-buttons button,
    .controls button,
    .typed-row button {
      flex: 1 1 100%;
    }
  }
  @media print {
    .viewfinder,
    .controls,
    .fallback,
    button {
      display: none;
    }
  }
`;
