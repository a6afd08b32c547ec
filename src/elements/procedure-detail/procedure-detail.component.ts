import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isHttpError, isValidationError } from '../../api/errors.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { ChannelInfo, DocumentCase, Procedure } from '../../model/procedure.js';
import type { MotcuaClient } from '../shared/context.js';
import { TaskStatus } from '../shared/task.js';
import { connectOnCall } from '../shared/lazy-client.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { viDetail } from '../../i18n/vi/detail.js';
import { plainText, safeUrl } from './plain-text.js';
import { decisionText, renderAgencies, renderCases, renderDocumentFlags, renderFee, renderNotes } from './detail-parts.js';
import styles from './procedure-detail.styles.js';

/**
 * Everything a citizen needs before going to the desk: documents per case, each channel with its
 * time and fee, steps, result, legal basis, agencies, online level, levels (old three-tier and new
 * two-tier data alike) and a link to the national portal. Printable. Catalogue text is shown as
 * text only: HTML in it is stripped and never executed.
 *
 * @summary One administrative procedure in full, loaded by its code.
 *
 * @fires motcua-error - Loading failed (`detail.error` is the SDK error, `detail.message` the text shown).
 *
 * @slot actions - Extra buttons or links beside Print (e.g. "Nộp hồ sơ trực tuyến").
 *
 * @csspart base - The article.
 * @csspart heading - The procedure's name.
 * @csspart summary - The list of code, field, levels and online level.
 * @csspart section - Each section (documents, channels, steps …).
 * @csspart table - The channel and document tables.
 * @csspart print-button - The Print button.
 * @csspart national-link - The link to the national portal.
 * @csspart empty - The hint shown while no code is set.
 * @csspart loading - The loading line.
 * @csspart error - The error box.
 * @csspart live-region - The polite live region.
 *
 * @cssprop --motcua-color-primary - Links, buttons, focus.
 * @cssprop --motcua-color-text - Text colour.
 * @cssprop --motcua-color-surface - Background.
 * @cssprop --motcua-font-family - Font stack.
 * @cssprop --motcua-font-size - Base text size that every size follows (default `medium`, the reader's; never the host's root size).
 * @cssprop --motcua-spacing - Space kept above and below the widget (default 1.5em, one line).
 * @cssprop --motcua-color-on-primary - Text on primary buttons and markers (default white / dark surface).
 * @cssprop --motcua-radius - Corner radius.
 * @cssprop --motcua-density - Spacing factor.
 */
export class MotcuaProcedureDetail extends MotcuaElement {
  static override catalogues = [viDetail];
  static override connect = connectOnCall('procedures');

  static override styles = [...MotcuaElement.styles, styles];

  /** Procedure code (`1.001193` or a local variant); the procedure is loaded when it changes. */
  @property({ reflect: true }) code?: string;

  /** The procedure itself, instead of loading it (set by integrators that already have it). */
  @property({ attribute: false }) procedure?: Procedure;

  /** Heading level of the procedure's name (2–5); sections are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Moves focus to the name once the procedure is shown (set by the search after a choice). */
  @property({ attribute: false }) focusOnLoad = false;

  @state() private shown?: Procedure;

