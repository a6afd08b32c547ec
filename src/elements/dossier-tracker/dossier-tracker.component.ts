import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isHttpError, isNetworkError } from '../../api/errors.js';
import { officeToday } from '../../domain/office-time.js';
import type { Dossier } from '../../model/dossier.js';
import type { MessageKey } from '../../i18n/messages.js';
import { CountdownController } from '../shared/countdown-controller.js';
import { DebounceController } from '../shared/debounce-controller.js';
import { FocusAfterUpdate } from '../shared/focus-controller.js';
import { TaskStatus } from '../shared/task.js';
import { connectOnCall } from '../shared/lazy-client.js';
import { clampLevel, heading, levelAt } from '../shared/heading.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { viTracker } from '../../i18n/vi/tracker.js';
import styles from './dossier-tracker.styles.js';
import './events.js';
import { holidaysFor } from './holidays.js';
import { normaliseDossierCode } from '../../domain/dossier-code.js';
import { normaliseLookupKey } from '../../domain/lookup-key.js';
import { ENDED_WITHOUT_RESULT, progressOf, yearsInvolved } from './progress.js';
import { addRecent, deviceStorage, readRecent, writeRecent, type RecentLookup } from './recent.js';
import { renderResult } from './result.js';
import { checkLookup, type LookupField, type LookupProblem } from './validate.js';
import { FORM, shownOf, type LookupRequest, type Shown, type TrackerErrorKind, type TrackerView } from './view.js';

