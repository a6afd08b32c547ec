import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Procedure, ProcedureSummary } from '../../model/procedure.js';
import { NATIONAL_PROCEDURE_TEMPLATE } from '../../qr/link.js';
import { TaskStatus } from '../shared/task.js';
import { connectOnCall } from '../shared/lazy-client.js';
import { clampLevel, heading } from '../shared/heading.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { holdPageRule, isolatedPrintActive, isolateForPrint } from '../shared/print-page.js';
import { viQrPoster } from '../../i18n/vi/qr-poster.js';
import { loadPosters, type LoadedPosters, type PosterRequest } from './load-posters.js';
import { QrCodes } from './qr-codes.js';
import { splitCodes } from './poster-data.js';
import styles, { PRINT_PAGE } from './qr-poster.styles.js';

/**
 * Printable QR posters (one A4 page per procedure) or a sheet of cards for the procedures the desk
 * displays: the QR code of the procedure's page, its name, field, processing time and the office.
 * The QR codes are made (and their encoder loaded) only once the posters are displayed or the page
 * prints: posters in a closed `<details>` cost nothing until it opens. The Print button prints the posters alone; the A4 `@page` rule
 * is in the document only while printing (the host page's own printing gets it too).
 *
 * @summary Printable A4 QR posters or cards for a list of procedures.
 *
 * @fires motcua-error - No procedure could be loaded; `detail.error` is the SDK error, `detail.message` what is shown.
 *
 * @attr heading-level - Level of each procedure's name, the heading of its poster or card (1–6,
 *   default 2): `heading-level="3"` when the posters sit under a heading of the page's own.
 *
 * @csspart base - The wrapper.
 * @csspart toolbar - The print button (not printed).
 * @csspart sheet - The posters or cards.
 * @csspart poster - One poster or card.
 * @csspart qr - The QR code (an SVG).
 * @csspart empty - The hint shown while no codes are given.
 * @csspart loading - The loading indicator.
 * @csspart error - The error box (nothing loaded, or no API configured).
 * @csspart live-region - The polite live region (visually hidden).
 *
 * @cssprop --motcua-color-primary - Headings, the poster's accent bar, buttons and focus rings.
 * @cssprop --motcua-color-text - Text of the page around the posters (posters print black on white).
 * @cssprop --motcua-color-surface - Background around the posters.
 * @cssprop --motcua-font-family - Font stack.
 * @cssprop --motcua-font-size - Base text size that every size follows (default `medium`, the reader's; never the host's root size).
 * @cssprop --motcua-spacing - Space kept above and below the widget (default 1.5em, one line).
 * @cssprop --motcua-color-on-primary - Text on primary buttons and markers (default white / dark surface).
 * @cssprop --motcua-radius - Corner radius.
 * @cssprop --motcua-density - Spacing factor.
 */
export class MotcuaQrPoster extends MotcuaElement {
  static override catalogues = [viQrPoster];
  static override connect = connectOnCall('procedures');

  static override styles = [...MotcuaElement.styles, styles];

  /** Procedure codes, comma or space separated: `1.001108, 2.000884`. Fetched with `client.procedures.get`. */
  @property() codes = '';

  /** Procedures to print without fetching (full records or search summaries); takes precedence over `codes`. */
  @property({ attribute: false }) procedures?: Array<Procedure | ProcedureSummary>;

  /** `poster`: one A4 page per procedure; `cards`: six cards per A4 page, to cut out. */
  @property({ reflect: true }) layout: 'poster' | 'cards' = 'poster';

  /**
   * The URL each QR code holds, `{code}` replaced by the procedure code. Default: the national portal page
   * (`…?ma_thu_tuc={code}`). A host page such as `https://dichvucong.sonha.gov.vn/thu-tuc#motcua:procedure={code}`
   * opens in any phone camera and is recognised by `<motcua-qr-lookup>` on that portal.
   * @attr link-template
   */
  @property({ attribute: 'link-template' }) linkTemplate = NATIONAL_PROCEDURE_TEMPLATE;

  /** The office printed on each poster, e.g. `Bộ phận Một cửa UBND xã Hòa Vang`. */
  @property() office = '';

  /** Level of each procedure name's heading (1–6, default 2); see `heading-level` above. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Shows no print button (the host page prints). */
  @property({ type: Boolean, attribute: 'no-print-button' }) noPrintButton = false;

  private readonly load = this.task(([request]: readonly [PosterRequest], { signal }) => loadPosters(request, signal));
  private readonly qr = new QrCodes(this);
  @state() private requested: string[] = [];
  private undoPrint?: () => void;
  private undoPage?: () => void;

