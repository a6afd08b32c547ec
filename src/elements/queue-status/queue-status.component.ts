import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { isHttpError } from '../../api/errors.js';
import { viQueue } from '../../i18n/vi/queue.js';
import type { QueueEvent, QueueService, QueueSnapshot } from '../../model/index.js';
import { connectOnCall } from '../shared/lazy-client.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { QueueLive } from './queue-live.js';
import { parseTicket, ticketView, type TicketView } from './queue-state.js';
import styles from './queue-status.styles.js';
import { loadTicket, saveTicket } from './ticket-store.js';
import './events.js';

/** How long a counter's tile stays marked after it calls a number on the board, ms. */
const CUE_MS = 8_000;

/**
 * The one-stop office's queue, live: for each service and counter the number now served, how
 * many wait and an estimated wait (a range from today's observed service times, never a
 * promise); the office hours and a clear closed state (Vietnam time, holidays). A citizen can
 * follow their own ticket: position and estimate update live, announced politely to screen
 * readers (only their own ticket, not every call), with an optional browser notification asked
 * for on a click. `mode="display"` is the waiting hall's board: large, high-contrast, every
 * counter at once, a visual cue on each new call, no interaction, and it recovers by itself
 * after a network cut or a server restart.
 *
 * @summary Live queue numbers of the one-stop office, for a phone or the hall's screen.
 *
 * @attr mode - `status` (default: the citizen's view with "my ticket") or `display` (the hall board).
 * @attr ticket - A ticket number to follow; otherwise the one remembered on this device.
 * @attr ticket-param - Follow the ticket number in this query parameter of the page's address (`so` for `?so=1045`): the QR code printed on the ticket links there.
 * @attr notify-ahead - Notify when this many people or fewer are ahead (default 3).
 * @attr heading-level - Level of the title (default 2); service headings are one deeper.
 * @attr api-base - API root when there is no `<motcua-provider>`.
 *
 * @fires motcua-ticket-change - A ticket was followed or forgotten; `detail.number` (null when forgotten).
 * @fires motcua-your-turn - The followed ticket was called; `detail.number`, `detail.counter`.
 * @fires motcua-error - The queue could not be loaded; `detail.message` is what the element shows.
 *
 * @csspart header - Title, open/closed state, hours and connection line.
 * @csspart state - The open or closed badge.
 * @csspart connection - "Updating live" / "reconnecting" line.
 * @csspart services - The list of services.
 * @csspart service - One service's card.
 * @csspart counter - One counter with the number it serves.
 * @csspart number - A ticket number as displayed.
 * @csspart ticket - The "my ticket" form.
 * @csspart ticket-status - The followed ticket's position, estimate and actions.
 * @csspart board - The display mode's grid of counters.
 * @csspart tile - One counter on the board; has `called` for a few seconds after a call.
 * @csspart error - The error box.
 * @csspart unavailable - The note shown when the back end has no queue-number machine (404 `QUEUE_NOT_AVAILABLE`).
 * @csspart loading - The first-load indicator.
 * @csspart live-region - The polite live region (visually hidden).
 *
 * @cssprop --motcua-color-primary - Buttons, numbers now served, focus rings.
 * @cssprop --motcua-color-text - Text.
 * @cssprop --motcua-color-surface - Background.
 * @cssprop --motcua-color-on-primary - Text on primary buttons and on a called tile.
 * @cssprop --motcua-font-family - Font stack.
 * @cssprop --motcua-font-size - Base text size that every size follows.
 * @cssprop --motcua-radius - Corner radius.
 * @cssprop --motcua-density - Spacing factor.
 * @cssprop --motcua-spacing - Space kept above and below the widget.
 * @cssprop --motcua-queue-board-size - Size of the numbers on the board (default `clamp(2.5em, 9cqi, 7em)`).
 */
export class MotcuaQueueStatus extends MotcuaElement {
  static override catalogues = [viQueue];
  static override connect = connectOnCall('queue');
  static override styles = [...MotcuaElement.styles, styles];

  @property({ reflect: true }) mode: 'status' | 'display' = 'status';
  /** The followed ticket number. */
  @property({ type: Number, reflect: true }) ticket?: number;
  /** Query parameter of the page address that carries a ticket number (from the QR code on the ticket). */
  @property({ attribute: 'ticket-param' }) ticketParam?: string;
  @property({ type: Number, attribute: 'notify-ahead' }) notifyAhead = 3;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() protected ticketError?: string;
  @state() protected notifyNote?: string;
  @state() protected cues = new Set<string>();

