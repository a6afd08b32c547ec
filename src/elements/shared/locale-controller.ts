/**
 * Follows the `lang` that applies to an element: its own, else the nearest ancestor's, looking
 * through shadow roots to their hosts (as GOV.UK Frontend does with the nearest `lang`). Watches
 * every element on that path plus <html>, so setting `lang` anywhere between re-resolves it.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** The nearest `lang` at or above `node`, crossing shadow boundaries, and the elements passed on the way. */
export function findLang(node: Element): { lang: string | undefined; path: Element[] } {
  const path: Element[] = [];
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      path.push(current);
      const lang = current.getAttribute('lang')?.trim();
      if (lang) return { lang, path };
    }
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return { lang: undefined, path };
}

export class LocaleController implements ReactiveController {
  /** The raw tag found in the DOM, or undefined when no element on the path has `lang`. */
  lang: string | undefined;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly onChange: (lang: string | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.refresh());
    this.refresh(true);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Re-reads the DOM; call when something the observer cannot see changed. */
  refresh(force = false): void {
    const { lang, path } = findLang(this.host);
    if (this.observer) {
      this.observer.disconnect();
      const watched = new Set(path);
      const root = this.host.ownerDocument.documentElement;
      if (root) watched.add(root);
      for (const el of watched) this.observer.observe(el, { attributes: true, attributeFilter: ['lang'] });
    }
    if (force || lang !== this.lang) {
      this.lang = lang;
      this.onChange(lang);
    }
  }
}
