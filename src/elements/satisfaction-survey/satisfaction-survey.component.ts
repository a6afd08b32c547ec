import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isHttpError } from '../../api/errors.js';
import type { Criterion, SurveyForm, SurveyReceipt, SurveyResponse, SurveySection } from '../../model/index.js';
import type { MotcuaClient } from '../shared/context.js';
import { TaskStatus } from '../shared/task.js';
import { connectOnCall } from '../shared/lazy-client.js';
import { clampLevel, heading, levelAt } from '../shared/heading.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import './events.js';
import type { SurveyFormQuery } from '../../api/surveys.js';
import { viSurvey } from '../../i18n/vi/survey.js';
import { Outbox, type Attempt, type Submit } from './outbox.js';
import { openOutboxStorage } from './outbox-storage.js';
import styles from './satisfaction-survey.styles.js';
import {
  buildResponse,
  emptyDraft,
  fieldOfPath,
  initialDraft,
  missingRequired,
  officialsOf,
  prefilledOption,
  toneEmoji,
  withAgency,
  type SurveyDraft,
} from './survey-logic.js';

type Phase = 'form' | 'sending' | 'sent' | 'queued';

interface FieldError {
  field: string;
  message: string;
}

const outboxes = new Map<string, Outbox>();

/** One outbox per name on a page, so widgets sharing a name share its backoff too. */
function outboxFor(name: string): Outbox {
  let outbox = outboxes.get(name);
  if (!outbox) {
    outbox = new Outbox(openOutboxStorage(name));
    outboxes.set(name, outbox);
  }
  return outbox;
}

/**
 * The citizen's satisfaction evaluation (SIPAS): the form the API serves, grouped by SIPAS part,
 * with large emoji/colour/text choices, an optional comment, and which agency and official served.
 * Every response is kept on the device with its own idempotency key until the server has it, so a
 * dropped network or a reload never loses or doubles it. In kiosk mode it thanks the citizen, then
 * clears itself for the next one.
 *
 * @summary Satisfaction survey, offline-safe, with a kiosk mode.
 *
 * @fires motcua-submit - A response was stored (`{ queued: false, receipt, idempotencyKey, fromOutbox }`) or kept on the device to send later (`{ queued: true, idempotencyKey }`).
 * @fires motcua-error - The form could not load, or the server refused a response (`{ error, message }`).
 *
 * @csspart form - The `<form>`.
 * @attr heading-level - Level of the form's title and of the thank-you heading (1–6, default 2); the
 *   error summary's heading is one deeper. `heading-level="3"` under a page's own h2.
 * @attr no-heading - Leaves out the form's title, for a page whose own heading above the widget says
 *   the same (a kiosk reset then focuses the first question).
 *
 * @csspart title - The form's title (focused after a kiosk reset).
 * @csspart section - A SIPAS part (fieldset).
 * @csspart criterion - One question (fieldset with its choices).
 * @csspart choice - One answer choice (label around a native radio).
 * @csspart known - A criterion the system already knows, shown instead of asked.
 * @csspart error-summary - The list of problems at the top after a failed send.
 * @csspart submit - The send button.
 * @csspart done - The thank-you panel (sent or queued).
 * @csspart countdown - The kiosk countdown text.
 * @csspart error - Error box (form failed to load).
 * @csspart loading - Loading text.
 * @csspart live-region - Polite live region.
 *
 * @cssprop --motcua-color-primary - Brand colour (buttons, focus, chosen answer).
 * @cssprop --motcua-color-text - Text colour.
 * @cssprop --motcua-color-surface - Background colour; `transparent` lets the host's show through.
 * @cssprop --motcua-font-family - Font stack.
 * @cssprop --motcua-font-size - Base text size that every size follows (default `medium`, the reader's; never the host's root size).
 * @cssprop --motcua-spacing - Space kept above and below the widget (default 1.5em, one line).
 * @cssprop --motcua-color-on-primary - Text on primary buttons and markers (default white / dark surface).
 * @cssprop --motcua-radius - Corner radius.
 * @cssprop --motcua-density - Spacing factor.
 */
export class MotcuaSatisfactionSurvey extends MotcuaElement {
  static override catalogues = [viSurvey];
  static override connect = connectOnCall('surveys');

