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

/**
 * Resolves once the page has painted its first frame (at once in a hidden tab, which paints
 * nothing): the widgets' code is not needed for the host's own content to appear, and on a slow
 * phone network its chunks would otherwise share the bandwidth and the main thread with it.
 */
function afterFirstPaint(doc: Document): Promise<void> {
  if (doc.visibilityState !== 'visible' || typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
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
  await Promise.all(tagsIn(doc).map(loadElement));
}
