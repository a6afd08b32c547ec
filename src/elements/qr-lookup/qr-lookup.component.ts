import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { parseQrPayload, type QrPayload } from '../../qr/parse.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { viQrLookup } from '../../i18n/vi/qr-lookup.js';
import { Camera, CameraError, type CameraInfo, type CameraProblem, type MediaDevicesLike } from './camera.js';
import { createDecoder, decodeImageFile, type QrDecoder } from './decoder.js';
import type { QrSource } from './events.js';
import './events.js';
import styles from './qr-lookup.styles.js';

/** What the scanner is doing; the camera problems are states of their own. */
export type QrLookupStatus = 'idle' | 'starting' | 'scanning' | 'reading' | 'result' | CameraProblem;

const PROBLEM_KEYS = {
  'no-camera': 'qrLookup.noCamera',
  denied: 'qrLookup.denied',
  busy: 'qrLookup.busy',
  insecure: 'qrLookup.insecure',
} as const satisfies Record<CameraProblem, string>;

/** Time between two decoded frames: fast enough to feel instant, slow enough to spare the battery. */
const FRAME_INTERVAL_MS = 180;

/**
 * Reads the QR code on a poster at the desk or on a receipt: with the camera (BarcodeDetector where
 * the browser has it, otherwise a decoder loaded lazily as its own chunk), from a photo, or typed.
 * A procedure code opens the procedure; a dossier code goes to the dossier tracker; a link is only
 * offered when its host is on the page's allowlist, and never opened without a tap; anything else
 * is shown as text. The camera is stopped whenever the element is hidden, scrolled away, removed,
 * or done.
 *
 * @summary Scans procedure and dossier QR codes with the camera, a photo or the keyboard.
 *
 * @fires motcua-scan - A code was read: `{ payload, source }` (`source`: camera, image, typed). Cancelable: cancel to skip every default action.
 * @fires motcua-select - A procedure code was read: `{ code }`. Cancelable: cancel to keep the default (opening procedure detail) from happening.
 * @fires motcua-dossier - A dossier code was read: `{ code, lookupKey? }`. Cancelable: cancel to keep it from the dossier tracker (which gets the key too, and then looks the dossier up).
 *
 * @csspart base - The wrapper.
 * @csspart viewfinder - The camera view with its frame.
 * @csspart video - The video element.
 * @csspart controls - Camera select, torch and stop buttons.
 * @csspart result - The box that shows what was read.
 * @csspart fallback - Photo buttons and the typed-code form.
 * @csspart problem - Why the camera could not be used (no camera, refused, busy, not https).
 * @csspart paused - The note that the camera was turned off because the element was hidden.
 * @csspart live-region - The polite live region (visually hidden).
 *
 * @cssprop --motcua-color-primary - Buttons, the viewfinder frame and focus rings.
 * @cssprop --motcua-color-text - Text colour.
 * @cssprop --motcua-color-surface - Background colour; `transparent` lets the host's show through.
 * @cssprop --motcua-font-family - Font stack.
 * @cssprop --motcua-font-size - Base text size that every size follows (default `medium`, the reader's; never the host's root size).
 * @cssprop --motcua-spacing - Space kept above and below the widget (default 1.5em, one line).
 * @cssprop --motcua-color-on-primary - Text on primary buttons and markers (default white / dark surface).
 * @cssprop --motcua-radius - Corner radius.
 * @cssprop --motcua-density - Spacing factor.
 * @cssprop --motcua-qr-viewfinder-size - Largest width of the camera view (default 28em).
 */
export class MotcuaQrLookup extends MotcuaElement {
  static override catalogues = [viQrLookup];

  static override styles = [...MotcuaElement.styles, styles];

  /**
   * Hosts whose links may be offered (on a tap), comma-separated: `dichvucong.sonha.gov.vn, *.sonha.gov.vn`.
   * Their links with `ma_thu_tuc` / `ma_ho_so` are recognised too. The page's own origin is always trusted.
   * @attr allowed-hosts
   */
  @property({ attribute: 'allowed-hosts' }) allowedHosts = '';

  /** Id of the `<motcua-dossier-tracker>` that receives dossier codes; without it, the first one in the page. */
  @property() tracker?: string;

  /**
   * Id of the `<motcua-procedure-detail>` that shows a scanned procedure; without it, one is shown inside
   * this element when that element is defined, otherwise just the code.
   */
  @property() detail?: string;

  /** Turns the camera on as soon as the element is shown (the browser asks for permission first). */
  @property({ type: Boolean }) autostart = false;

