/**
 * One @lit/context ContextRoot per document. Each tag is defined from its own lazy chunk, so a
 * widget can ask for its provider's context before <motcua-provider> is defined (or before it is
 * even in the page): the root keeps such unanswered requests and replays them when a provider
 * appears. The flag is a registered symbol so two copies of motcua on one page share one root.
 */
import { ContextRoot } from '@lit/context';

const attached = Symbol.for('motcua.v1.contextRoot');

/** Attaches the shared root to `doc` once; safe to call from every element's connectedCallback. */
export function ensureContextRoot(doc: Document | undefined = globalThis.document): void {
  if (!doc) return;
  const flagged = doc as Document & { [attached]?: true };
  if (flagged[attached]) return;
  flagged[attached] = true;
  new ContextRoot().attach(doc as unknown as HTMLElement);
}

/**
 * The nearest <motcua-provider> around `node`, also across shadow roots, whether or not its code
 * has arrived yet (an undefined provider is still an element with that name).
 */
export function enclosingProvider(node: Node): Element | undefined {
  let current: Node | null = node.parentNode;
  while (current) {
    if (current instanceof Element && current.localName === 'motcua-provider') return current;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return undefined;
}