  protected readonly live = new QueueLive(this, {
    onEvent: (event) => this.onQueueEvent(event),
    onSnapshot: (snapshot) => this.onSnapshot(snapshot),
    autoRetryMs: () => (this.mode === 'display' ? 5_000 : 0),
  });
  private notify = false;
  private lastTicketText?: string;
  private notified = new Set<string>();
  private restored = false;

  /** The queue as last known (undefined before the first load). */
  get snapshot(): QueueSnapshot | undefined {
    return this.live.snapshot;
  }

  /** What the followed ticket means now. */
  get ticketState(): TicketView | undefined {
    return this.snapshot && this.ticket !== undefined ? ticketView(this.snapshot, this.ticket) : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('activeClient')) {
      if (this.activeClient) this.live.start(this.activeClient.queue);
      else this.live.stop();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.activeClient) this.live.start(this.activeClient.queue);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.live.connection === 'error' && this.live.error && this.reportedError !== this.live.error) {
      this.reportedError = this.live.error;
      this.reportError(this.live.error);
    }
  }
  private reportedError: unknown;

  // ---- events ----

  private onSnapshot(snapshot: QueueSnapshot): void {
    if (!this.restored && this.mode === 'status') {
      this.restored = true;
      const stored = loadTicket(snapshot.date);
      const scanned = this.ticketFromAddress();
      if (this.ticket === undefined && scanned !== undefined) {
        this.ticket = scanned;
        saveTicket({ number: scanned, notify: false, date: snapshot.date });
      } else if (this.ticket === undefined && stored) this.ticket = stored.number;
      this.notify = stored?.notify === true && this.ticket === stored.number && notificationsGranted();
    }
    this.followTicket();
  }

  /** The number in the page address's `ticket-param`, when it names one. */
  private ticketFromAddress(): number | undefined {
    if (!this.ticketParam) return undefined;
    const value = new URLSearchParams(this.ownerDocument.defaultView?.location.search ?? '').get(this.ticketParam);
    return value === null ? undefined : parseTicket(value);
  }

  private onQueueEvent(event: QueueEvent): void {
    if (this.mode === 'display' && event.type === 'called') {
      this.cues = new Set(this.cues).add(event.counter);
      setTimeout(() => {
        const next = new Set(this.cues);
        next.delete(event.counter);
        this.cues = next;
      }, CUE_MS);
    }
    this.followTicket();
  }

  /** Announces the followed ticket's news (only its own), notifies if asked, fires your-turn. */
  private followTicket(): void {
    const view = this.ticketState;
    if (!view || this.mode === 'display') return;
    const text = this.ticketText(view);
    if (text === this.lastTicketText) return;
    const first = this.lastTicketText === undefined;
    this.lastTicketText = text;
    if (!first) this.announce(text);
    if (view.state === 'your-turn') {
      this.emit('motcua-your-turn', { number: view.number, counter: view.counter });
      this.showNotification(`turn-${view.number}`, text);
    } else if (view.state === 'waiting' && view.ahead <= this.notifyAhead) {
      this.showNotification(`soon-${view.number}`, this.t('queue.notifySoon', { number: String(view.number), count: view.ahead }));
    }
  }

  private showNotification(key: string, body: string): void {
    if (!this.notify || this.notified.has(key) || !notificationsGranted()) return;
    this.notified.add(key);
    try {
      new Notification(this.t('queue.myTicket'), { body, tag: 'motcua-queue' });
    } catch {
      // Some mobile browsers allow notifications only from a service worker; the page still shows it.
    }
  }

  // ---- citizen actions ----

  private onFollow(e: SubmitEvent): void {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#ticket-input')!;
    const number = parseTicket(input.value);
    if (number === undefined) {
      this.ticketError = this.t('queue.badTicket');
      input.focus();
      return;
    }
    this.ticketError = undefined;
    this.setTicket(number);
  }

  private setTicket(number: number | undefined): void {
    this.ticket = number;
    this.lastTicketText = undefined;
    this.notify = false;
    const date = this.snapshot?.date;
    saveTicket(number !== undefined && date ? { number, notify: false, date } : undefined);
    this.emit('motcua-ticket-change', { number: number ?? null });
    // Said once on following, so the citizen hears where they stand.
    const view = this.ticketState;
    if (view) {
      this.lastTicketText = this.ticketText(view);
      this.announce(this.lastTicketText);
    }
  }

  private async onNotify(): Promise<void> {
    if (typeof Notification === 'undefined') {
      this.notifyNote = this.t('queue.notifyUnsupported');
      return;
    }
    const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
    this.notify = permission === 'granted';
    this.notifyNote = this.notify ? this.t('queue.notifyOn', { count: this.notifyAhead }) : this.t('queue.notifyDenied');
    const date = this.snapshot?.date;
    if (this.ticket !== undefined && date) saveTicket({ number: this.ticket, notify: this.notify, date });
  }

  // ---- text ----

  private ticketText(view: TicketView): string {
    switch (view.state) {
      case 'unknown-service':
        return this.t('queue.unknownService', { number: String(view.number) });
      case 'not-issued':
        return this.t('queue.notIssued', { number: String(view.number) });
      case 'your-turn':
        return this.t('queue.yourTurn', { number: String(view.number), counter: view.counter });
      case 'passed':
        return this.t('queue.passed', { number: String(view.number), service: view.service.counters.map((c) => c.name).join(', ') });
      case 'waiting':
        return view.ahead === 0 ? this.t('queue.next', { number: String(view.number) }) : this.t('queue.position', { number: String(view.number), count: view.ahead });
    }
  }

  private time(iso: string): string {
    const date = iso.slice(0, 10);
    const time = iso.slice(11, 16);
    return this.snapshot && date !== this.snapshot.date ? `${time}, ${this.fmt.date(date)}` : time;
  }

  // ---- render ----

  protected override render(): TemplateResult {
    if (!this.activeClient) return this.renderNoClient();
    const snapshot = this.snapshot;
    if (!snapshot) {
      // A back end without a ticket machine (an OpenCPS gateway) is a fact to state, not an error to retry.
      if (this.live.connection === 'error' && isHttpError(this.live.error) && this.live.error.code === 'QUEUE_NOT_AVAILABLE') {
        return html`<p class="note" part="unavailable" role="status">${this.t('queue.unavailable')}</p>`;
      }
      if (this.live.connection === 'error') return this.renderError(this.live.error, () => this.live.retry());
      return this.renderLoading();
    }
    return this.mode === 'display' ? this.renderBoard(snapshot) : this.renderStatus(snapshot);
  }

  private heading(level: number, id: string, content: unknown): TemplateResult {
    const l = Math.min(6, Math.max(1, level));
    return html`<div role="heading" aria-level=${l} id=${id} class="h h${l}">${content}</div>`;
  }

  private renderHeader(snapshot: QueueSnapshot): TemplateResult {
    return html`<header class="head" part="header">
      ${this.heading(this.headingLevel, 'title', this.mode === 'display' ? snapshot.office : this.t('queue.title', { office: snapshot.office }))}
      <p class=${classMap({ state: true, open: snapshot.open, closed: !snapshot.open })} part="state">
        <span class="dot" aria-hidden="true"></span>${this.stateText(snapshot)}
      </p>
      <p class="meta">${this.t('queue.hours', snapshot.hours)}</p>
      ${this.renderConnection(snapshot)}
    </header>`;
  }

  private stateText(snapshot: QueueSnapshot): string {
    if (snapshot.open) return this.t('queue.open');
    const why =
      snapshot.closedReason === 'holiday' && snapshot.holiday
        ? this.t('queue.closedHoliday', { name: snapshot.holiday })
        : snapshot.closedReason === 'weekend'
          ? this.t('queue.closedWeekend')
          : this.t('queue.closed');
    return snapshot.opensAt ? `${why}. ${this.t('queue.opensAt', { time: this.time(snapshot.opensAt) })}` : why;
  }

  private renderConnection(snapshot: QueueSnapshot): TemplateResult {
    const down = this.live.connection === 'reconnecting' || this.live.connection === 'error';
    return html`<p class=${classMap({ meta: true, connection: true, down })} part="connection">
      ${down ? this.t('queue.reconnecting') : this.t('queue.live')} · ${this.t('queue.asOf', { time: this.time(snapshot.asOf) })}
    </p>`;
  }

  private renderStatus(snapshot: QueueSnapshot): TemplateResult {
    return html`<section class="queue" aria-labelledby="title">
      ${this.renderHeader(snapshot)} ${this.renderTicketForm()} ${this.renderTicketStatus()}
      <ul class="services" part="services" role="list">
        ${snapshot.services.map((s) => this.renderService(s))}
      </ul>
      <p class="meta note">${this.t('queue.estimateNote')}</p>
    </section>`;
  }

  private renderService(service: QueueService): TemplateResult {
    const id = `service-${service.id}`;
    return html`<li class="service" part="service" aria-labelledby=${id}>
      ${this.heading(this.headingLevel + 1, id, service.name)}
      <ul class="counters" role="list">
        ${service.counters.map(
          (c) => html`<li class="counter" part="counter">
            <span class="counter-name">${c.name}</span>
            <span class="label">${this.t('queue.serving')}</span>
            <span class=${classMap({ number: true, empty: c.serving === null })} part="number">${c.serving ?? this.t('queue.none')}</span>
          </li>`,
        )}
      </ul>
      <p class="waiting">${this.t('queue.waiting', { count: service.waiting })}</p>
      ${service.waiting === 0 ? nothing : html`<p class="estimate">${service.estimate ? this.t('queue.estimate', service.estimate) : this.t('queue.estimateNone')}</p>`}
    </li>`;
  }

  private renderTicketForm(): TemplateResult {
    const invalid = this.ticketError !== undefined;
    return html`<form class="ticket" part="ticket" @submit=${this.onFollow} novalidate aria-labelledby="ticket-title">
      ${this.heading(this.headingLevel + 1, 'ticket-title', this.t('queue.myTicket'))}
      <label for="ticket-input">${this.t('queue.ticketLabel')}</label>
      <p id="ticket-hint" class="hint">${this.t('queue.ticketHint')}</p>
      <div class="row">
        <input id="ticket-input" name="ticket" inputmode="numeric" autocomplete="off" enterkeyhint="go"
          .value=${this.ticket !== undefined ? String(this.ticket) : ''}
          aria-describedby=${invalid ? 'ticket-hint ticket-error' : 'ticket-hint'} aria-invalid=${invalid ? 'true' : 'false'} />
        <button type="submit" class="primary">${this.t('queue.follow')}</button>
      </div>
      ${invalid ? html`<p id="ticket-error" class="field-error">${this.ticketError}</p>` : nothing}
    </form>`;
  }

  private renderTicketStatus(): TemplateResult | typeof nothing {
    const view = this.ticketState;
    if (!view) return nothing;
    const estimate = view.state === 'waiting' && view.estimate && view.ahead > 0 ? this.t('queue.ticketEstimate', view.estimate) : undefined;
    return html`<div class=${`ticket-status ${view.state}`} part="ticket-status">
      <p class="ticket-text">${this.ticketText(view)}</p>
      ${estimate ? html`<p class="meta">${estimate}</p>` : nothing}
      <div class="row">
        ${view.state === 'waiting' ? html`<button type="button" @click=${this.onNotify}>${this.t('queue.notify')}</button>` : nothing}
        <button type="button" class="quiet" @click=${() => this.setTicket(undefined)}>${this.t('queue.forget')}</button>
      </div>
      ${this.notifyNote ? html`<p class="meta">${this.notifyNote}</p>` : nothing}
    </div>`;
  }

  private renderBoard(snapshot: QueueSnapshot): TemplateResult {
    return html`<section class="board-view" aria-labelledby="title">
      ${this.renderHeader(snapshot)}
      <ul class="board" part="board" role="list" aria-label=${this.t('queue.board')}>
        ${snapshot.services.flatMap((s) =>
          s.counters.map(
            (c) => html`<li class=${classMap({ tile: true, called: this.cues.has(c.id) })} part=${this.cues.has(c.id) ? 'tile called' : 'tile'}>
              <span class="counter-name">${c.name}</span>
              <span class=${classMap({ number: true, empty: c.serving === null })} part="number">${c.serving ?? '—'}</span>
              <span class="service-name">${s.name}</span>
            </li>`,
          ),
        )}
      </ul>
      <ul class="board-waiting" role="list">
        ${snapshot.services.map(
          (s) => html`<li><span class="service-name">${s.name}</span>: ${this.t('queue.waiting', { count: s.waiting })}${s.estimate && s.waiting > 0 ? html` · ${this.t('queue.estimate', s.estimate)}` : nothing}</li>`,
        )}
      </ul>
    </section>`;
  }
}

function notificationsGranted(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'granted';
}
