import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isHttpError, isNetworkError } from '../../api/errors.js';
import { todayIso } from '../../calendar/index.js';
import type { Dossier } from '../../model/dossier.js';
import type { MessageKey } from '../../i18n/messages.js';
import { LoadController } from '../shared/load-controller.js';
import { connectWith } from '../shared/client-cache.js';
import { clampLevel, heading, levelAt } from '../shared/heading.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { dossiersResource } from '../../api/dossiers.js';
import { calendarResource } from '../../api/calendar.js';
import { viTracker } from '../../i18n/vi/tracker.js';
import styles from './dossier-tracker.styles.js';
import './events.js';
import { holidaysFor } from './holidays.js';
import { normaliseDossierCode, normaliseLookupKey } from './normalise-code.js';
import { ENDED_WITHOUT_RESULT, progressOf, yearsInvolved, type Progress } from './progress.js';
import { addRecent, deviceStorage, readRecent, writeRecent, type RecentLookup } from './recent.js';
import { renderResult } from './result.js';
import { checkLookup, type LookupField, type LookupProblem } from './validate.js';

/** What went wrong, in the terms a citizen can act on. */
export type TrackerErrorKind = 'not-found' | 'too-many' | 'offline' | 'other';

const PROBLEM_KEYS: Record<LookupField, Record<LookupProblem, MessageKey>> = {
  code: { required: 'tracker.codeRequired', invalid: 'tracker.codeInvalid' },
  lookupKey: { required: 'tracker.keyRequired', invalid: 'tracker.keyInvalid' },
};

/**
 * "Where is my dossier?": look-up by the dossier code and the look-up key printed on the receipt,
 * then status, handling steps across agencies, working days used and left, on-time state,
 * apology, documents to add, fees and how to collect the result.
 *
 * @summary Dossier look-up by code and receipt key, with status, timeline and working days.
 *
 * @fires motcua-lookup - A look-up or refresh is sent; `detail.code` is the normalised code (never the key).
 * @fires motcua-result - A dossier was found; `detail.dossier` is the Dossier, with `access.token` for its survey (`<motcua-satisfaction-survey dossier token>`).
 * @fires motcua-error - A look-up failed; `detail.error` is the SDK error, `detail.message` what was shown.
 *
 * @csspart form - The look-up form.
 * @csspart result - The result section.
 * @csspart badge - Status and on-time badges.
 * @csspart timeline - The list of handling steps.
 * @csspart error - The error box.
 * @csspart live-region - The polite live region (visually hidden).
 *
 * @cssprop --motcua-color-primary - Buttons, links, focus ring, current step.
 * @cssprop --motcua-color-text - Text colour.
 * @cssprop --motcua-color-surface - Background colour; `transparent` lets the host's show through.
 * @cssprop --motcua-font-family - Font stack.
 * @cssprop --motcua-font-size - Base text size that every size follows (default `medium`, the reader's; never the host's root size).
 * @cssprop --motcua-spacing - Space kept above and below the widget (default 1.5em, one line).
 * @cssprop --motcua-color-on-primary - Text on primary buttons and markers (default white / dark surface).
 * @cssprop --motcua-radius - Corner radius.
 * @cssprop --motcua-density - Spacing factor.
 */
export class MotcuaDossierTracker extends MotcuaElement {
  static override catalogues = [viTracker];
  static override connect = connectWith({ dossiers: dossiersResource, calendar: calendarResource });

  static override styles = [...MotcuaElement.styles, styles];

  /**
   * A dossier code to fill in, e.g. from `<motcua-qr-lookup>` or the host page. Typed forms are
   * accepted (spaces, case, dashes, text around it). The citizen still enters the key, unless `lookupKey` gives it.
   */
  @property({ reflect: false }) code?: string;