  private readonly load = this.task(([client, code]: readonly [MotcuaClient, string], { signal }): Promise<Procedure> =>
    client.procedures.get(code, { signal }),
  );
  private requestedKey?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('procedure') && this.procedure) {
      this.load.reset();
      this.shown = this.procedure;
      this.requestedKey = undefined;
      return;
    }
    if (this.procedure) return;
    const code = this.code?.trim();
    const key = code && this.activeClient ? code : undefined;
    if ((changed.has('code') || changed.has('activeClient')) && key && (key !== this.requestedKey || changed.has('activeClient'))) {
      this.requestedKey = key;
      void this.fetch(key);
    }
    if (!code) {
      this.requestedKey = undefined;
      this.shown = undefined;
      this.load.reset();
    }
  }

  /** Reloads the current code. */
  reload(): void {
    if (this.requestedKey) void this.fetch(this.requestedKey);
  }

  private async fetch(code: string): Promise<void> {
    const client = this.activeClient;
    if (!client) return;
    this.shown = undefined;
    const value = await this.load.run([client, code]);
    if (value) {
      this.shown = value;
      this.announce(this.t('detail.loaded', { name: plainText(value.name) }));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('shown') && this.shown && this.focusOnLoad) {
      this.focusOnLoad = false;
      this.renderRoot.querySelector<HTMLElement>('.name')?.focus();
    }
  }

  private print(): void {
    globalThis.print?.();
  }

  private level(offset: number): number {
    const n = Number.isFinite(this.headingLevel) ? Math.round(this.headingLevel) : 2;
    return Math.min(6, Math.max(1, n + offset));
  }

  /** A heading at the element's level (+offset), as role=heading so the level can vary. */
  private heading(offset: number, text: string, cls: string, id?: string): TemplateResult {
    return html`<div role="heading" aria-level=${this.level(offset)} class=${cls} id=${id ?? nothing} tabindex=${offset === 0 ? '-1' : nothing} part=${offset === 0 ? 'heading' : nothing}>${text}</div>`;
  }

  protected override render() {
    if (this.shown) return this.renderProcedure(this.shown);
    if (!this.code?.trim()) return html`<p class="hint" part="empty">${this.t('detail.empty')}</p>`;
    if (!this.activeClient) return this.renderNoClient();
    if (this.load.status === TaskStatus.ERROR) return this.renderFailure(this.load.error);
    return this.renderLoading();
  }

  private renderFailure(error: unknown): TemplateResult {
    const code = this.code?.trim() ?? '';
    if (isHttpError(error) && error.status === 404) {
      return html`<div class="message error" role="alert" part="error"><p>${this.t('detail.notFound', { code })}</p></div>`;
    }
    if ((isHttpError(error) && error.status === 400) || (isValidationError(error) && error.where === 'request')) {
      return html`<div class="message error" role="alert" part="error"><p>${this.t('detail.invalidCode', { code })}</p></div>`;
    }
    return this.renderError(error, () => this.reload());
  }

  private renderProcedure(p: Procedure): TemplateResult {
    return html`<article part="base" aria-labelledby="name">
      ${this.renderHeader(p)}
      ${p.source?.shape === 'national-catalogue' ? html`<p class="message info catalogue-only">${this.t('detail.catalogueOnly')}</p>` : nothing}
      ${this.renderChannels(p.channels)} ${this.renderDocuments(p.documents)}
      ${this.section('cases', this.t('detail.cases'), !!p.cases?.length, renderCases(p.cases ?? [], this))}
      ${this.section('steps', this.t('detail.steps'), p.steps.length > 0, html`<ol class="steps">
        ${p.steps.map(
          (s) => html`<li>
            <strong>${plainText(s.title)}</strong>
            ${s.description ? html`<p class="text">${plainText(s.description)}</p>` : nothing}
          </li>`,
        )}
      </ol>`)}
      ${this.section('results', this.t('detail.results'), p.results.length > 0, html`<ul>
        ${p.results.map((r) => html`<li class="text">${plainText(r)}</li>`)}
      </ul>`)}
      ${this.section('agencies', this.t('detail.agencies'), p.agencies.length > 0, renderAgencies(p.agencies, this))}
      ${this.section('requirements', this.t('detail.requirements'), !!p.requirements, html`<p class="text">${plainText(p.requirements)}</p>`)}
      ${this.section('subjects', this.t('detail.subjects'), !!p.subjects, html`<p class="text">${plainText(p.subjects)}</p>`)}
      ${this.renderLegal(p)}
      ${this.section('notes', this.t('detail.notes'), !!p.notes?.length, renderNotes(p.notes ?? [], this))}
      ${p.updatedOn ? html`<p class="muted updated">${this.t('detail.updatedOn', { date: this.fmt.date(p.updatedOn) })}</p>` : nothing}
    </article>`;
  }

  private renderHeader(p: Procedure): TemplateResult {
    const national = safeUrl(p.nationalUrl);
    const fields = (p.fields ?? [p.field]).map((f) => plainText(f.name));
    return html`<header>
      ${this.heading(0, plainText(p.name), 'name', 'name')}
      <dl class="summary" part="summary">
        <div><dt>${this.t('detail.code')}</dt><dd class="code">${p.code}</dd></div>
        <div><dt>${this.t('detail.field')}</dt><dd>${this.fmt.list(fields)}</dd></div>
        ${p.levels.length || p.otherAgency
          ? html`<div><dt>${this.t('detail.levels')}</dt><dd>${this.renderLevels(p)}</dd></div>`
          : nothing}
        <div>
          <dt>${this.t('detail.onlineLevel')}</dt>
          <dd>${p.onlineLevel ? this.t(`onlineLevel.${p.onlineLevel}` as MessageKey) : this.t(p.offlineOnly ? 'detail.offlineOnly' : 'detail.notOnline')}</dd>
        </div>
      </dl>
      <div class="actions no-print">
        <button type="button" part="print-button" @click=${this.print}>${this.t('detail.print')}</button>
        ${national
          ? html`<a class="button" part="national-link" href=${national} target="_blank" rel="noopener noreferrer"
              >${this.t('detail.nationalLink')}<span class="visually-hidden"> ${this.t('detail.newWindow')}</span></a
            >`
          : nothing}
        <slot name="actions"></slot>
      </div>
      ${national ? html`<p class="print-only">${this.t('detail.nationalLink')}: ${national}</p>` : nothing}
    </header>`;
  }

  private renderLegal(p: Procedure): TemplateResult | typeof nothing {
    const decision = p.decision ? decisionText(p.decision, this) : '';
    return this.section('legal', this.t('detail.legalBasis'), p.legalBasis.length > 0 || !!decision, html`
      ${decision ? html`<p class="decision"><span class="muted">${this.t('detail.decision')}:</span> ${decision}</p>` : nothing}
      <ul>
        ${p.legalBasis.map(
          (l) => html`<li>
            ${l.number ? html`<strong>${plainText(l.number)}</strong> ` : nothing}${plainText(l.title)}${l.issuedBy
              ? html` <span class="muted"
                  >${l.issuedOn
                    ? this.t('detail.issued', { by: plainText(l.issuedBy), date: this.fmt.date(l.issuedOn) })
                    : this.t('detail.issuedBy', { by: plainText(l.issuedBy) })}</span
                >`
              : nothing}
          </li>`,
        )}
      </ul>`);
  }

  private renderLevels(p: Procedure): TemplateResult {
    const labels = p.levels.map((l) => this.t(`level.${l}` as MessageKey));
    if (p.otherAgency) labels.push(this.t('detail.otherAgency'));
    const old = p.levels.includes('district');
    return html`${this.fmt.list(labels)}${old ? html` <span class="muted">(${this.t('detail.oldLevel')})</span>` : nothing}`;
  }

  private section(id: string, title: string, show: boolean, body: TemplateResult): TemplateResult | typeof nothing {
    if (!show) return nothing;
    return html`<section part="section" class="section ${id}" aria-labelledby="h-${id}">
      ${this.heading(1, title, 'section-title', `h-${id}`)} ${body}
    </section>`;
  }

  // The tables' roles restate each part's own: a narrow widget draws the rows as blocks
  // (procedure-detail.styles.ts), and browsers that base table semantics on the layout (WebKit)
  // would drop them there. Each table is named by the heading above it.
  private renderChannels(channels: ChannelInfo[]): TemplateResult | typeof nothing {
    return this.section('channels', this.t('detail.channels'), channels.length > 0, html`<div class="table-wrap">
      <table part="table" role="table" aria-labelledby="h-channels">
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">${this.t('detail.channel')}</th>
            <th role="columnheader" scope="col">${this.t('detail.processingTime')}</th>
            <th role="columnheader" scope="col">${this.t('detail.fee')}</th>
            <th role="columnheader" scope="col">${this.t('detail.description')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${channels.map(
            (c) => html`<tr role="row">
              <th role="rowheader" scope="row">${this.t(`channel.${c.kind}` as MessageKey)}</th>
              <td role="cell">${plainText(c.processingTime.text) || this.durationText(c)}</td>
              <td role="cell">${renderFee(c.fee, this)}</td>
              <td role="cell">${plainText(c.description)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`);
  }

  private durationText(c: ChannelInfo): string {
    const v = c.processingTime.value;
    return v === undefined ? '' : this.t(`duration.${c.processingTime.unit}` as MessageKey, { count: v });
  }

  private renderDocuments(cases: DocumentCase[]): TemplateResult | typeof nothing {
    const body = cases.every((c) => c.items.length === 0)
      ? html`<p>${this.t('detail.noDocuments')}</p>`
      : html`${cases.map((c, i) => this.renderCase(c, i, cases.length))}`;
    return this.section('documents', this.t('detail.documents'), cases.length > 0, body);
  }

  private renderCase(c: DocumentCase, i: number, count: number): TemplateResult {
    const title = c.title ? plainText(c.title) : count > 1 ? this.t('detail.documentCase', { n: i + 1 }) : '';
    const captionId = `case-${i}`;
    return html`<div class="case">
      ${title ? this.heading(2, title, 'case-title', captionId) : nothing}
      <div class="table-wrap">
        <table part="table" role="table" aria-labelledby=${title ? captionId : 'h-documents'}>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">${this.t('detail.document')}</th>
              <th role="columnheader" scope="col" class="num">${this.t('detail.originals')}</th>
              <th role="columnheader" scope="col" class="num">${this.t('detail.copies')}</th>
              <th role="columnheader" scope="col">${this.t('detail.form')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${c.items.map((d) => {
              const url = d.form ? safeUrl(d.form.url) : undefined;
              return html`<tr role="row">
                <td role="cell">
                  ${plainText(d.name)}${d.note ? html`<p class="muted note">${plainText(d.note)}</p>` : nothing}${renderDocumentFlags(d, this)}
                </td>
                <td role="cell" class="num" data-label=${`${this.t('detail.originals')}: `}>${d.originals}</td>
                <td role="cell" class="num" data-label=${`${this.t('detail.copies')}: `}>${d.copies}</td>
                <td role="cell">
                  ${d.form && url
                    ? html`<a href=${url} download>${this.t('detail.download', { name: plainText(d.form.name) })}</a>`
                    : d.form
                      ? plainText(d.form.name)
                      : html`<span class="muted">${this.t('detail.noForm')}</span>`}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </div>`;
  }
}
