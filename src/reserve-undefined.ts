/**
 * For the script-tag bundle: before any element's code arrives, give every motcua tag on the page
 * the box it will have (a block, the widget's spacing and base size) and reserve its first-render
 * height, so the portal's content below does not jump as each widget loads. The rules go into an
 * adopted style sheet, which a strict CSP allows (no inline style in the markup).
 */
import { reserveHeight, reserveSpace } from './elements/shared/reserve.js';
import { RESERVE_TABLE } from './elements/shared/reserve-table.js';

/** Viewport widths at which the stylesheet's guess of a widget's width changes. */
const VIEWPORTS = [0, 400, 480, 640, 800, 1024];

/** Box rules for the tags in `tags` until they are defined. */
export function undefinedTagRules(tags: readonly string[]): string {
  const list = tags.filter((t) => t !== 'motcua-provider').map((t) => `${t}:not(:defined)`).join(',');
  return `${list}{display:block;margin-block:var(--motcua-spacing,1.5em);font-size:var(--motcua-font-size,medium)}` +
    'motcua-provider:not(:defined){display:contents}';
}

/**
 * `dist/cdn/motcua.css`: the box rules plus a first-render height for each tag, guessed from the
 * viewport (the widget's own width is not known to CSS before its code runs: a page column is
 * taken as the viewport less its margins, at most 834 px). Linked in the page's head it applies at
 * the first paint, before any script; the script then sets the height for the real width.
 */
export function reserveCss(tags: readonly string[]): string {
  const rules = [undefinedTagRules(tags)];
  for (const v of VIEWPORTS) {
    const width = Math.min(Math.max(v, 320) - 32, 834);
    const body = Object.entries(RESERVE_TABLE)
      .filter(([key]) => tags.includes(key.replace(/\[.*$/, '')))
      .map(([key, points]) => `${key.replace(/^([a-z-]+)/, '$1:not(:defined)')}{min-height:${reserveHeight(points, width).toFixed(1)}em}`)
      .join('');
    rules.push(v === 0 ? body : `@media (min-width:${v}px){${body}}`);
  }
  return `${rules.join('\n')}\n`;
}

/** Adopts the box rules into `doc` and reserves the height of each motcua element already there. */
export function reserveUndefined(tags: readonly string[], doc: Document = document): void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(undefinedTagRules(tags));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const present = doc.querySelectorAll<HTMLElement>(tags.filter((t) => t !== 'motcua-provider').join(','));
  // Read every width first, then write: one layout for the whole page.
  const waiting = [...present].filter((el) => !customElements.get(el.localName));
  const widths = waiting.map((el) => el.getBoundingClientRect().width);
  waiting.forEach((el, i) => reserveSpace(el, widths[i]));
}
