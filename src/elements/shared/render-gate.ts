/**
 * Holds an element's first render (and with it its first data request) until the element is near
 * the viewport, and lets held renders go one per task. A page with nine widgets then draws only
 * what is on (or about to be on) the screen while it loads: widgets further down cost nothing
 * until they are scrolled towards, so the first screen is interactive sooner on a phone (each
 * widget's first render is tens of milliseconds of main thread there).
 *
 * Everything still held is released, one widget per task, at the first sign of someone reading
 * the page in another way than by scrolling: a key press (Tab towards a widget, Ctrl+F to find
 * a word in it, a screen reader's keys), a pointer press, or printing. Assistive technologies
 * that move through the page scroll what they read into view, which the observer sees.
 * Without IntersectionObserver nothing is held.
 *
 * An element taken out of the document while held is forgotten (`forget`): no longer observed,
 * not drawn by a key press, kept alive by nothing here. Put back, it is held again (`rehold`) like any
 * new widget, so it still draws, and its `updateComplete` resolves, once it is near the viewport.
 */

/** Half a screen above and below: a widget scrolled towards is drawn before it arrives. */
const NEAR = '50% 0px';
/** Interactions after which every held widget renders (see above). */
const RELEASE_ON = ['keydown', 'pointerdown', 'beforeprint'] as const;

type Release = () => void;

/** Held elements, in the order they asked (released in page order: see releaseAll). */
const held = new Map<Element, Release>();
/**
 * Held elements taken out of the document, with their release for when they come back. Weak:
 * a removed element that never returns is collected along with its pending first render.
 */
const parked = new WeakMap<Element, Release>();
/** Released near the viewport, waiting for their own task. */
const due: Release[] = [];
let observer: IntersectionObserver | undefined;
let draining = false;

/** Resolves when `el` may render: near the viewport, or once someone interacts with the page or prints it. */
export function nearViewport(el: Element): Promise<void> {
  if (typeof IntersectionObserver !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    // Lit schedules the first render a microtask after connecting: the element may be gone already.
    if (el.isConnected) hold(el, resolve);
    else parked.set(el, resolve);
  });
}

/** Stops holding `el`, taken out of the document: it is no longer observed nor drawn by a key press. */
export function forget(el: Element): void {
  const release = held.get(el);
  if (!release) return;
  held.delete(el);
  observer?.unobserve(el);
  parked.set(el, release);
}

/** Holds again an element forgotten while held, now back in the document (nothing if it was not). */
export function rehold(el: Element): void {
  const release = parked.get(el);
  if (!release) return;
  parked.delete(el);
  hold(el, release);
}

function hold(el: Element, release: Release): void {
  held.set(el, release);
  if (!observer) {
    observer = new IntersectionObserver(onIntersect, { rootMargin: NEAR });
    // Capture: a widget or the host page stopping the event must not keep the rest undrawn.
    for (const type of RELEASE_ON) globalThis.addEventListener?.(type, releaseAll, { capture: true, passive: true });
  }
  observer.observe(el);
}

function onIntersect(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) if (entry.isIntersecting) take(entry.target, true);
}

/** Removes `el` from the held set; it joins the queue of one render per task, or renders now. */
function take(el: Element, queue: boolean): void {
  const release = held.get(el);
  if (!release) return;
  held.delete(el);
  observer?.unobserve(el);
  if (!queue) return release();
  due.push(release);
  drain();
}

/** One render per task: resolving runs the render in this task's microtasks, then we yield. */
function drain(): void {
  if (draining) return;
  draining = true;
  const step = () => {
    due.shift()?.();
    if (due.length > 0) setTimeout(step);
    else draining = false;
  };
  setTimeout(step);
}

/** The element itself, or the outermost host of the shadow trees it sits in: its place in the page. */
function placeInPage(el: Element): Node {
  let node: Node = el;
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node;
}

/** Page order; elements inside one widget keep the order they were held in. */
function inPageOrder(a: Element, b: Element): number {
  const pa = placeInPage(a);
  const pb = placeInPage(b);
  if (pa === pb) return 0;
  const pos = pa.compareDocumentPosition(pb);
  return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}

/**
 * Every held element joins the queue in page order, so each still renders in its own task and the
 * first one a reader reaches is drawn first (one put back in the page was held again last).
 */
function releaseAll(event: Event): void {
  // Printing lays out the whole page at once: everything must be drawn before the print snapshot.
  const queue = event.type !== 'beforeprint';
  for (const el of [...held.keys()].sort(inPageOrder)) take(el, queue);
}