export type { TrackerErrorKind, TrackerView } from './view.js';

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
  static override connect = connectOnCall('dossiers', 'calendar');

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

  /** What is shown: the form, a look-up on its way, a dossier, or an error (one state at a time). */
  @state() protected view: TrackerView = FORM;
  /** The form's fields as typed, kept across states. */
  @state() protected codeInput = '';
  @state() protected keyInput = '';
  /** The citizen's choice to keep look-ups on this device, and what is kept. */
  @state() protected remember = false;
  @state() protected recent: RecentLookup[] = [];

  /** Failures are shown and reported by load(), which knows whether the look-up was a quiet refresh. */
  protected readonly lookup = this.task(
    ([request]: readonly [LookupRequest], { signal }) => this.activeClient!.dossiers.lookup(request, { signal }),
    () => {},
  );
  /** The wait after too many attempts (429 with Retry-After). */
  private readonly wait = new CountdownController(this, () => this.waitOver());
  private readonly focusLater = new FocusAfterUpdate(this);
  /** The automatic refresh, pushed back by every load. */
  private readonly refreshLater = new DebounceController(this);
  private lastLoadedAt = 0;
  /** `code` and `lookupKey` were both given: look up once there is a client. */
  private lookupWhenReady = false;
  private readonly onVisibility = () => this.scheduleRefresh();

  /** The dossier on display, if any. */
  get dossier(): Dossier | undefined {
    return shownOf(this.view)?.dossier;
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
    const invalid = (['code', 'lookupKey'] as const).filter((f) => check.problems[f]);
    if (invalid.length > 0) {
      this.view = { kind: 'form', problems: check.problems };
      this.focusLater.request(`#${invalid[0] === 'code' ? 'code' : 'key'}`);
      this.announce(this.t('tracker.fixErrors', { count: invalid.length }));
      return;
    }
    if (this.wait.secondsLeft > 0) {
      this.announce(this.tooManyText());
      return;
    }
    this.codeInput = check.code;
    await this.load({ code: check.code, lookupKey: check.lookupKey }, false);
  }

  /** Fetches the shown dossier again (the refresh button and the automatic refresh). */
  async refresh(): Promise<void> {
    const shown = shownOf(this.view);
    if (shown && this.view.kind !== 'loading' && this.wait.secondsLeft === 0) await this.load(shown.request, true);
  }

  private async load(request: LookupRequest, quiet: boolean): Promise<void> {
    if (!this.activeClient) return;
    const previous = shownOf(this.view);
    this.emit('motcua-lookup', { code: request.code });
    if (globalThis.navigator?.onLine === false) {
      this.fail(new OfflineError(), quiet, request, previous);
      return;
    }
    this.view = { kind: 'loading', request, previous };
    const dossier = await this.lookup.run([request]);
    if (!dossier) {
      if (this.lookup.status === TaskStatus.ERROR) this.fail(this.lookup.error, quiet, request, previous);
      return;
    }
    // A refresh keeps the counted days until they are counted again (no flicker).
    const progress = previous?.dossier.code === dossier.code ? previous.progress : undefined;
    const shown: Shown = { request, dossier, progress, holidaysFailed: false, updatedAt: new Date() };
    this.view = { kind: 'shown', ...shown };
    this.lastLoadedAt = Date.now();
    if (this.remember) this.saveRecent(request);
    this.emit('motcua-result', { dossier });
    const status = this.t(`status.${dossier.status}` as MessageKey);
    if (!quiet || previous?.dossier.status !== dossier.status) this.announce(this.t('tracker.found', { code: dossier.code, status }));
    if (!quiet) this.focusLater.request('#result-title');
    await this.countWorkingDays(dossier);
    this.scheduleRefresh();
  }

  /** Counts the working days of the dossier shown (after the holiday lists load). */
  private async countWorkingDays(dossier: Dossier): Promise<void> {
    const client = this.activeClient;
    const update = (change: Partial<Shown>) => {
      if (this.view.kind === 'shown' && this.view.dossier === dossier) this.view = { ...this.view, ...change };
    };
    if (!client || ENDED_WITHOUT_RESULT.has(dossier.status)) {
      update({ progress: undefined });
      return;
    }
    const today = this.today ?? officeToday();
    try {
      const lists = await holidaysFor(client, yearsInvolved(dossier, today));
      update({ progress: progressOf(dossier, lists, today), holidaysFailed: false });
    } catch {
      update({ progress: undefined, holidaysFailed: true });
    }
  }

  private fail(error: unknown, quiet: boolean, request: LookupRequest, previous: Shown | undefined): void {
    const errorKind = classify(error);
    if (errorKind === 'too-many') this.wait.start(isHttpError(error) ? error.retryAfter ?? 60 : 60);
    this.view = { kind: 'error', errorKind, error, request, previous };
    this.emit('motcua-error', { error, message: this.errorMessageText() });
    // A failed look-up from the form brings the citizen back to the field most likely wrong.
    if (!quiet && errorKind === 'not-found') this.focusLater.request('#error');
  }

  /** The wait after too many attempts is over: its message goes, the form or dossier stays. */
  private waitOver(): void {
    if (this.view.kind !== 'error' || this.view.errorKind !== 'too-many') return;
    this.view = this.view.previous ? { kind: 'shown', ...this.view.previous } : FORM;
    this.announce(this.t('tracker.tooManyOver'));
  }

  private scheduleRefresh(): void {
    this.refreshLater.cancel();
    const every = this.refreshInterval * 1000;
    if (!(every > 0) || !shownOf(this.view) || !this.isConnected) return;
    if (document.visibilityState === 'hidden') return; // paused; resumes on visibilitychange
    this.refreshLater.call(() => void this.refresh(), this.lastLoadedAt + every - Date.now());
  }

  private saveRecent(request: LookupRequest): void {
    this.recent = addRecent(this.recent, request.code, request.lookupKey, Date.now());
    writeRecent(deviceStorage(), this.recent);
  }

  private clearRecent(): void {
    this.recent = [];
    writeRecent(deviceStorage(), []);
    this.announce(this.t('tracker.recentCleared'));
    this.focusLater.request('#remember');
  }

  private useRecent(entry: RecentLookup): void {
    this.codeInput = entry.code;
    this.keyInput = '';
    if (this.view.kind === 'form') this.view = FORM;
    this.announce(this.t('tracker.recentFilled', { code: entry.code }));
    this.focusLater.request('#key');
  }

  private newLookup(): void {
    this.lookup.abort();
    this.refreshLater.cancel();
    this.view = FORM;
    this.keyInput = '';
    this.codeInput = '';
    this.focusLater.request('#code');
  }

  private tooManyText(): string {
    const left = this.wait.secondsLeft;
    const minutes = Math.floor(left / 60);
    const seconds = left % 60;
    const unit = (value: number, u: 'minute' | 'second') => this.fmt.number(value, { style: 'unit', unit: u, unitDisplay: 'long' });
    const time = minutes > 0 ? `${unit(minutes, 'minute')} ${unit(seconds, 'second')}` : unit(seconds, 'second');
    return this.t('tracker.tooMany', { time });
  }

  private errorMessageText(): string {
    if (this.view.kind !== 'error') return '';
    switch (this.view.errorKind) {
      case 'not-found':
        return this.t('tracker.notFound');
      case 'too-many':
        return this.tooManyText();
      case 'offline':
        return this.t('tracker.offline');
      default:
        return this.errorText(this.view.error);
    }
  }

  protected override render(): TemplateResult {
    if (!this.activeClient) return this.renderNoClient();
    const shown = shownOf(this.view);
    const untitled = this.noHeading || this.noTitle;
    return html`<section class="tracker" aria-labelledby=${untitled ? nothing : 'title'}>
      ${untitled ? nothing : heading(this.topLevel, 2, this.t('tracker.title'), { id: 'title' })}
      ${shown ? nothing : this.renderForm()} ${this.renderErrorBox()}
      ${this.view.kind === 'loading' ? html`<p class="loading" role="status">${this.t('tracker.searching')}</p>` : nothing}
      ${shown
        ? html`${renderResult(this, shown.dossier, shown.progress, shown.holidaysFailed)} ${this.renderActions(shown)}`
        : this.renderRecent()}
    </section>`;
  }

  private renderForm(): TemplateResult {
    const problems = this.view.kind === 'form' ? this.view.problems : {};
    const field = (name: LookupField, id: string, label: MessageKey, hint: MessageKey, value: string) => {
      const problem = problems[name];
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
    const busy = this.view.kind === 'loading';
    const waiting = this.wait.secondsLeft > 0;
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
    if (this.view.kind !== 'error') return nothing;
    const { errorKind: kind, previous } = this.view;
    const message =
      kind === 'too-many'
        ? // The alert is read once; the ticking time inside is not re-announced every second.
          html`<span aria-live="off" class="countdown">${this.tooManyText()}</span>`
        : this.errorMessageText();
    return html`<div class="message error" id="error" role="alert" tabindex="-1" part="error" data-kind=${kind}>
      <p>${message}</p>
      ${kind === 'offline' || kind === 'other'
        ? html`<button type="button" @click=${() => (previous ? this.refresh() : this.submit())}>
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

  private renderActions(shown: Shown): TemplateResult {
    return html`<div class="actions no-print">
        <button type="button" class="primary" @click=${() => globalThis.print()}>${this.t('tracker.print')}</button>
        <button type="button" @click=${() => void this.refresh()}>${this.t('tracker.refresh')}</button>
        <button type="button" @click=${() => this.newLookup()}>${this.t('tracker.newLookup')}</button>
      </div>
      <p class="hint updated">${this.t('tracker.updatedAt', { time: this.fmt.dateTime(shown.updatedAt) })}</p>`;
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