  /**
   * `jsqr` to always use the bundled decoder instead of the browser's BarcodeDetector.
   * @attr decoder
   */
  @property() decoder: 'auto' | 'jsqr' = 'auto';

  /** The media devices to use; defaults to `navigator.mediaDevices` (tests and kiosks may pass their own). */
  @property({ attribute: false }) mediaDevices?: MediaDevicesLike;

  /** Origin trusted like an allowed host; defaults to the page's origin. */
  @property({ attribute: false }) hostOrigin?: string;

  /** The current state; settable for previews (Storybook). */
  @property({ reflect: true }) status: QrLookupStatus = 'idle';

  /** What was read last, as `parseQrPayload` understood it. */
  @property({ attribute: false }) result?: QrPayload;

  @state() private cameras: CameraInfo[] = [];
  @state() private cameraId?: string;
  @state() private torchAvailable = false;
  @state() private torchOn = false;
  @state() private paused = false;
  @state() private imageProblem?: 'none' | 'error';
  @state() private typedError = false;
  /** Whether the dossier code reached a tracker (the message says so). */
  @state() private sentToTracker = false;
  /** Whether its look-up key went with it (then the tracker looks up by itself). */
  @state() private keySent = false;
  /** Whether a procedure detail outside this element shows the scanned procedure. */
  @state() private detailOutside = false;

  @query('video') private video?: HTMLVideoElement;
  @query('#typed') private typedInput?: HTMLInputElement;

