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
  private readonly onBeforePrint = () => this.show(true);

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { hasUpdated: boolean }) {
    host.addController(this);
  }

  /** Watches for a box on screen; called after the first render (the render gate has let it draw). */
  watch(): void {
    if (this.wanted || this.observer || !this.host.isConnected) return;
    if (typeof ResizeObserver !== 'function') return void this.show();
    // No box: display none, or the content of a closed <details>.
    this.observer = new ResizeObserver(([entry]) => entry && entry.contentRect.width + entry.contentRect.height > 0 && this.show());
    this.observer.observe(this.host);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.onBeforePrint);
    if (this.host.hasUpdated) this.watch();
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onBeforePrint);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The code of `url`, once made. */
  get(url: string): QrMatrix | undefined {
    return this.made.get(url);
  }

  /** The URLs the posters show now. */
  need(urls: readonly string[]): void {
    this.urls = urls;
    if (this.wanted) void this.fill();
  }

  /** Whether every code needed has been made. */
  get complete(): boolean {
    return this.next() === undefined;
  }

  /**
   * Makes the codes: one per task once the encoder has loaded, or with `now` (before printing)
   * all within this task when it already has.
   */
  async show(now = false): Promise<void> {
    this.wanted = true;
    this.observer?.disconnect();
    this.observer = undefined;
    if (now && encoderReady()) {
      for (let url = this.next(); url !== undefined; url = this.next()) this.make(url);
    }
    await this.fill();
  }

  private make(url: string): void {
    this.made.set(url, qrMatrixNow(url)!);
    this.host.requestUpdate();
  }

  private async fill(): Promise<void> {
    if (this.filling) return;
    this.filling = true;
    try {
      await loadEncoder();
      for (let url = this.next(); url !== undefined; url = this.next()) {
        this.make(url);
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
