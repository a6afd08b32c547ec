/**
 * A polite live region inside an element's shadow root, so each widget announces its own
 * updates ("12 kết quả") without touching the host page. The region exists before the first
 * announcement, as screen readers ignore regions that appear together with their text.
 */
const DELAY_MS = 120;

export class LiveRegion {
  readonly element: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(root: ShadowRoot | HTMLElement) {
    const doc = root.ownerDocument ?? document;
    this.element = doc.createElement('div');
    this.element.setAttribute('role', 'status');
    this.element.setAttribute('aria-live', 'polite');
    this.element.setAttribute('aria-atomic', 'true');
    this.element.setAttribute('part', 'live-region');
    // CSSOM, not a style attribute: allowed under a strict style-src CSP.
    const s = this.element.style;
    s.setProperty('position', 'absolute');
    s.setProperty('width', '1px');
    s.setProperty('height', '1px');
    s.setProperty('margin', '-1px');
    s.setProperty('padding', '0');
    s.setProperty('overflow', 'hidden');
    s.setProperty('clip-path', 'inset(50%)');
    s.setProperty('white-space', 'nowrap');
    s.setProperty('border', '0');
    root.appendChild(this.element);
  }

  /**
   * Announces `message`. Quick successive calls (typing) announce only the last; the same text
   * twice is announced twice because the region is emptied first.
   */
  announce(message: string): void {
    clearTimeout(this.timer);
    this.element.textContent = '';
    this.timer = setTimeout(() => {
      this.element.textContent = message;
    }, DELAY_MS);
  }

  clear(): void {
    clearTimeout(this.timer);
    this.element.textContent = '';
  }
}