  private readonly camera = new Camera(() => this.mediaDevices ?? globalThis.navigator?.mediaDevices);
  private decoderPromise?: Promise<QrDecoder>;
  /** Bumped on every start and stop, so a frame loop or a late getUserMedia from before knows it is stale. */
  private run = 0;
  private observer?: IntersectionObserver;
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.pause();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    if (typeof IntersectionObserver === 'function') {
      this.observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => !e.isIntersecting)) this.pause();
      });
      this.observer.observe(this);
    }
  }

  // `hidden` is watched so the camera stops the moment it is set, not at some later render
  // (display: none fires no IntersectionObserver entry in some browsers).
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'hidden'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'hidden' && value !== null) this.pause();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.observer?.disconnect();
    this.observer = undefined;
    this.stop();
  }

  protected override firstUpdated(): void {
    if (this.autostart && this.status === 'idle') void this.start();
  }

  /** True while a camera stream is open. */
  get cameraActive(): boolean {
    return this.camera.stream !== undefined;
  }

  /** The decoder (created once, lazily). */
  protected getDecoder(): Promise<QrDecoder> {
    this.decoderPromise ??= createDecoder({ prefer: this.decoder });
    this.decoderPromise.catch(() => (this.decoderPromise = undefined));
    return this.decoderPromise;
  }

  /** Opens the camera (the chosen one, else the rear one) and scans until a code is read. */
  async start(deviceId: string | undefined = this.cameraId): Promise<void> {
    const run = ++this.run;
    this.paused = false;
    this.result = undefined;
    this.status = 'starting';
    let stream: MediaStream;
    try {
      [stream] = await Promise.all([this.camera.start(deviceId), this.getDecoder()]);
    } catch (error) {
      if (run !== this.run) return;
      this.camera.stop();
      this.status = error instanceof CameraError ? error.problem : 'no-camera';
      this.announce(this.t(PROBLEM_KEYS[this.status as CameraProblem]));
      return;
    }
    // Stopped, hidden or removed while the permission prompt was open: give the camera back.
    if (run !== this.run || !this.isConnected) {
      if (this.camera.stream === stream) this.camera.stop();
      else for (const track of stream.getTracks()) track.stop();
      return;
    }
    // Started on a hidden element: nobody sees the viewfinder.
    if (this.hidden) {
      this.pause();
      return;
    }
    this.status = 'scanning';
    this.cameraId = this.camera.deviceId ?? deviceId;
    this.torchAvailable = this.camera.torchSupported;
    this.torchOn = false;
    await this.updateComplete;
    const video = this.video;
    if (!video || run !== this.run) return;
    video.srcObject = stream;
    video.play().catch(() => {
      // Autoplay of a muted inline video is allowed; a refusal still leaves frames to read.
    });
    this.announce(this.t('qrLookup.scanning'));
    void this.camera.cameras().then((list) => {
      if (run === this.run) this.cameras = list;
    });
    void this.scanFrames(run, video);
  }

  private async scanFrames(run: number, video: HTMLVideoElement): Promise<void> {
    const decoder = await this.getDecoder();
    while (run === this.run) {
      if (video.readyState >= 2 && video.videoWidth > 0) {
        const text = await decoder.decode(video).catch(() => null);
        if (run !== this.run) return;
        if (text !== null) {
          this.handle(text, 'camera');
          return;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, FRAME_INTERVAL_MS));
    }
  }

  /** Stops the camera and every track of its stream; the element goes back to idle unless it shows a result. */
  stop(): void {
    this.run++;
    const video = this.video;
    if (video) {
      video.pause();
      video.srcObject = null;
    }
    this.camera.stop();
    this.torchOn = false;
    if (this.status === 'starting' || this.status === 'scanning') this.status = 'idle';
  }

  /** Stops because the element was hidden (tab switched, scrolled away), saying so. */
  private pause(): void {
    if (this.status !== 'starting' && this.status !== 'scanning') return;
    this.stop();
    this.paused = true;
  }

  /** Reads `text` as if it had been scanned (typed codes, integrations). */
  read(text: string, source: QrSource = 'typed'): QrPayload {
    return this.handle(text, source);
  }

  private allowlist(): string[] {
    return this.allowedHosts.split(/[\s,]+/).filter(Boolean);
  }

  private handle(text: string, source: QrSource): QrPayload {
    this.stop();
    const payload = parseQrPayload(text, {
      allowedHosts: this.allowlist(),
      hostOrigin: this.hostOrigin ?? globalThis.location?.origin,
    });
    this.result = payload;
    this.status = 'result';
    this.paused = false;
    this.sentToTracker = false;
    this.keySent = false;
    this.detailOutside = false;
    const proceed = this.emit('motcua-scan', { payload, source }, { cancelable: true });
    if (payload.kind === 'procedure') {
      if (this.emit('motcua-select', { code: payload.code }, { cancelable: true }) && proceed) this.openProcedure(payload.code);
      this.announce(this.t('qrLookup.procedureFound', { code: payload.code }));
    } else if (payload.kind === 'dossier') {
      const detail = payload.lookupKey ? { code: payload.code, lookupKey: payload.lookupKey } : { code: payload.code };
      if (this.emit('motcua-dossier', detail, { cancelable: true }) && proceed) this.sendToTracker(payload.code, payload.lookupKey);
      this.announce(`${this.t('qrLookup.dossierFound', { code: payload.code })} ${this.handOffText()}`.trim());
    } else if (payload.kind === 'url') {
      this.announce(this.t('qrLookup.urlFound', { host: payload.host }));
    } else if (payload.kind === 'unsafe') {
      this.announce(this.t('qrLookup.unsafe'));
    } else {
      this.announce(payload.host ? this.t('qrLookup.unrecognisedHost', { host: payload.host }) : this.t('qrLookup.unrecognised'));
    }
    return payload;
  }

  private findById<T extends Element>(id: string | undefined, tag: string): T | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    const byId = id ? (root.getElementById?.(id) ?? document.getElementById(id)) : null;
    if (byId) return byId.localName === tag ? (byId as unknown as T) : undefined;
    if (id) return undefined;
    return (root.querySelector?.(tag) ?? document.querySelector(tag) ?? undefined) as T | undefined;
  }

  private openProcedure(code: string): void {
    const target = this.detail ? this.findById<HTMLElement & { code?: string }>(this.detail, 'motcua-procedure-detail') : undefined;
    if (target) {
      target.code = code;
      this.detailOutside = true;
    } else if (!customElements.get('motcua-procedure-detail')) {
      // Fetched only when a scanned procedure is to be shown here: a page with just the reader
      // never downloads the detail's code (the CDN file no longer loads every element on idle).
      void import('../procedure-detail/procedure-detail.js').then(() => this.requestUpdate());
    }
  }

  private sendToTracker(code: string, lookupKey: string | undefined): void {
    const tracker = this.findById<HTMLElement & { code?: string; lookupKey?: string }>(this.tracker, 'motcua-dossier-tracker');
    if (!tracker || !customElements.get('motcua-dossier-tracker')) return;
    tracker.code = code;
    // Set even when absent: a key from an earlier receipt belongs to another dossier.
    tracker.lookupKey = lookupKey;
    this.sentToTracker = true;
    this.keySent = Boolean(lookupKey);
  }

  /** What became of a dossier code handed to the tracker: the key went too, or it must be typed. */
  private handOffText(): string {
    if (!this.sentToTracker) return '';
    return this.t(this.keySent ? 'qrLookup.dossierKeySent' : 'qrLookup.dossierSent');
  }

  private goToTracker(): void {
    const tracker = this.findById<HTMLElement>(this.tracker, 'motcua-dossier-tracker');
    if (!tracker) return;
    tracker.scrollIntoView({ block: 'start', behavior: 'smooth' });
    // The tracker's own input takes focus when it can (its first focusable control).
    const focusable = tracker.shadowRoot?.querySelector<HTMLElement>('input, button') ?? tracker;
    focusable.focus();
  }

  private async onCameraChange(event: Event): Promise<void> {
    const id = (event.target as HTMLSelectElement).value;
    this.cameraId = id;
    await this.start(id);
  }

  private async toggleTorch(): Promise<void> {
    this.torchOn = await this.camera.setTorch(!this.torchOn);
  }

  private pickImage(capture: boolean): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>(capture ? '#photo' : '#gallery');
    input?.click();
  }

  private async onImage(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await this.readImage(file);
  }

  /** Decodes a photo or image (a File from the picker, or any Blob). */
  async readImage(file: Blob): Promise<QrPayload | undefined> {
    this.stop();
    this.imageProblem = undefined;
    this.status = 'reading';
    let text: string | null;
    try {
      text = await decodeImageFile(file, await this.getDecoder());
    } catch {
      this.imageProblem = 'error';
      this.status = 'idle';
      this.announce(this.t('qrLookup.imageError'));
      return undefined;
    }
    if (text === null) {
      this.imageProblem = 'none';
      this.status = 'idle';
      this.announce(this.t('qrLookup.imageNone'));
      return undefined;
    }
    return this.handle(text, 'image');
  }

  private onTyped(event: Event): void {
    event.preventDefault();
    const text = this.typedInput?.value ?? '';
    if (!text.trim()) {
      this.typedError = true;
      this.typedInput?.focus();
      return;
    }
    this.typedError = false;
    this.imageProblem = undefined;
    this.handle(text, 'typed');
  }

  private again(): void {
    this.result = undefined;
    this.status = 'idle';
    void this.start();
  }

  protected override render(): TemplateResult {
    return html`<div class="base" part="base">
      <p class="intro">${this.t('qrLookup.intro')}</p>
      ${this.renderMain()}
      ${this.renderFallback()}
    </div>`;
  }

  private renderMain(): TemplateResult {
    switch (this.status) {
      case 'starting':
      case 'scanning':
        return this.renderScanner();
      case 'result':
        return this.renderResult();
      case 'no-camera':
      case 'denied':
      case 'busy':
      case 'insecure':
        return html`<div class="message warning" role="alert" part="problem">
            <p>${this.t(PROBLEM_KEYS[this.status])}</p>
          </div>
          ${this.status === 'no-camera' || this.status === 'insecure'
            ? nothing
            : html`<p><button type="button" @click=${() => this.start()}>${this.t('common.retry')}</button></p>`}`;
      case 'reading':
        return html`<p class="loading" aria-busy="true">${this.t('qrLookup.reading')}</p>`;
      default:
        return html`${this.paused ? html`<p class="message" part="paused">${this.t('qrLookup.paused')}</p>` : nothing}
          <p><button type="button" class="primary start" @click=${() => this.start()}>${this.t('qrLookup.start')}</button></p>`;
    }
  }

  private renderScanner(): TemplateResult {
    const starting = this.status === 'starting';
    return html`<div class="viewfinder" part="viewfinder">
        <video part="video" muted playsinline autoplay aria-label=${this.t('qrLookup.viewfinder')}></video>
        <div class="frame" aria-hidden="true"></div>
        ${starting ? html`<p class="overlay-note" aria-busy="true">${this.t('qrLookup.starting')}</p>` : nothing}
      </div>
      <p class="hint">${starting ? '' : this.t('qrLookup.scanning')}</p>
      <div class="controls" part="controls">
        ${this.cameras.length > 1
          ? html`<label class="camera-choice"
              >${this.t('qrLookup.camera')}
              <select @change=${this.onCameraChange}>
                ${this.cameras.map(
                  (c, i) => html`<option value=${c.deviceId} ?selected=${c.deviceId === this.cameraId}>
                    ${c.label || this.t('qrLookup.cameraN', { n: i + 1 })}
                  </option>`,
                )}
              </select></label
            >`
          : nothing}
        ${this.torchAvailable
          ? html`<button type="button" class="torch" aria-pressed=${this.torchOn ? 'true' : 'false'} @click=${this.toggleTorch}>
              ${this.t('qrLookup.torch')}
            </button>`
          : nothing}
        <button type="button" class="stop" @click=${() => this.stop()}>${this.t('qrLookup.stop')}</button>
      </div>`;
  }

  private renderResult(): TemplateResult {
    const r = this.result;
    if (!r) return html``;
    const again = html`<p><button type="button" class="again" @click=${this.again}>${this.t('qrLookup.again')}</button></p>`;
    switch (r.kind) {
      case 'procedure': {
        const inline = !this.detailOutside && !!customElements.get('motcua-procedure-detail');
        return html`<div class="result" part="result" data-kind="procedure">
            <p class="message success">${this.t('qrLookup.procedureFound', { code: r.code })}</p>
            ${inline ? html`<motcua-procedure-detail code=${r.code} heading-level="3"></motcua-procedure-detail>` : nothing}
          </div>
          ${again}`;
      }
      case 'dossier':
        return html`<div class="result" part="result" data-kind="dossier">
            <div class="message success">
              <p>${this.t('qrLookup.dossierFound', { code: r.code })}</p>
              ${this.handOffText() ? html`<p>${this.handOffText()}</p>` : nothing}
              ${this.sentToTracker
                ? html`<p><button type="button" class="primary" @click=${this.goToTracker}>${this.t('qrLookup.goToTracker')}</button></p>`
                : nothing}
            </div>
          </div>
          ${again}`;
      case 'url':
        return html`<div class="result" part="result" data-kind="url">
            <div class="message">
              <p>${this.t('qrLookup.urlFound', { host: r.host })}</p>
              <p class="raw"><span class="visually-hidden">${this.t('qrLookup.content')}</span><code>${r.url}</code></p>
              <p class="hint">${this.t('qrLookup.urlNote')}</p>
              <p>
                <a class="button" href=${r.url} target="_blank" rel="noopener noreferrer nofollow" referrerpolicy="no-referrer"
                  >${this.t('qrLookup.openUrl', { host: r.host })}</a
                >
              </p>
            </div>
          </div>
          ${again}`;
      case 'unsafe':
        return html`<div class="result" part="result" data-kind="unsafe">
            <div class="message error" role="alert">
              <p><strong>${this.t('qrLookup.unsafe')}</strong></p>
              <p>${this.t(`qrLookup.unsafe.${r.reason}`)}</p>
              <p>${this.t('qrLookup.content')}</p>
              <p class="raw"><code>${r.text}</code></p>
            </div>
          </div>
          ${again}`;
      default:
        return html`<div class="result" part="result" data-kind="text">
            <div class="message warning">
              <p>
                ${r.text === ''
                  ? this.t('qrLookup.emptyCode')
                  : r.host
                    ? this.t('qrLookup.unrecognisedHost', { host: r.host })
                    : this.t('qrLookup.unrecognised')}
              </p>
              ${r.text === ''
                ? nothing
                : html`<p>${this.t('qrLookup.content')}</p>
                    <p class="raw"><code>${r.text}</code></p>`}
            </div>
          </div>
          ${again}`;
    }
  }

  private renderFallback(): TemplateResult {
    const imageMessage =
      this.imageProblem === 'none' ? this.t('qrLookup.imageNone') : this.imageProblem === 'error' ? this.t('qrLookup.imageError') : '';
    return html`<div class="fallback" part="fallback" role="group" aria-labelledby="other-ways">
      <p class="other-ways" id="other-ways">${this.t('qrLookup.otherWays')}</p>
      <div class="image-buttons">
        <button type="button" @click=${() => this.pickImage(true)}>${this.t('qrLookup.photo')}</button>
        <button type="button" @click=${() => this.pickImage(false)}>${this.t('qrLookup.gallery')}</button>
        <input id="photo" hidden type="file" accept="image/*" capture="environment" @change=${this.onImage} />
        <input id="gallery" hidden type="file" accept="image/*" @change=${this.onImage} />
      </div>
      ${imageMessage ? html`<p class="message warning image-problem" role="alert">${imageMessage}</p>` : nothing}
      <form class="typed" @submit=${this.onTyped} novalidate>
        <label for="typed">${this.t('qrLookup.typeLabel')}</label>
        <p class="hint" id="typed-hint">${this.t('qrLookup.typeHint')}</p>
        ${this.typedError ? html`<p class="field-error" id="typed-error">${this.t('qrLookup.typeEmpty')}</p>` : nothing}
        <div class="typed-row">
          <input
            id="typed"
            name="code"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            maxlength="2048"
            aria-describedby=${this.typedError ? 'typed-hint typed-error' : 'typed-hint'}
            aria-invalid=${this.typedError ? 'true' : 'false'}
          />
          <button type="submit" class="primary">${this.t('qrLookup.typeSubmit')}</button>
        </div>
      </form>
    </div>`;
  }
}