  // Any print of the page (Ctrl+P, the host's own button) gets A4 portrait, unless some element
  // is printing alone on its own paper (the duty roster's landscape A4).
  private readonly onBeforePrint = () => {
    if (!isolatedPrintActive()) this.undoPage ??= holdPageRule(PRINT_PAGE, this.ownerDocument);
  };
  private readonly onAfterPrint = () => {
    this.undoPage?.();
    this.undoPage = undefined;
    this.undoPrint?.();
    this.undoPrint = undefined;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.onAfterPrint();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (
      changed.has('codes') ||
      changed.has('procedures') ||
      changed.has('linkTemplate') ||
      changed.has('activeClient')
    ) {
      void this.refresh();
    }
    this.qr.need(this.load.value?.items.map((item) => item.url) ?? []);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.qr.watch();
  }

  private async refresh(): Promise<void> {
    const given = this.procedures;
    const codes = given ? given.map((p) => p.code) : splitCodes(this.codes);
    this.requested = codes;
    if (!codes.length) {
      this.load.reset();
      return;
    }
    const client = this.activeClient;
    if (!given && !client) {
      this.load.reset();
      return;
    }
    const template = this.linkTemplate || NATIONAL_PROCEDURE_TEMPLATE;
    const result = await this.load.run([{ codes, given, client, template }]);
    if (result) this.announce(this.t('qrPoster.ready', { count: result.items.length }));
  }

  /** Prints these posters alone, on A4 portrait (once their codes are made). */
  private async print(): Promise<void> {
    if (!this.qr.complete) {
      await this.qr.show();
      await this.updateComplete;
    }
    this.onAfterPrint();
    this.undoPrint = isolateForPrint(this, PRINT_PAGE);
    try {
      globalThis.print?.();
    } finally {
      // print() blocks until the dialog closes, so the page is tidied up after printing.
      this.onAfterPrint();
    }
  }

  protected override render(): TemplateResult {
    return html`<div class="base" part="base">${this.renderBody()}</div>`;
  }

  private renderBody(): TemplateResult {
    if (!this.requested.length) return html`<p class="message" part="empty">${this.t('qrPoster.empty')}</p>`;
    if (!this.procedures && !this.activeClient) return this.renderNoClient();
    if (this.load.status === TaskStatus.ERROR) return this.renderError(this.load.error, () => void this.refresh());
    const value = this.load.value;
    if (!value || this.load.pending) return this.renderLoading();
    return html`${this.noPrintButton
        ? nothing
        : html`<div class="toolbar" part="toolbar">
            <button type="button" class="primary" @click=${this.print}>
              ${this.t(this.layout === 'cards' ? 'qrPoster.printCards' : 'qrPoster.print')}
            </button>
          </div>`}
      ${value.missing.length
        ? html`<p class="message warning missing" role="alert">${this.t('qrPoster.missing', { codes: this.fmt.list(value.missing) })}</p>`
        : nothing}
      <ul class="sheet layout-${this.layout}" part="sheet" aria-label=${this.t('qrPoster.label')}>
        ${value.items.map((item) => this.renderPoster(item))}
      </ul>`;
  }

  private renderPoster(item: LoadedPosters['items'][number]): TemplateResult {
    const label = this.t('qrPoster.qrLabel', { url: item.url });
    const qr = this.qr.get(item.url);
    return html`<li class="poster" part="poster" data-code=${item.code}>
      ${this.office ? html`<p class="office"><span class="visually-hidden">${this.t('qrPoster.office')}: </span>${this.office}</p>` : nothing}
      <p class="scan">${this.t('qrPoster.scan')}</p>
      ${qr
        ? html`<svg class="qr" part="qr" role="img" aria-label=${label} viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
            ${svg`<title>${label}</title><rect width=${qr.size} height=${qr.size} fill="#fff"></rect><path d=${qr.path} fill="#000"></path>`}
          </svg>`
        : html`<div class="qr pending" aria-hidden="true"></div>`}
      ${heading(clampLevel(this.headingLevel, 2), 2, item.name, { cls: 'name' })}
      <dl class="facts">
        <div><dt>${this.t('qrPoster.code')}</dt><dd>${item.code}</dd></div>
        <div><dt>${this.t('qrPoster.field')}</dt><dd>${item.field}</dd></div>
        ${item.times.length || item.time
          ? html`<div>
              <dt>${this.t('qrPoster.time')}</dt>
              <dd>
                ${item.time ??
                (item.sameForAll
                  ? item.times[0]!.text
                  : item.times.map(
                      (t) => html`<span class="time">${this.fmt.list(t.channels.map((c) => this.t(`channel.${c}`)))}: ${t.text}</span>`,
                    ))}
              </dd>
            </div>`
          : nothing}
      </dl>
      <p class="url">${item.url}</p>
    </li>`;
  }
}
