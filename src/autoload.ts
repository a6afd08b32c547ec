/**
 * Registers motcua elements on demand: the tags already in the document first (the caller awaits
 * them), then any that appear later, then the rest when the browser is idle. A page with only the
 * dossier tracker so downloads only the tracker's code before it renders.
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

/** Loads the tags present now and watches for new ones; returns when the present ones are defined. */
export function autoload(doc: Document = document): Promise<void> {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) for (const tag of tagsIn(node as Element)) void loadElement(tag);
      }
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  const present = Promise.all(tagsIn(doc).map(loadElement)).then(() => undefined);
  // Tags created later inside other shadow roots are not seen by the observer, so everything
  // else is registered once the page is idle.
  const idle = (cb: () => void) =>
    'requestIdleCallback' in globalThis ? requestIdleCallback(cb, { timeout: 3000 }) : setTimeout(cb, 1500);
  void present.then(() => idle(() => void loadAllElements()));
  return present;
}