  static override styles = [...MotcuaElement.styles, styles];

  /**
   * Dossier code to evaluate: the form then names it and fills in what the dossier already tells
   * (e.g. timeliness). Needs `lookup-key` or `token` too: the server shows a dossier only to whoever
   * holds its key.
   */
  @property({ reflect: true }) dossier?: string;

  /** Level of the form's title (1–6, default 2); see `heading-level` above. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Leaves out the form's title; see `no-heading` above. */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  /** The dossier's look-up key (printed on the receipt). Never reflected or shown. */
  @property({ attribute: 'lookup-key' }) lookupKey?: string;

  /**
   * The `access.token` a look-up returned (e.g. `motcua-result` of `<motcua-dossier-tracker>`):
   * stands for the key for a day, so the page need not keep the key. Never reflected or shown.
   */
  @property() token?: string;

  /** Kiosk mode: after a send, thank, count down `reset-after` seconds and clear everything for the next citizen. */
  @property({ type: Boolean, reflect: true }) kiosk = false;

  /** Seconds the kiosk thank-you stays before the form resets (default 10). */
  @property({ type: Number, attribute: 'reset-after' }) resetAfter = 10;

  /** Channel recorded with the response; default `kiosk` in kiosk mode, else `web` (`link` for receipt links). */
  @property() channel?: SurveyResponse['channel'];

  /** Name of the on-device outbox (IndexedDB database / localStorage key). Widgets with one name share it. */
  @property({ attribute: 'outbox-name' }) outboxName = 'motcua-survey-outbox';

  /** An outbox to use instead of the named one (tests, stories, custom storage). */
  @property({ attribute: false }) outbox?: Outbox;

  @state() private phase: Phase = 'form';
  @state() private draft: SurveyDraft = emptyDraft();
  @state() private errors: FieldError[] = [];
  @state() private problem?: string;
  @state() private receipt?: SurveyReceipt;
  @state() private currentKey?: string;
  @state() private pending = 0;
  @state() private countdown = 0;
  /** Bumped on every kiosk reset: the form is rebuilt from scratch, leaving nothing of the last citizen. */
  @state() private round = 0;

  private readonly formLoad = this.task(
    ([client, query]: readonly [MotcuaClient, SurveyFormQuery], { signal }): Promise<SurveyForm> => client.surveys.form(query, { signal }),
  );
  private flushing: Promise<void> | undefined;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private countdownTimer: ReturnType<typeof setInterval> | undefined;
  private focusAfterUpdate: string | undefined;

  private readonly onOnline = () => {
    this.activeOutbox.resetBackoff();
    void this.flushQueue();
  };

  private get activeOutbox(): Outbox {
    return this.outbox ?? outboxFor(this.outboxName);
  }

