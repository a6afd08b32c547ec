/**
 * Keeps a widget's first-render height free while its code or data are on the way, so the host
 * page does not jump when it arrives (layout shift). The height comes from the measured table,
 * by the widget's own width; it is an inline `min-height` (allowed under a strict CSP, unlike a
 * style attribute in the markup) that the widget drops once it has rendered something other than
 * its loading state.
 */
import { RESERVE_TABLE, type ReservePoints } from './reserve-table.js';

// A mark on the element, not a module WeakSet: the CDN file may reserve and another copy release.
const mark = Symbol.for('motcua.v1.reserved');
type Marked = HTMLElement & { [mark]?: boolean };

function pointsFor(el: Element): ReservePoints | undefined {
  for (const [key, points] of Object.entries(RESERVE_TABLE)) {
    const variant = /^([a-z-]+)\[([a-z-]+)\]$/.exec(key);
    if (variant && variant[1] === el.localName && el.hasAttribute(variant[2]!)) return points;
  }
  return RESERVE_TABLE[el.localName];
}

/** The height in em for `width` px, interpolated between the table's points. */
export function reserveHeight(points: ReservePoints, width: number): number {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (width <= first[0]) return first[1];
  if (width >= last[0]) return last[1];
  const i = points.findIndex(([w]) => w >= width);
  const [w0, h0] = points[i - 1]!;
  const [w1, h1] = points[i]!;
  return h0 + ((h1 - h0) * (width - w0)) / (w1 - w0);
}

/** Reserves `el`'s first-render height (once; nothing when it has no entry, is hidden, or the host set a min-height). */
export function reserveSpace(el: HTMLElement, knownWidth?: number): void {
  if ((el as Marked)[mark] || el.style.minHeight) return;
  const points = pointsFor(el);
  if (!points) return;
  // Measured only when needed: each measurement between style writes forces a layout of the page.
  const width = knownWidth ?? el.getBoundingClientRect().width;
  if (width === 0) return;
  (el as Marked)[mark] = true;
  el.style.minHeight = `${reserveHeight(points, width).toFixed(1)}em`;
}

/** Gives the reserved height back (the widget now shows its real content). */
export function releaseSpace(el: HTMLElement): void {
  if (!(el as Marked)[mark]) return;
  delete (el as Marked)[mark];
  el.style.removeProperty('min-height');
}

/** True while `el` holds a reservation. */
export function isReserved(el: HTMLElement): boolean {
  return !!(el as Marked)[mark];
}
