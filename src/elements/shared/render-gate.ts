/**
 * Holds an element's first render (and with it its first data request) until the element is near
 * the viewport or the browser is idle, whichever comes first, and lets held renders go one per
 * task. A page with nine widgets then paints its first screen without drawing the ones below it,
 * and no single long task draws them all: each widget is its own short task, between which the
 * browser can answer input. Idle time still draws every widget soon after load, so content is
 * there for find-in-page, printing and screen readers, not only once scrolled to.
 * Without IntersectionObserver nothing is held.
 */

/** Half a screen above and below: a widget scrolled towards is drawn before it arrives. */
const NEAR = '50% 0px';
/** An idle callback runs by then even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 3000;

type Release = () => void;

/** Held elements, in the order they asked (document order for a parsed page). */
const held = new Map<Element, Release>();
/** Released near the viewport, waiting for their own task. */
const due: Release[] = [];
let observer: IntersectionObserver | undefined;
let idleQueued = false;
let draining = false;

/** Resolves when `el` may render: near the viewport, at an idle moment, or before printing. */
export function nearOrIdle(el: Element): Promise<void> {
  if (typeof IntersectionObserver !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    held.set(el, resolve);
    if (!observer) {
      observer = new IntersectionObserver(onIntersect, { rootMargin: NEAR });
      // Printing shows the whole page: draw everything still held first.
      globalThis.addEventListener?.('beforeprint', releaseAll);
    }
    observer.observe(el);
    queueIdle();
  });
}

function onIntersect(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) if (entry.isIntersecting) take(entry.target, true);
}

/** Removes `el` from the held set; near the viewport it joins the queue, else it renders now. */
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

/**
 * At each idle moment after the page has loaded the first held element renders (in that idle
 * callback's task). Before the load event an idle moment is only a wait for the network, and the
 * page's own first screen still needs the main thread.
 */
function queueIdle(): void {
  if (idleQueued || held.size === 0) return;
  idleQueued = true;
  if (globalThis.document?.readyState !== 'complete') {
    globalThis.addEventListener('load', () => {
      idleQueued = false;
      queueIdle();
    }, { once: true });
    return;
  }
  const run = () => {
    idleQueued = false;
    const first = held.keys().next();
    if (!first.done) take(first.value, false);
    queueIdle();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 200);
}

function releaseAll(): void {
  for (const el of [...held.keys()]) take(el, false);
}