  /**
   * The look-up key to fill in with `code`, e.g. from a receipt QR read by `<motcua-qr-lookup>`.
   * When both are given the dossier is looked up at once; clearing it empties the key field (a key
   * given earlier belongs to another dossier).
   * @attr lookup-key
   */
  @property({ attribute: 'lookup-key', reflect: false }) lookupKey?: string;

  /**
   * Comma-separated names of page-URL parameters that may carry the code
   * (default `ma_ho_so,hoso`); empty to ignore the URL.
   */
  @property({ attribute: 'url-params' }) urlParams = 'ma_ho_so,hoso';

  /** Seconds between automatic refreshes of a shown dossier while the page is visible; 0 (default) turns it off. */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = 0;

  /** "Today" as `YYYY-MM-DD` for the working-day counts; default the office's date (stories fix it). */
  @property({ attribute: false }) today?: string;

  /**
   * Level of the tracker's own heading (1–6, default 2); the result's headings go one and two
   * deeper. A page that puts the tracker under its own h2 says `heading-level="3"`.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Leaves out the tracker's own heading (the page already has one above it); `no-title` is the older name. */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  /** The older name of `no-heading`, still honoured. */
  @property({ type: Boolean, attribute: 'no-title' }) noTitle = false;

  /** The heading level in force (result.ts builds its section headings from it). */
  get topLevel(): number {
    return clampLevel(this.headingLevel, 2);
  }

  @state() protected codeInput = '';
  @state() protected keyInput = '';
  @state() protected problems: Partial<Record<LookupField, LookupProblem>> = {};
  @state() protected errorKind?: TrackerErrorKind;
  @state() protected lastError?: unknown;
  @state() protected progress?: Progress;
  @state() protected holidaysFailed = false;
  /** When a 429's wait ends (ms since 1970); drives the live countdown. */
  @state() protected retryUntil = 0;
  @state() protected now = Date.now();
  @state() protected remember = false;
  @state() protected recent: RecentLookup[] = [];
  @state() protected updatedAt?: Date;

  protected readonly lookup = new LoadController<Dossier>(this);
  /** The code and key of the dossier shown, kept in memory only, for refreshes. */
  private shown?: { code: string; lookupKey: string };
  private tick?: ReturnType<typeof setInterval>;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private lastLoadedAt = 0;
  private focusAfterUpdate?: string;
  /** `code` and `lookupKey` were both given: look up once there is a client. */
  private lookupWhenReady = false;
  private readonly onVisibility = () => this.scheduleRefresh();

