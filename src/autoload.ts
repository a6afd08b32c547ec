/**
 * Registers motcua elements on demand: the tags already in the document first (the caller awaits
 * them), then any that appear later. Nothing else is fetched, ever: a page with only the dossier
 * tracker downloads only the tracker's code. Elements that render other motcua elements inside
 * their shadow root (where this observer cannot see) load those themselves: the search imports the
 * detail, the QR reader imports it when a scanned procedure is to be shown.
 */
import { elementLoaders } from './element-loaders.js';

const loading = new Map<string, Promise<void>>();

/** Loads and registers the element for `tag` (once); resolves when it is defined. */
export function loadElement(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  const load = elementLoaders[name];
  if (!load) return Promise.reject(new Error(`motcua: không có phần tử ${tag}`));
  let pending = loading.get(name);
  if (!pending) {
    pending = load().then(() => undefined);
    loading.set(name, pending);
  }
  return pending;
}

/** Loads every element the library has. */
export function loadAllElements(): Promise<void> {
  return Promise.all(Object.keys(elementLoaders).map(loadElement)).then(() => undefined);
}

/** The motcua tags in `root` (and `root` itself), as lower-case names. */
function tagsIn(root: ParentNode | Element): string[] {
  const found = new Set<string>();
  if ('localName' in root && root.localName in elementLoaders) found.add(root.localName);
  for (const tag of Object.keys(elementLoaders)) if (root.querySelector(tag)) found.add(tag);
  return [...found];
}

/** After the first frame, how long to wait for a contentful paint that may still be on its way. */
const PAINT_GRACE_MS = 150;

/**
 * Resolves once the page has shown its first content (at once in a hidden tab, which paints
 * nothing): the widgets' code is not needed for the host's own content to appear, and on a slow
 * phone network its chunks would otherwise share the bandwidth and the main thread with it.
 * One animation frame is not enough: the frame's paint can reach the screen (and count as the
 * first contentful paint) after a task queued from it has already run, so the browser's
 * 'first-contentful-paint' entry is awaited. A page whose only content is widgets has no
 * contentful paint until a widget draws, and some browsers do not report paints, so after the
 * first frame a short grace ends the wait in any case.
 */
function afterFirstPaint(doc: Document): Promise<void> {
  const view = doc.defaultView;
  if (doc.visibilityState !== 'visible' || !view || typeof view.requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    let paints: PerformanceObserver | undefined;
    const go = () => {
      if (done) return;
      done = true;
      paints?.disconnect();
      // A task of its own: the chunk requests do not lengthen the paint's task.
      view.setTimeout(resolve);
    };
    if (view.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
      paints = new view.PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) go();
      });
      paints.observe({ type: 'paint', buffered: true });
    }
    view.requestAnimationFrame(() => view.setTimeout(go, paints ? PAINT_GRACE_MS : 0));
  });
}

/** Lets the browser run other tasks (input, paint) before the caller goes on. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Loads the tags present now (after the page's first paint) and watches for new ones; returns
 * when the present ones are defined.
 */
export async function autoload(doc: Document = document): Promise<void> {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) for (const tag of tagsIn(node as Element)) void loadElement(tag);
      }
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  await afterFirstPaint(doc);
  // One tag per task: starting a chunk's import is a few milliseconds of main thread on a phone,
  // and ten of them in one task would make a long task.
  const loads: Array<Promise<void>> = [];
  for (const tag of tagsIn(doc)) {
    if (loads.length > 0) await nextTask();
    const load = loadElement(tag);
    // Handled below: a failure while the next tags wait their turn is not an unhandled rejection.
    load.catch(() => {});
    loads.push(load);
  }
  await Promise.all(loads);
}
