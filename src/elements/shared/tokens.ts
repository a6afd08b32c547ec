/**
 * Design tokens. A host themes every widget with a few public custom properties, which inherit
 * through shadow roots; everything else is derived here as private `--_*` tokens.
 *
 * | public variable              | default (light / dark)  |
 * |------------------------------|-------------------------|
 * | `--motcua-color-primary`     | #0b4f9c / #8ab8f0       |
 * | `--motcua-color-on-primary`  | #ffffff / #16191e (text on primary buttons) |
 * | `--motcua-color-text`        | #1b1f24 / #e6e8eb       |
 * | `--motcua-color-surface`     | #ffffff / #16191e; `transparent` shows the host's background |
 * | `--motcua-font-family`       | system UI fonts with Vietnamese coverage |
 * | `--motcua-font-size`         | `medium` (the reader's default size); every size follows it |
 * | `--motcua-spacing`           | 1.5em (one line): the space kept above and below each widget |
 * | `--motcua-radius`            | 6px                     |
 * | `--motcua-density`           | 1 (comfortable); 0.75 compact |
 *
 * Sizes are in `em` of the host, never `rem`: a portal's `html { font-size: 62.5% }` must not
 * shrink the widgets (the widget's size comes from `--motcua-font-size` alone).
 *
 * Dark scheme: `theme="dark"` on the element (or <motcua-provider>), or a host whose
 * `color-scheme` is `dark` (or `light dark` and the reader prefers dark) — via light-dark().
 */
import { css } from 'lit';

// `container: motcua` on the host: widgets lay out by their own width (a 300 px sidebar, a
// two-thirds column, a kiosk), not the viewport's, so element styles use `@container motcua (…)`
// rather than `@media (max-width: …)`. A size container takes no width from its content, so a host
// that puts a widget in a flex row without a width would get a zero-wide widget: min-inline-size
// keeps at least 280 px (or the whole row when that is narrower). (Comments inside css`` ship to
// every page, so they live here.)
export const tokens = css`
  :host {
    /* Block the host page's inherited styles (font, colour, line height, text-transform …);
       custom properties survive 'all', so the public variables still come through. */
    all: initial;
    box-sizing: border-box;
    color-scheme: inherit;

    --_primary: var(--motcua-color-primary, light-dark(#0b4f9c, #8ab8f0));
    --_text: var(--motcua-color-text, light-dark(#1b1f24, #e6e8eb));
    --_surface: var(--motcua-color-surface, light-dark(#ffffff, #16191e));
    --_font: var(
      --motcua-font-family,
      system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif
    );
    --_radius: var(--motcua-radius, 6px);
    --_density: var(--motcua-density, 1);

    /* Its own colour, not the surface's: a host may make the surface transparent or grey. */
    --_on-primary: var(--motcua-color-on-primary, light-dark(#ffffff, #16191e));
    /* Mixing text into surface keeps contrast whatever colours the host picks:
       ~55 % text gives ≥ 3:1 (borders, WCAG 1.4.11), ~72 % gives ≥ 4.5:1 (muted text). */
    --_border: color-mix(in srgb, var(--_text) 55%, var(--_surface));
    --_divider: color-mix(in srgb, var(--_text) 18%, var(--_surface));
    --_muted: color-mix(in srgb, var(--_text) 74%, var(--_surface));
    --_subtle-bg: color-mix(in srgb, var(--_text) 5%, var(--_surface));
    --_primary-bg: color-mix(in srgb, var(--_primary) 10%, var(--_surface));
    --_focus: var(--_primary);
    /* Status colours, ≥ 4.5:1 on the default surfaces in both schemes. */
    --_danger: light-dark(#b3261e, #ffb4ab);
    --_success: light-dark(#1e6b34, #8fd7a0);
    --_warning: light-dark(#8a5300, #ffcf70);
    --_danger-bg: color-mix(in srgb, var(--_danger) 10%, var(--_surface));
    --_success-bg: color-mix(in srgb, var(--_success) 10%, var(--_surface));
    --_warning-bg: color-mix(in srgb, var(--_warning) 12%, var(--_surface));

    --_space: calc(0.5em * var(--_density));
    --_space-l: calc(1em * var(--_density));
    --_target: 2.75em; /* 44 px at the default size */

    display: block;
    container: motcua / inline-size;
    min-inline-size: min(100%, 17.5em);
    margin-block: var(--motcua-spacing, 1.5em);
    font-family: var(--_font);
    /* The reader's default size, not the host's root size (62.5 % tricks); a host scales it here. */
    font-size: var(--motcua-font-size, medium);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    text-align: start;
    -webkit-text-size-adjust: 100%;
  }

  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }

  /* Browsers without light-dark() (before 2024): light colours, dark on theme="dark" only. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_primary: var(--motcua-color-primary, #0b4f9c);
      --_text: var(--motcua-color-text, #1b1f24);
      --_surface: var(--motcua-color-surface, #ffffff);
      --_on-primary: var(--motcua-color-on-primary, #ffffff);
      --_danger: #b3261e;
      --_success: #1e6b34;
      --_warning: #8a5300;
    }
    :host([theme='dark']) {
      --_primary: var(--motcua-color-primary, #8ab8f0);
      --_text: var(--motcua-color-text, #e6e8eb);
      --_surface: var(--motcua-color-surface, #16191e);
      --_on-primary: var(--motcua-color-on-primary, #16191e);
      --_danger: #ffb4ab;
      --_success: #8fd7a0;
      --_warning: #ffcf70;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media print {
    :host {
      margin-block: 0; /* printed sheets have their own margins (@page) */
      color: #000;
      background: #fff;
      --_primary: #000;
      --_text: #000;
      --_surface: #fff;
      --_muted: #333;
    }
    button,
    .no-print {
      display: none !important;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