  /** The dossier on display, if any. */
  get dossier(): Dossier | undefined {
    return this.lookup.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.recent = readRecent(deviceStorage());
    this.remember = this.recent.length > 0;
    if (!this.code && !this.codeInput) this.codeInput = this.codeFromUrl() ?? '';
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearInterval(this.tick);
    this.tick = undefined;
    clearTimeout(this.refreshTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('code') && this.code) this.codeInput = normaliseDossierCode(this.code);
    if (changed.has('lookupKey')) {
      if (this.lookupKey) this.keyInput = normaliseLookupKey(this.lookupKey);
      else if (changed.get('lookupKey')) this.keyInput = '';
    }
    if ((changed.has('code') || changed.has('lookupKey')) && this.code && this.lookupKey) this.lookupWhenReady = true;
    if (changed.has('refreshInterval')) this.scheduleRefresh();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.lookupWhenReady && this.activeClient) {
      this.lookupWhenReady = false;
      // After this update, so the look-up's own state changes start a new one.
      void this.updateComplete.then(() => this.submit());
    }
    if (this.focusAfterUpdate) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
      this.focusAfterUpdate = undefined;
      target?.focus();
    }
  }

  private codeFromUrl(): string | undefined {
    const names = this.urlParams.split(',').map((n) => n.trim()).filter(Boolean);
    const params = new URLSearchParams(globalThis.location?.search ?? '');
    for (const name of names) {
      const value = params.get(name);
      if (value) return normaliseDossierCode(value);
    }
    return undefined;
  }

  /** Looks up the code and key in the form, as the submit button does. */
  async submit(): Promise<void> {
    const check = checkLookup(this.codeInput, this.keyInput);
    this.problems = check.problems;
    const invalid = (['code', 'lookupKey'] as const).filter((f) => check.problems[f]);
    if (invalid.length > 0) {
      this.focusAfterUpdate = `#${invalid[0] === 'code' ? 'code' : 'key'}`;
      this.announce(this.t('tracker.fixErrors', { count: invalid.length }));
      return;
    }
    if (this.waitLeft() > 0) {
      this.announce(this.tooManyText());
      return;
    }
    this.codeInput = check.code;
    await this.load({ code: check.code, lookupKey: check.lookupKey }, false);
  }

  /** Fetches the shown dossier again (the refresh button and the automatic refresh). */
  async refresh(): Promise<void> {
    if (this.shown && !this.lookup.loading && this.waitLeft() === 0) await this.load(this.shown, true);
  }

  private async load(request: { code: string; lookupKey: string }, quiet: boolean): Promise<void> {
    const client = this.activeClient;
    if (!client) return;
    this.emit('motcua-lookup', { code: request.code });
    if (globalThis.navigator?.onLine === false) {
      this.fail(new OfflineError(), quiet);
      return;
    }
    const previousStatus = this.dossier?.status;
    const dossier = await this.lookup.run((signal) => client.dossiers.lookup(request, { signal }));
    if (!dossier) {
      if (this.lookup.status === 'error') this.fail(this.lookup.error, quiet);
      return;
    }
    this.shown = request;
    this.errorKind = undefined;
    this.lastError = undefined;
    this.updatedAt = new Date();
    this.lastLoadedAt = Date.now();
    if (this.remember) this.saveRecent(request);
    this.emit('motcua-result', { dossier });
    const status = this.t(`status.${dossier.status}` as MessageKey);
    if (!quiet || previousStatus !== dossier.status) this.announce(this.t('tracker.found', { code: dossier.code, status }));
    if (!quiet) this.focusAfterUpdate = '#result-title';
    await this.countWorkingDays(dossier);
    this.scheduleRefresh();
  }

  private async countWorkingDays(dossier: Dossier): Promise<void> {
    const client = this.activeClient;
    if (!client || ENDED_WITHOUT_RESULT.has(dossier.status)) {
      this.progress = undefined;
      return;
    }
    const today = this.today ?? todayIso('Asia/Ho_Chi_Minh');
    try {
      const lists = await holidaysFor(client, yearsInvolved(dossier, today));
      if (this.dossier !== dossier) return;
      this.progress = progressOf(dossier, lists, today);
      this.holidaysFailed = false;
    } catch {
      if (this.dossier !== dossier) return;
      this.progress = undefined;
      this.holidaysFailed = true;
    }
  }

  private fail(error: unknown, quiet: boolean): void {
    const kind = classify(error);
    this.errorKind = kind;
    this.lastError = error;
    if (kind === 'too-many') {
      const seconds = isHttpError(error) ? error.retryAfter ?? 60 : 60;
      this.retryUntil = Date.now() + seconds * 1000;
      this.now = Date.now();
      this.startTicking();
    }
    this.emit('motcua-error', { error, message: this.errorMessageText() });
    // A failed look-up from the form brings the citizen back to the field most likely wrong.
    if (!quiet && kind === 'not-found') this.focusAfterUpdate = '#error';
  }

  private startTicking(): void {
    clearInterval(this.tick);
    this.tick = setInterval(() => {
      this.now = Date.now();
      if (this.waitLeft() === 0) {
        clearInterval(this.tick);
        this.tick = undefined;
        if (this.errorKind === 'too-many') {
          this.errorKind = undefined;
          this.announce(this.t('tracker.tooManyOver'));
        }
      }
    }, 1000);
  }

  /** Whole seconds until a rate-limited citizen may try again. */
  protected waitLeft(): number {
    return Math.max(0, Math.ceil((this.retryUntil - this.now) / 1000));
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    const every = this.refreshInterval * 1000;
    if (!(every > 0) || !this.shown || !this.isConnected) return;
    if (document.visibilityState === 'hidden') return; // paused; resumes on visibilitychange
    const due = Math.max(0, this.lastLoadedAt + every - Date.now());
    this.refreshTimer = setTimeout(() => void this.refresh(), due);
  }

  private saveRecent(request: { code: string; lookupKey: string }): void {
    this.recent = addRecent(this.recent, request.code, request.lookupKey, Date.now());
    writeRecent(deviceStorage(), this.recent);
  }

  private clearRecent(): void {
    this.recent = [];
    writeRecent(deviceStorage(), []);
    this.announce(this.t('tracker.recentCleared'));
    this.focusAfterUpdate = '#remember';
  }

  private useRecent(entry: RecentLookup): void {
    this.codeInput = entry.code;
    this.keyInput = '';
    this.problems = {};
    this.announce(this.t('tracker.recentFilled', { code: entry.code }));
    this.focusAfterUpdate = '#key';
  }

  private newLookup(): void {
    this.lookup.reset();
    this.shown = undefined;
    this.progress = undefined;
    this.keyInput = '';
    this.codeInput = '';
    clearTimeout(this.refreshTimer);
    this.focusAfterUpdate = '#code';
  }

  private tooManyText(): string {
    const left = this.waitLeft();
    const minutes = Math.floor(left / 60);
    const seconds = left % 60;
    const unit = (value: number, u: 'minute' | 'second') => this.fmt.number(value, { style: 'unit', unit: u, unitDisplay: 'long' });
    const time = minutes > 0 ? `${unit(minutes, 'minute')} ${unit(seconds, 'second')}` : unit(seconds, 'second');
    return this.t('tracker.tooMany', { time });
  }

  private errorMessageText(): string {
    switch (this.errorKind) {
      case 'not-found':
        return this.t('tracker.notFound');
      case 'too-many':
        return this.tooManyText();
      case 'offline':
        return this.t('tracker.offline');
      default:
        return this.errorText(this.lastError);
    }
  }

  protected override render(): TemplateResult {
    if (!this.activeClient) return this.renderNoClient();
    const dossier = this.dossier;
    const untitled = this.noHeading || this.noTitle;
    return html`<section class="tracker" aria-labelledby=${untitled ? nothing : 'title'}>
      ${untitled ? nothing : heading(this.topLevel, 2, this.t('tracker.title'), { id: 'title' })}
      ${dossier ? nothing : this.renderForm()} ${this.renderErrorBox()}
      ${this.lookup.loading ? html`<p class="loading" role="status">${this.t('tracker.searching')}</p>` : nothing}
      ${dossier
        ? html`${renderResult(this, dossier, this.progress, this.holidaysFailed)} ${this.renderActions()}`
        : this.renderRecent()}
    </section>`;
  }

  private renderForm(): TemplateResult {
    const field = (name: LookupField, id: string, label: MessageKey, hint: MessageKey, value: string) => {
      const problem = this.problems[name];
      const describedBy = `${id}-hint${problem ? ` ${id}-error` : ''}`;
      return html`<div class="field">
        <label for=${id}>${this.t(label)}</label>
        <p class="hint" id="${id}-hint">${this.t(hint)}</p>
        <input
          id=${id}
          name=${name}
          .value=${value}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          aria-describedby=${describedBy}
          aria-invalid=${problem ? 'true' : 'false'}
          @input=${(e: Event) => {
            const v = (e.target as HTMLInputElement).value;
            if (name === 'code') this.codeInput = v;
            else this.keyInput = v;
          }}
        />
        ${problem ? html`<p class="field-error" id="${id}-error">${this.t(PROBLEM_KEYS[name][problem])}</p>` : nothing}
      </div>`;
    };
    const busy = this.lookup.loading;
    const waiting = this.waitLeft() > 0;
    return html`<form part="form" novalidate @submit=${(e: Event) => { e.preventDefault(); void this.submit(); }}>
      <p class="intro">${this.t('tracker.intro')}</p>
      ${field('code', 'code', 'tracker.codeLabel', 'tracker.codeHint', this.codeInput)}
      ${field('lookupKey', 'key', 'tracker.keyLabel', 'tracker.keyHint', this.keyInput)}
      <div class="check">
        <input
          type="checkbox"
          id="remember"
          .checked=${this.remember}
          aria-describedby="remember-hint"
          @change=${(e: Event) => (this.remember = (e.target as HTMLInputElement).checked)}
        />
        <label for="remember">${this.t('tracker.remember')}</label>
        <p class="hint" id="remember-hint">${this.t('tracker.rememberHint')}</p>
      </div>
      <button type="submit" class="primary" aria-disabled=${busy || waiting ? 'true' : 'false'}>
        ${busy ? this.t('tracker.searching') : this.t('tracker.submit')}
      </button>
    </form>`;
  }

  private renderErrorBox(): TemplateResult | typeof nothing {
    if (!this.errorKind) return nothing;
    const kind = this.errorKind;
    const message =
      kind === 'too-many'
        ? // The alert is read once; the ticking time inside is not re-announced every second.
          html`<span aria-live="off" class="countdown">${this.tooManyText()}</span>`
        : this.errorMessageText();
    return html`<div class="message error" id="error" role="alert" tabindex="-1" part="error" data-kind=${kind}>
      <p>${message}</p>
      ${kind === 'offline' || kind === 'other'
        ? html`<button type="button" @click=${() => (this.shown && this.dossier ? this.refresh() : this.submit())}>
            ${this.t('common.retry')}
          </button>`
        : nothing}
    </div>`;
  }

  private renderRecent(): TemplateResult | typeof nothing {
    if (this.recent.length === 0) return nothing;
    return html`<section class="recent no-print" aria-labelledby="recent-title">
      ${heading(levelAt(this.topLevel, 1), 3, this.t('tracker.recentTitle'), { id: 'recent-title' })}
      <ul>
        ${this.recent.map(
          (entry) => html`<li>
            <button type="button" class="quiet recent-item" @click=${() => this.useRecent(entry)}>
              <span class="code">${entry.code}</span>
              <span class="hint"><span class="visually-hidden">${this.t('tracker.keyLabel')}: </span>${entry.keyHint}</span>
            </button>
          </li>`,
        )}
      </ul>
      <button type="button" @click=${() => this.clearRecent()}>${this.t('tracker.recentClear')}</button>
    </section>`;
  }

  private renderActions(): TemplateResult {
    return html`<div class="actions no-print">
        <button type="button" class="primary" @click=${() => globalThis.print()}>${this.t('tracker.print')}</button>
        <button type="button" @click=${() => void this.refresh()}>${this.t('tracker.refresh')}</button>
        <button type="button" @click=${() => this.newLookup()}>${this.t('tracker.newLookup')}</button>
      </div>
      ${this.updatedAt
        ? html`<p class="hint updated">${this.t('tracker.updatedAt', { time: this.fmt.dateTime(this.updatedAt) })}</p>`
        : nothing}`;
  }
}

/** Offline before sending (navigator.onLine is false): no request is made. */
class OfflineError extends Error {
  constructor() {
    super('offline');
    this.name = 'OfflineError';
  }
}

export function classify(error: unknown): TrackerErrorKind {
  if (error instanceof OfflineError || isNetworkError(error)) return 'offline';
  if (isHttpError(error)) {
    if (error.status === 404) return 'not-found';
    if (error.status === 429) return 'too-many';
  }
  return 'other';
}
