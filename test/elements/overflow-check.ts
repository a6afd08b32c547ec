// What the overflow test looks for inside a widget, measured by the browser's own layout: content
// wider than the widget, boxes that scroll or clip sideways, and touch targets under 24 × 24 px.

/** Every element under `root`, open shadow roots included (the widgets' whole rendered tree). */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** A short, readable name for a failing element: tag, id and classes, and its shadow host. */
export function describe(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  const id = el.id ? `#${el.id}` : '';
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${host ? `${host.localName} › ` : ''}${el.localName}${id}${cls}${text ? ` “${text}”` : ''}`;
}

/** Rendered and not hidden for everyone: zero-size boxes and visually-hidden text have no layout to check. */
function shown(el: Element, rect: DOMRect): boolean {
  if (rect.width === 0 && rect.height === 0) return false;
  if (el.closest('.visually-hidden')) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none';
}

/** Form fields scroll their own text by design; a long value in an input is not a layout fault. */
const SCROLLS_ITS_OWN_TEXT = new Set(['input', 'textarea', 'select', 'option', 'video', 'canvas', 'svg']);

/**
 * Everything in `host` that breaks its width: the host scrolling, a descendant sticking out of the
 * host's box, or a descendant whose content is wider than itself (scrolled, clipped or ellipsised).
 */
export function overflowProblems(host: HTMLElement): string[] {
  const problems: string[] = [];
  const box = host.getBoundingClientRect();
  if (host.scrollWidth > host.clientWidth + 1) problems.push(`the host scrolls: ${host.scrollWidth} > ${host.clientWidth}`);
  // Only the outermost culprit is named: its descendants stick out with it.
  const named: Element[] = [];
  for (const el of deepElements(host.shadowRoot ?? host)) {
    if (named.some((n) => n.contains(el))) continue;
    const rect = el.getBoundingClientRect();
    if (!shown(el, rect) || (el.closest('svg') !== null && el.localName !== 'svg')) continue;
    if (rect.right > box.right + 1 || rect.left < box.left - 1) {
      problems.push(`${describe(el)} sticks out: ${Math.round(rect.left - box.left)}…${Math.round(rect.right - box.left)} of ${Math.round(box.width)}`);
      named.push(el);
      continue;
    }
    if (SCROLLS_ITS_OWN_TEXT.has(el.localName) || !(el instanceof HTMLElement)) continue;
    // A box of a pixel or two is a screen-reader-only live region, hidden on purpose.
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 2 && getComputedStyle(el).overflowX !== 'visible') {
      problems.push(`${describe(el)} scrolls or clips sideways: ${el.scrollWidth} > ${el.clientWidth}`);
      named.push(el);
    }
  }
  return problems;
}

/** The box a pointer can hit to use `el`: a radio or check box counts with its label. */
function targetRect(el: Element): DOMRect {
  const own = el.getBoundingClientRect();
  const label = el instanceof HTMLInputElement ? el.labels?.[0] : undefined;
  if (!label) return own;
  const l = label.getBoundingClientRect();
  return new DOMRect(Math.min(own.left, l.left), Math.min(own.top, l.top), Math.max(own.right, l.right) - Math.min(own.left, l.left), Math.max(own.bottom, l.bottom) - Math.min(own.top, l.top));
}

const TARGETS = 'button, select, input:not([type=hidden]), textarea, summary, [role=button], [role=tab], [role=option], a';

/** Controls smaller than 24 × 24 px (WCAG 2.5.8); links inside running text are exempt, as WCAG allows. */
export function smallTargets(host: HTMLElement): string[] {
  const out: string[] = [];
  for (const el of deepElements(host.shadowRoot ?? host)) {
    if (!el.matches(TARGETS)) continue;
    const own = el.getBoundingClientRect();
    if (!shown(el, own) || el.closest('[hidden], [inert]')) continue;
    if (el.localName === 'a' && getComputedStyle(el).display === 'inline') continue;
    const rect = targetRect(el);
    if (rect.width < 23.5 || rect.height < 23.5) out.push(`${describe(el)} is ${Math.round(rect.width)} × ${Math.round(rect.height)} px`);
  }
  return out;
}

/** WCAG 1.4.12's test values, put into every shadow root (page styles cannot reach inside). */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

export function overrideTextSpacing(host: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  for (const root of [host, ...deepElements(host.shadowRoot!)].map((e) => e.shadowRoot).filter((r): r is ShadowRoot => !!r)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