  private get effectiveChannel(): SurveyResponse['channel'] {
    return this.channel ?? (this.kiosk ? 'kiosk' : 'web');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    // Back on the page (also a re-attach): anything queued gets another chance.
    if (this.hasUpdated) void this.flushQueue();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.flushTimer);
    this.stopCountdown();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('activeClient') || changed.has('dossier') || changed.has('lookupKey') || changed.has('token')) this.loadForm();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A queued response from an earlier visit is sent as soon as there is a client.
    if ((changed.has('activeClient') || changed.has('outbox') || changed.has('outboxName')) && this.activeClient) {
      void this.flushQueue();
    }
    if (this.focusAfterUpdate) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
      // A kiosk reset may wait for the form to load again: keep the wish until its target exists.
      if (target) {
        this.focusAfterUpdate = undefined;
        target.focus();
      }
    }
  }

  /** Reloads the form (after an error, or to start over). */
  reload(): void {
    this.loadForm();
  }

  /** Clears every answer, message and the receipt, and shows an empty form (kiosk does this itself). */
  reset(): void {
    this.stopCountdown();
    this.draft = this.formLoad.value ? initialDraft(this.formLoad.value) : emptyDraft();
    this.errors = [];
    this.problem = undefined;
    this.receipt = undefined;
    this.currentKey = undefined;
    this.phase = 'form';
    this.round++;
    this.liveRegion?.clear();
    if (this.kiosk && this.dossier) {
      // The dossier belongs to the last citizen: the next one gets the generic form. The loaded
      // form names that dossier, so it goes too; until the generic form arrives (or if it cannot)
      // the kiosk shows loading or an error, never the last citizen's dossier, and cannot send.
      this.formLoad.reset();
      this.draft = emptyDraft();
      this.dossier = undefined;
      this.lookupKey = undefined;
      this.token = undefined;
    }
    this.focusAfterUpdate = this.noHeading ? 'form input' : '.title';
  }

  private loadForm(): void {
    const client = this.activeClient;
    if (!client) return;
    const dossier = this.dossier?.trim() || undefined;
    void this.formLoad.run([client, dossier ? { dossier, ...this.credential() } : {}]).then((form) => {
      if (!form) return;
      this.draft = initialDraft(form);
      this.errors = [];
      this.problem = undefined;
    });
  }

  /** The key or token given for the dossier, as the SDK takes it. */
  private credential(): { lookupKey?: string; token?: string } {
    const token = this.token?.trim();
    const lookupKey = this.lookupKey?.trim();
    return token ? { token } : lookupKey ? { lookupKey } : {};
  }

  private submitter(): Submit | undefined {
    const client = this.activeClient;
    return client
      ? (response, idempotencyKey, access) => client.surveys.submit(response, { idempotencyKey, ...access })
      : undefined;
  }

  private async refreshPending(): Promise<void> {
    try {
      this.pending = (await this.activeOutbox.list()).length;
    } catch {
      this.pending = 0;
    }
  }

  /** Sends what the outbox holds; one flush at a time, then schedules the next one with backoff. */
  flushQueue(): Promise<void> {
    if (this.flushing) return this.flushing;
    const submit = this.submitter();
    if (!submit) return Promise.resolve();
    clearTimeout(this.flushTimer);
    const outbox = this.activeOutbox;
    this.flushing = (async () => {
      try {
        const attempts = await outbox.flush(submit);
        let sent = 0;
        for (const attempt of attempts) {
          if (attempt.status === 'sent') sent++;
          this.afterAttempt(attempt, true);
        }
        if (sent > 0 && this.phase !== 'sent') this.announce(this.t('survey.flushed', { count: sent }));
      } catch (error) {
        console.warn('motcua: survey outbox unavailable', error);
      } finally {
        this.flushing = undefined;
      }
      await this.refreshPending();
      if (this.pending > 0 && this.isConnected) {
        this.flushTimer = setTimeout(() => void this.flushQueue(), outbox.nextDelay());
      }
    })();
    return this.flushing;
  }

  /** Events and state for one send, whether from the form or from a flush of the outbox. */
  private afterAttempt(attempt: Attempt, fromOutbox: boolean): void {
    const key = attempt.entry.key;
    const mine = key === this.currentKey;
    if (attempt.status === 'sent') {
      this.emit('motcua-submit', { queued: false, receipt: attempt.receipt, idempotencyKey: key, fromOutbox });
      if (mine && (this.phase === 'queued' || this.phase === 'sending')) {
        this.receipt = attempt.receipt;
        if (this.phase === 'queued') {
          this.phase = 'sent';
          this.announce(this.t('survey.sentTitle'));
        }
      }
    } else if (attempt.status === 'rejected') {
      const message = this.rejectionText(attempt.error);
      this.emit('motcua-error', { error: attempt.error, message });
      if (fromOutbox && !mine) this.problem = this.t('survey.rejectedQueued', { message });
    }
  }

  private rejectionText(error: unknown): string {
    if (isHttpError(error) && error.status !== 429 && error.body?.message) {
      const detail = error.details[0];
      return detail ? `${error.body.message} (${detail.path}: ${detail.message})` : error.body.message;
    }
    return this.errorText(error);
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    // A second press while the first is on its way changes nothing.
    if (this.phase !== 'form') return;
    const form = this.formLoad.value;
    const submit = this.submitter();
    if (!form || !submit) return;
    const missing = missingRequired(form, this.draft.answers);
    if (missing.length > 0) {
      this.errors = missing.map((c) => ({ field: `c-${c.id}`, message: this.t('survey.errorRequired', { label: c.label }) }));
      this.problem = undefined;
      this.focusAfterUpdate = '.error-summary';
      return;
    }
    this.phase = 'sending';
    this.errors = [];
    this.problem = undefined;
    const response = buildResponse(form, this.draft, this.effectiveChannel);
    const outbox = this.activeOutbox;
    // Written down before the first try: a reload or a crash mid-send still has it, with its key
    // (and the dossier's credential, which every try needs).
    const entry = await outbox.add(response, undefined, undefined, form.dossier ? this.credential() : undefined);
    this.currentKey = entry.key;
    const attempt = await outbox.send(entry, submit);
    this.afterAttempt(attempt, false);
    if (attempt.status === 'sent') {
      this.receipt = attempt.receipt;
      this.finish('sent');
    } else if (attempt.status === 'queued') {
      this.emit('motcua-submit', { queued: true, idempotencyKey: entry.key });
      this.finish('queued');
      await this.refreshPending();
      clearTimeout(this.flushTimer);
      this.flushTimer = setTimeout(() => void this.flushQueue(), outbox.nextDelay());
    } else {
      this.phase = 'form';
      this.currentKey = undefined;
      this.showServerProblems(attempt.error);
    }
  }

  private finish(phase: 'sent' | 'queued'): void {
    this.phase = phase;
    // The citizen's answers are no longer needed on screen or in memory.
    this.draft = this.formLoad.value ? initialDraft(this.formLoad.value) : emptyDraft();
    this.focusAfterUpdate = '.done-title';
    this.announce(this.t(phase === 'sent' ? 'survey.sentTitle' : 'survey.queuedTitle'));
    if (this.kiosk) this.startCountdown();
  }

  private showServerProblems(error: unknown): void {
    const details = isHttpError(error) ? error.details : [];
    const mapped: FieldError[] = [];
    for (const detail of details) {
      const field = fieldOfPath(detail.path);
      if (field && this.renderRoot.querySelector(`#${CSS.escape(field)}`)) mapped.push({ field, message: detail.message });
    }
    this.errors = mapped;
    this.problem = this.t('survey.rejected', { message: this.rejectionText(error) });
    this.focusAfterUpdate = '.error-summary';
  }

  private startCountdown(): void {
    this.stopCountdown();
    this.countdown = Math.max(1, Math.round(this.resetAfter) || 10);
    this.countdownTimer = setInterval(() => {
      this.countdown--;
      if (this.countdown <= 0) this.reset();
    }, 1000);
  }

  private stopCountdown(): void {
    clearInterval(this.countdownTimer);
    this.countdownTimer = undefined;
  }

  private setAnswer(id: string, value: string): void {
    this.draft = { ...this.draft, answers: { ...this.draft.answers, [id]: value } };
    this.clearError(`c-${id}`);
  }

  private clearError(field: string): void {
    if (this.errors.some((e) => e.field === field)) this.errors = this.errors.filter((e) => e.field !== field);
  }

  private onComment(event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.draft = { ...this.draft, comment: value };
    const max = this.formLoad.value?.comment.maxLength ?? 0;
    const left = max - value.length;
    // Announce only near the limit; every keystroke would drown the reader.
    if (max > 0 && left <= Math.max(20, Math.round(max * 0.1))) {
      this.announce(left >= 0 ? this.t('survey.commentLeft', { count: left }) : this.t('survey.commentOver', { count: -left }));
    }
  }

  private onAgency(event: Event): void {
    const form = this.formLoad.value;
    if (!form) return;
    this.draft = withAgency(form, this.draft, (event.target as HTMLSelectElement).value);
  }

  private onOfficial(event: Event): void {
    this.draft = { ...this.draft, officialId: (event.target as HTMLSelectElement).value };
  }

  /** Error summary links move focus to the field (in a shadow root `#id` links go nowhere by themselves). */
  private focusField(event: Event, field: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(field)}`);
    if (!target) return;
    const control =
      target.localName === 'fieldset'
        ? target.querySelector<HTMLInputElement>('input:checked') ?? target.querySelector<HTMLInputElement>('input')
        : target;
    target.scrollIntoView?.({ block: 'center' });
    control?.focus();
  }

  private errorFor(field: string): FieldError | undefined {
    return this.errors.find((e) => e.field === field);
  }

  /** A dossier the server will not show with this key reads as the tracker's "not found", not a bare 404. */
  protected override errorText(error: unknown): string {
    const dossier = this.dossier?.trim();
    if (dossier && isHttpError(error) && error.status === 404) return this.t('survey.dossierNotFound', { code: dossier });
    return super.errorText(error);
  }

  protected override render(): unknown {
    if (!this.activeClient) return this.renderNoClient();
    const form = this.formLoad.value;
    if (this.formLoad.status === TaskStatus.ERROR && !form) return this.renderError(this.formLoad.error, () => this.reload());
    if (!form) return this.renderLoading();
    if (this.phase === 'sent' || this.phase === 'queued') return this.renderDone();
    return keyed(this.round, this.renderForm(form));
  }

  private renderForm(form: SurveyForm): TemplateResult {
    const sending = this.phase === 'sending';
    return html`<form part="form" novalidate @submit=${this.onSubmit} aria-busy=${sending ? 'true' : 'false'}>
      ${this.noHeading ? nothing : heading(clampLevel(this.headingLevel, 2), 2, form.title, { cls: 'title', part: 'title', focusable: true })}
      ${form.intro ? html`<p class="intro">${form.intro}</p>` : nothing}
      ${form.dossier
        ? html`<p class="dossier"><strong>${this.t('survey.dossier', { code: form.dossier.code })}</strong>: ${form.dossier.procedureName}
            <span class="hint">· ${form.dossier.agency}</span></p>`
        : nothing}
      ${this.renderSummary()}
      ${this.pending > 0 ? html`<p class="message warning pending">${this.t('survey.pending', { count: this.pending })}</p>` : nothing}
      ${form.sections.map((section) => this.renderSection(section))}
      ${this.renderDetails(form)}
      <div class="actions">
        <button type="submit" class="primary send" part="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? this.t('survey.sending') : this.t('survey.send')}
        </button>
      </div>
    </form>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (this.errors.length === 0 && !this.problem) return nothing;
    return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      ${heading(levelAt(clampLevel(this.headingLevel, 2), 1), 3, this.problem ? this.t('common.error') : this.t('survey.errorSummary'), { id: 'error-summary-title' })}
      ${this.problem ? html`<p>${this.problem}</p>` : nothing}
      ${this.errors.length > 0
        ? html`<ul>
            ${this.errors.map(
              (e) => html`<li><a href="#${e.field}" @click=${(ev: Event) => this.focusField(ev, e.field)}>${e.message}</a></li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }

  private renderSection(section: SurveySection): TemplateResult {
    return html`<fieldset class="section" part="section" data-part=${section.part}>
      <legend class="section-title">${section.title}</legend>
      ${section.criteria.map((c) => (c.prefilled ? this.renderKnown(c) : this.renderCriterion(c)))}
    </fieldset>`;
  }

  private renderKnown(criterion: Criterion): TemplateResult {
    const option = prefilledOption(criterion);
    const tone = option?.tone ?? 'neutral';
    return html`<div class="known" part="known" role="group" aria-labelledby="k-${criterion.id}">
      <p class="known-label" id="k-${criterion.id}">${criterion.label}</p>
      <p class="known-value tone-${tone}">
        <span class="emoji" aria-hidden="true">${toneEmoji(tone)}</span>
        <strong>${option?.label ?? criterion.prefilled?.value}</strong>
        <span class="hint">${this.t('survey.known')} · ${this.t('survey.knownFrom', { source: criterion.prefilled?.source ?? '' })}</span>
      </p>
    </div>`;
  }

  private renderCriterion(criterion: Criterion): TemplateResult {
    const id = criterion.id;
    const error = this.errorFor(`c-${id}`);
    const chosen = this.draft.answers[id];
    return html`<fieldset
      class="criterion ${error ? 'has-error' : ''}"
      part="criterion"
      id="c-${id}"
      aria-describedby=${ifDefined(error ? `e-${id}` : undefined)}
    >
      <legend>
        ${criterion.label}
        ${criterion.required ? html`<span class="required">${this.t('survey.requiredMark')}</span>` : nothing}
      </legend>
      ${error ? html`<p class="field-error" id="e-${id}">${error.message}</p>` : nothing}
      <div class="choices" data-count=${criterion.options.length}>
        ${criterion.options.map(
          (option) => html`<label class="choice tone-${option.tone}" part="choice">
            <input
              type="radio"
              name=${id}
              .value=${option.value}
              .checked=${chosen === option.value}
              ?required=${criterion.required}
              aria-invalid=${error ? 'true' : 'false'}
              @change=${() => this.setAnswer(id, option.value)}
            />
            <span class="emoji" aria-hidden="true">${toneEmoji(option.tone)}</span>
            <span class="choice-label">${option.label}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderDetails(form: SurveyForm): TemplateResult {
    const max = form.comment.maxLength;
    const left = max - this.draft.comment.length;
    const officials = officialsOf(form, this.draft.agencyId);
    const commentError = this.errorFor('comment');
    return html`<fieldset class="section details" part="section">
      <legend class="section-title">${this.t('survey.details')}</legend>
      ${form.agencies.length > 0 && !form.dossier
        ? html`<div class="field">
            <label for="agency">${this.t('survey.agency')}</label>
            ${this.renderFieldError('agency')}
            <select id="agency" @change=${this.onAgency}>
              <option value="" ?selected=${this.draft.agencyId === ''}>${this.t('survey.agencyNone')}</option>
              ${form.agencies.map((a) => html`<option value=${a.id} ?selected=${this.draft.agencyId === a.id}>${a.name}</option>`)}
            </select>
          </div>`
        : nothing}
      ${form.officials.length > 0
        ? html`<div class="field">
            <label for="official">${this.t('survey.official')}</label>
            ${this.draft.agencyId ? html`<p class="hint" id="official-hint">${this.t('survey.officialHint')}</p>` : nothing}
            ${this.renderFieldError('official')}
            <select id="official" aria-describedby=${ifDefined(this.draft.agencyId ? 'official-hint' : undefined)} @change=${this.onOfficial}>
              <option value="" ?selected=${this.draft.officialId === ''}>${this.t('survey.officialNone')}</option>
              ${officials.map((o) => html`<option value=${o.id} ?selected=${this.draft.officialId === o.id}>${o.name}</option>`)}
            </select>
          </div>`
        : nothing}
      ${max > 0
        ? html`<div class="field">
            <label for="comment">${this.t('survey.comment')}</label>
            <p class="hint" id="comment-hint">${this.t('survey.commentHint')}</p>
            ${this.renderFieldError('comment')}
            <textarea
              id="comment"
              rows="4"
              maxlength=${max}
              aria-describedby="comment-hint comment-count"
              aria-invalid=${commentError || left < 0 ? 'true' : 'false'}
              .value=${this.draft.comment}
              @input=${this.onComment}
            ></textarea>
            <p class="count ${left < 0 ? 'over' : ''}" id="comment-count">
              ${left >= 0 ? this.t('survey.commentLeft', { count: left }) : this.t('survey.commentOver', { count: -left })}
            </p>
          </div>`
        : nothing}
    </fieldset>`;
  }

  private renderFieldError(field: string): TemplateResult | typeof nothing {
    const error = this.errorFor(field);
    return error ? html`<p class="field-error" id="e-${field}">${error.message}</p>` : nothing;
  }

  private renderDone(): TemplateResult {
    const sent = this.phase === 'sent';
    return html`<div class="done ${sent ? 'sent' : 'queued'}" part="done">
      ${heading(
        clampLevel(this.headingLevel, 2),
        2,
        html`<span class="emoji" aria-hidden="true">${sent ? '✓' : '⧖'}</span> ${sent ? this.t('survey.sentTitle') : this.t('survey.queuedTitle')}`,
        { cls: 'done-title', focusable: true },
      )}
      <p>${sent && this.receipt ? this.t('survey.sentBody', { id: this.receipt.id }) : this.t('survey.queuedBody')}</p>
      ${this.problem ? html`<p class="message error">${this.problem}</p>` : nothing}
      ${this.kiosk && this.countdown > 0
        ? html`<p class="countdown" part="countdown">${this.t('survey.countdown', { count: this.countdown })}</p>`
        : nothing}
      <button type="button" class="primary again" @click=${() => this.reset()}>
        ${this.kiosk ? this.t('survey.newSurvey') : this.t('survey.another')}
      </button>
    </div>`;
  }
}
