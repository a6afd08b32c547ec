/**
 * Headings whose level the host page decides. A widget's top heading is `heading-level` (1–6,
 * each element has its own default); its sections go one and two levels deeper, capped at 6.
 * `no-heading` leaves the top heading out when the page already has one above the widget. The
 * tag carries the semantics (h1–h6, which every screen reader knows); the class `h2`/`h3`/`h4`
 * carries the look, so a re-levelled widget looks the same.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  id?: string;
  part?: string;
  cls?: string;
  /** Takes focus from script (tabindex="-1"), for headings focused after a change. */
  focusable?: boolean;
}

/** A valid level from whatever the attribute held: a whole number in 1–6, else `fallback`. */
export function clampLevel(value: unknown, fallback: number): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(6, n) : fallback;
}

/** The level `depth` steps below `top` (0 is the widget's own heading). */
export function levelAt(top: number, depth: number): number {
  return Math.min(6, top + depth);
}

/** An h1–h6 element at `level`, styled as rank `look` (the element's default layout). */
export function heading(level: number, look: 2 | 3 | 4, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const cls = o.cls ? `h${look} ${o.cls}` : `h${look}`;
  const id = o.id ?? nothing;
  const part = o.part ?? nothing;
  const tabindex = o.focusable ? '-1' : nothing;
  // One static template per tag: Lit cannot bind a tag name, and static-html would add weight to every widget.
  switch (level) {
    case 1:
      return html`<h1 class=${cls} id=${id} part=${part} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 class=${cls} id=${id} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls} id=${id} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls} id=${id} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} id=${id} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 class=${cls} id=${id} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}
