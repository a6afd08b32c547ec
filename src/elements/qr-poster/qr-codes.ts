/**
 * The posters' QR codes, made only when they are about to be seen. Encoding costs tens of
 * milliseconds per code (a phone's CPU four times that) and the encoder is a download of its own,
 * so a poster that is not displayed (in a closed <details>, a hidden tab) neither loads nor runs it.
 * The codes are made once the element has a box on screen, or when the page prints; on screen one
 * code per task, so no single long task holds the page; before printing all at once, as printing
 * lays the page out right after `beforeprint`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { encoderReady, loadEncoder, qrMatrixNow, type QrMatrix } from './qr-svg.js';

export class QrCodes implements ReactiveController {
  private readonly made = new Map<string, QrMatrix>();
  private urls: readonly string[] = [];
  /** Set once the codes are to be shown; from then on every code needed is made. */
  private wanted = false;
  private filling = false;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { hasUpdated: boolean }) {
    host.addController(this);
  }

  /** Watches for a box on screen; called after the first render (the render gate has let it draw). */
  watch(): void {
    if (this.wanted || this.observer || !this.host.isConnected) return;
    if (typeof ResizeObserver !== 'function') return void this.show();
    this.observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      // No box: display none, or the content of a closed <details>.
      if (box && (box.width > 0 || box.height > 0)) void this.show();
    });
    this.observer.observe(this.host);
  }

  private readonly onBeforePrint = () => this.showNow();

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    if (this.host.hasUpdated) this.watch();
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The code of `url`, once made. */
  get(url: string): QrMatrix | undefined {
    return this.made.get(url);
  }

  /** The URLs the posters show now; codes of others are dropped. */
  need(urls: readonly string[]): void {
    this.urls = urls;
    for (const url of this.made.keys()) if (!urls.includes(url)) this.made.delete(url);
    if (this.wanted) void this.fill();
  }

  /** Whether every code needed has been made. */
  get complete(): boolean {
    return this.urls.every((url) => this.made.has(url));
  }

  /** Loads the encoder, then makes the codes one per task. */
  async show(): Promise<void> {
    this.wanted = true;
    this.observer?.disconnect();
    this.observer = undefined;
    await this.fill();
  }

  /** Makes every code within this task when the encoder is loaded (before printing); else as `show`. */
  showNow(): void {
    if (!encoderReady()) return void this.show();
    this.wanted = true;
    let added = false;
    for (const url of this.urls) added = this.make(url) || added;
    if (added) this.host.requestUpdate();
    void this.show();
  }

  private make(url: string): boolean {
    if (this.made.has(url)) return false;
    const matrix = qrMatrixNow(url);
    if (matrix) this.made.set(url, matrix);
    return matrix !== undefined;
  }

  private async fill(): Promise<void> {
    if (this.filling) return;
    this.filling = true;
    try {
      await loadEncoder();
      for (let url = this.next(); url !== undefined; url = this.next()) {
        if (this.make(url)) this.host.requestUpdate();
        // One code per task: the browser can paint and answer input between them.
        await new Promise((resolve) => setTimeout(resolve));
      }
    } catch (error) {
      // The encoder's chunk did not arrive (offline): the posters stay without codes; new data or
      // printing asks again.
      console.warn('motcua: could not load the QR encoder', error);
    } finally {
      this.filling = false;
    }
  }

  private next(): string | undefined {
    return this.urls.find((url) => !this.made.has(url));
  }
}
