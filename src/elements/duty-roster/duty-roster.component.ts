import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { isoWeek, weekDates } from '../../calendar/index.js';
import { officeToday } from '../../domain/office-time.js';
import { intlLocale } from '../../i18n/format.js';
import type { DutyOfficial, DutySlot, RosterDay, RosterWeek, Session } from '../../model/index.js';
import type { MotcuaClient } from '../shared/context.js';
import { TaskStatus } from '../shared/task.js';
import { connectOnCall } from '../shared/lazy-client.js';
import { clampLevel } from '../shared/heading.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import './events.js';
import { isolateForPrint, type PageSetup } from '../shared/print-page.js';
import { viRoster } from '../../i18n/vi/roster.js';
import styles from './duty-roster.styles.js';
import { icsFileName, rosterToIcs } from './ics.js';
import {
  SESSIONS,
  filterWeek,
  isValidWeek,
  officeClock,
  parseWeekInput,
  replacementCount,
  sessionAt,
  shiftWeek,
  emptyWeekend,
  slotAt,
  weekDesks,
  weekFields,
  weekState,
} from './roster-week.js';

/**
 * Widths (em of the widget's own font) the week grid needs: all seven days, or the five working
 * days when nobody is on duty at the weekend. Narrower, the week becomes a day-by-day list.
 */
const GRID_EM = { week: 56, workdays: 47 };

/** The roster's paper: one week on one landscape A4 sheet for the notice board. */
export const PRINT_PAGE: PageSetup = { size: 'A4 landscape', margin: '10mm' };

interface GridRow {
  session: Session;
  desk: string;
  /** First row of its session: carries the session header. */
  first: boolean;
  span: number;
}

/**
 * The one-stop desk's weekly duty roster: who sits at which desk, morning and afternoon, for
 * which fields, with a phone number where published. A week grid (the ARIA grid pattern with a
 * roving tabindex) on wide screens, a day-by-day list on narrow ones; today and the session on now
 * are highlighted, weekends and public holidays marked, stand-ins shown as "thay cho …".
 * Navigation by week, a week picker, a field filter, a one-page print view and an .ics download.
 *
 * @summary Weekly duty roster of the one-stop desk, as an accessible grid or a day list.
 *
 * @attr week - ISO week shown, `YYYY-Www`; follows navigation. Default: the office's current week.
 * @attr field - Shows only the desks handling this field (lĩnh vực).
 * @attr layout - `auto` (the grid when it fits the widget's own width, else the day list; a weekend with
 *   nobody on duty is left out), `grid` or `list` (all seven days).
 * @attr heading-level - Level of the week's heading (default 3); day headings in the list are one deeper.
 * @attr no-heading - The week's title (“Lịch trực tuần 49/2026”) stays, as plain text rather than a heading,
 *   for a page whose own heading above the widget already names it; day headings keep `heading-level` + 1.
 * @attr api-base - API root when there is no `<motcua-provider>`.
 *
 * @fires motcua-week-change - The reader moved to another week; `detail.week` is `YYYY-Www`.
 * @fires motcua-error - Loading the week failed; `detail.message` is what the element shows.
 *
 * @csspart toolbar - The navigation, week picker, filter, download and print controls.
 * @csspart title - The week's heading.
 * @csspart grid - The week table (role grid).
 * @csspart cell - Each day × session × desk cell of the grid.
 * @csspart list - The day-by-day list.
 * @csspart notice - Partial, changed and empty week notices.
 * @csspart error - The error box.
 * @csspart loading - The first-load indicator.
 * @csspart live-region - The polite live region (visually hidden).
 *
 * @cssprop --motcua-color-primary - Buttons, links, today's column and focus rings.
 * @cssprop --motcua-color-text - Text.
 * @cssprop --motcua-color-surface - Background.
 * @cssprop --motcua-font-family - Font stack.
 * @cssprop --motcua-font-size - Base text size that every size follows (default `medium`, the reader's; never the host's root size).
 * @cssprop --motcua-spacing - Space kept above and below the widget (default 1.5em, one line).
 * @cssprop --motcua-color-on-primary - Text on primary buttons and markers (default white / dark surface).
 * @cssprop --motcua-radius - Corner radius.
 * @cssprop --motcua-density - Spacing factor.
 */
export class MotcuaDutyRoster extends MotcuaElement {
  static override catalogues = [viRoster];
  static override connect = connectOnCall('roster');

  static override styles = [...MotcuaElement.styles, styles];

  /** ISO week shown (`2026-W47`); unset shows the office's current week. Reflects navigation. */
  @property({ reflect: true }) week?: string;

  /** Only desks handling this field. */
  @property({ reflect: true }) field?: string;

  /** `auto`, `grid` or `list`. */
  @property({ reflect: true }) layout: 'auto' | 'grid' | 'list' = 'auto';

  /** Level of the week heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The week's title as plain text, not a heading; see `no-heading` above. */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  /** The clock used for "today" and "on duty now" (for kiosks with a fixed time, stories and tests). */
  @property({ attribute: false }) now?: Date;

  /** The widget's own width in em (whole numbers; updated only when it crosses a GRID_EM step). */
  @state() protected widthEm = Infinity;
  @state() protected printing = false;
  @state() protected activeRow = 0;
  @state() protected activeCol = 0;
  @state() protected weekInputError?: string;

  protected readonly load = this.task(([client, week]: readonly [MotcuaClient, string], { signal }): Promise<RosterWeek> =>
    client.roster.week(week, { signal }),
  );
  private resizeObserver?: ResizeObserver;
  private ticker?: ReturnType<typeof setInterval>;
  private icsUrl?: string;
  private icsKey?: unknown[];
  private refocusGrid = false;
  /** The field filter is sorted once someone reaches for it (see sortFields). */
  private fieldsSorted = false;
  private undoPrint?: () => void;

  private readonly onBeforePrint = () => {
    this.printing = true;
  };
  private readonly onAfterPrint = () => {
    this.printing = false;
    this.undoPrint?.();
    this.undoPrint = undefined;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = entries[0]?.contentRect.width ?? 0;
        if (width === 0) return;
        const em = width / (parseFloat(getComputedStyle(this).fontSize) || 16);
        const step = (w: number) => (w < GRID_EM.workdays ? 0 : w < GRID_EM.week ? 1 : 2);
        // Switching layout inside the observer's callback would resize us again in the same frame.
        if (step(em) !== step(this.widthEm)) requestAnimationFrame(() => (this.widthEm = em));
      });
      this.resizeObserver.observe(this);
    }
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    // Moves the "now" highlight along as sessions start and end.
    this.ticker = setInterval(() => {
      if (!this.now) this.requestUpdate();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    clearInterval(this.ticker);
    this.onAfterPrint();
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
    this.icsUrl = undefined;
    this.icsKey = undefined;
  }

  /** The office's date today (Asia/Ho_Chi_Minh). */
  protected get today(): string {
    return officeToday(this.now ?? new Date());
  }

  /** The week on screen: the `week` attribute, else the office's current week. */
  get shownWeek(): string {
    return this.week ?? isoWeek(this.today);
  }

  /** The loaded roster of the shown week (undefined while it loads or after an error). */
  get roster(): RosterWeek | undefined {
    const value = this.load.value;
    return value && value.week === this.shownWeek ? value : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('activeClient') || changed.has('week')) void this.fetchWeek();
    this.dropStaleIcs();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.refocusGrid && !this.load.pending) {
      this.refocusGrid = false;
      this.activeCell()?.focus();
    }
  }

  /** Loads the shown week again (after an error, or to pick up changes). */
  async reload(): Promise<void> {
    await this.fetchWeek();
  }

  private async fetchWeek(): Promise<void> {
    const client = this.activeClient;
    const week = this.shownWeek;
    if (!client || !isValidWeek(week)) {
      this.load.abort();
      return;
    }
    if (await this.load.run([client, week])) {
      const [year, number] = week.split('-W');
      this.announce(this.t('roster.loaded', { number: Number(number), year: year ?? '' }));
    }
  }

  /** What the .ics is made of: the week on screen, the field filter and the language. */
  private icsInputs(): unknown[] {
    return [this.roster, this.field, this.messages];
  }

  /** Revokes the .ics made for what is no longer on screen; the next download makes it again. */
  private dropStaleIcs(): void {
    const key = this.icsInputs();
    if (this.icsKey && key.every((v, i) => v === this.icsKey![i])) return;
    this.icsKey = undefined;
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
    this.icsUrl = undefined;
  }

  /**
   * Makes the .ics of what is on screen and points the download link at it. Called when the link
   * is about to be used (pointer over it, focus, click: the click's own default action then follows
   * the new href), so a page that never downloads never builds the file: building it normalises
   * every desk name, which loads ICU data on first use.
   */
  private readonly prepareIcs = (event: Event): void => {
    const roster = this.roster;
    if (!roster || weekState(roster) === 'empty') return;
    if (!this.icsUrl || !this.icsKey) {
      this.icsKey = this.icsInputs();
      this.icsUrl = this.makeIcsUrl(roster);
    }
    (event.currentTarget as HTMLAnchorElement).href = this.icsUrl;
    // The template's binding takes the same value, so a later render keeps (or drops) it.
    this.requestUpdate();
  };

  private makeIcsUrl(roster: RosterWeek): string {
    const text = rosterToIcs(roster, {
      field: this.field || undefined,
      labels: {
        morning: this.t('roster.session.morning'),
        afternoon: this.t('roster.session.afternoon'),
        holiday: this.t('roster.holiday'),
        replaces: this.t('roster.replaces', { name: '{name}' }),
        fields: this.t('roster.field'),
        phone: 'Tel',
      },
    });
    return URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  }

  /** Moves to `week` as the reader asked, and says so with `motcua-week-change`. */
  protected goTo(week: string): void {
    if (!isValidWeek(week) || week === this.shownWeek) return;
    this.week = week;
    this.weekInputError = undefined;
    this.emit('motcua-week-change', { week });
  }

  private onWeekInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const text = input.value;
    if (!text.trim()) return;
    const week = parseWeekInput(text);
    if (week) this.goTo(week);
    else this.weekInputError = this.t('roster.badWeek', { text });
  }

  /**
   * Sorts the field filter's options the Vietnamese way when it is about to be opened (focus,
   * pointer down: the options are redrawn in this event's microtasks, before the list opens).
   * Until then they stay in the desks' order, so the roster's first render builds no collator.
   */
  private readonly sortFields = (): void => {
    if (this.fieldsSorted) return;
    this.fieldsSorted = true;
    this.requestUpdate();
  };

  private onFieldChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.field = value || undefined;
    this.activeRow = 0;
  }

  private async print(): Promise<void> {
    this.undoPrint?.();
    this.undoPrint = isolateForPrint(this, PRINT_PAGE);
    this.printing = true;
    await this.updateComplete;
    window.print();
    // Chromium's print() returns once the dialog closes; afterprint also tidies up elsewhere.
    this.onAfterPrint();
  }

  // ---- grid ---------------------------------------------------------------------------------

  private gridRows(week: RosterWeek): GridRow[] {
    const desks = weekDesks(week).map((d) => d.desk);
    return SESSIONS.flatMap((session) =>
      desks.map((desk, i) => ({ session, desk, first: i === 0, span: desks.length })),
    );
  }

  private activeCell(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`td[data-row="${this.activeRow}"][data-col="${this.activeCol}"]`);
  }

  private onGridFocusIn(event: FocusEvent): void {
    const cell = (event.target as HTMLElement).closest?.('td[data-row]') as HTMLElement | null;
    if (!cell) return;
    this.activeRow = Number(cell.dataset['row']);
    this.activeCol = Number(cell.dataset['col']);
  }

  private onGridKeyDown(event: KeyboardEvent, rows: number, cols: number): void {
    const target = event.target as HTMLElement;
    const cell = target.closest('td[data-row]') as HTMLElement | null;
    if (!cell) return;
    if (target !== cell) {
      // Inside a cell (on a phone link): Escape goes back to the cell, everything else is the link's.
      if (event.key === 'Escape') {
        event.preventDefault();
        cell.focus();
      }
      return;
    }
    let row = Number(cell.dataset['row']);
    let col = Number(cell.dataset['col']);
    const lastCol = cols - 1;
    switch (event.key) {
      case 'ArrowRight':
        col = Math.min(lastCol, col + 1);
        break;
      case 'ArrowLeft':
        col = Math.max(0, col - 1);
        break;
      case 'ArrowDown':
        row = Math.min(rows - 1, row + 1);
        break;
      case 'ArrowUp':
        row = Math.max(0, row - 1);
        break;
      case 'Home':
        col = 0;
        if (event.ctrlKey || event.metaKey) row = 0;
        break;
      case 'End':
        col = lastCol;
        if (event.ctrlKey || event.metaKey) row = rows - 1;
        break;
      case 'PageUp':
      case 'PageDown':
        event.preventDefault();
        this.refocusGrid = true;
        this.goTo(shiftWeek(this.shownWeek, event.key === 'PageUp' ? -1 : 1));
        return;
      case 'Enter':
      case 'F2': {
        const link = cell.querySelector<HTMLElement>('a');
        if (link) {
          event.preventDefault();
          link.focus();
        }
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    this.activeRow = row;
    this.activeCol = col;
    void this.updateComplete.then(() => this.activeCell()?.focus());
  }

  // ---- rendering ----------------------------------------------------------------------------

  private weekdayName(date: string): string {
    return this.fmt.weekday(date);
  }

  /** `18/11` in the column headers; the full date is in each cell's label. */
  private shortDate(date: string): string {
    // Both catalogues put the day first; Intl's vi-VN writes 18-11, offices write 18/11.
    return `${date.slice(8, 10)}/${date.slice(5, 7)}`;
  }

  private dayLabel(date: string): string {
    return `${this.weekdayName(date)} ${this.fmt.date(date)}`;
  }

  private sessionName(session: Session): string {
    return this.t(session === 'morning' ? 'roster.session.morning' : 'roster.session.afternoon');
  }

  private renderOfficial(o: DutyOfficial, inGrid: boolean): TemplateResult {
    const tel = o.phone?.replace(/[^\d+]/g, '');
    return html`<li class=${classMap({ official: true, 'stand-in': Boolean(o.replaces) })}>
      <span class="name">${o.name}</span>
      ${o.replaces ? html`<span class="replaces">(${this.t('roster.replaces', { name: o.replaces })})</span>` : nothing}
      <span class="office">${o.title ? html`<span class="job">${o.title}, </span>` : nothing}${o.office}</span>
      ${o.phone && tel
        ? html`<a
            class="tel"
            href="tel:${tel}"
            tabindex=${inGrid ? '-1' : '0'}
            aria-label=${this.t('roster.phone', { name: o.name, phone: o.phone })}
            >${o.phone}</a
          >`
        : nothing}
    </li>`;
  }

  private renderOfficials(slot: DutySlot, inGrid: boolean): TemplateResult {
    return html`<ul class="officials">
      ${slot.officials.map((o) => this.renderOfficial(o, inGrid))}
    </ul>`;
  }

  /** Why a day has nobody on duty, or undefined when it is staffed. */
  private restReason(day: RosterDay, index: number, roster: RosterWeek): string | undefined {
    if (day.holiday !== undefined) return `${this.t('roster.holiday')}: ${day.holiday}`;
    const staffed = day.sessions.some((s) => s.slots.length > 0);
    if (staffed) return undefined;
    if (index >= 5) return this.t('roster.weekend');
    return weekState(roster) === 'partial' ? this.t('roster.notPublished') : this.t('roster.noDuty');
  }

  private renderGrid(roster: RosterWeek, shown: RosterWeek, today: string, nowSession: Session | undefined, days: number) {
    const rows = this.gridRows(shown);
    const activeRow = Math.min(this.activeRow, rows.length - 1);
    const activeCol = Math.min(this.activeCol, days - 1);
    const columns = shown.days.slice(0, days);
    return html`<p id="grid-help" class="visually-hidden">${this.t('roster.gridHelp')}</p>
      <div class="scroll">
        <table
          role="grid"
          part="grid"
          aria-labelledby="title"
          aria-describedby="grid-help"
          aria-busy=${this.load.pending ? 'true' : 'false'}
          @focusin=${this.onGridFocusIn}
          @keydown=${(e: KeyboardEvent) => this.onGridKeyDown(e, rows.length, days)}
        >
          <thead>
            <tr role="row">
              <th role="columnheader" scope="col" class="corner">${this.t('roster.sessionHeader')}</th>
              <th role="columnheader" scope="col" class="corner">${this.t('roster.desk')}</th>
              ${columns.map((day, c) => {
                const rest = this.restReason(day, c, roster);
                return html`<th
                  role="columnheader"
                  scope="col"
                  class=${classMap({ day: true, today: day.date === today, weekend: c >= 5, holiday: day.holiday !== undefined, rest: rest !== undefined })}
                  aria-current=${day.date === today ? 'date' : nothing}
                >
                  <span class="weekday">${this.weekdayName(day.date)}</span>
                  <span class="date">${this.shortDate(day.date)}</span>
                  ${day.date === today ? html`<span class="badge">${this.t('roster.today')}</span>` : nothing}
                  ${day.holiday !== undefined ? html`<span class="holiday-name">${this.t('roster.holiday')}: ${day.holiday}</span>` : nothing}
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row, r) => html`<tr role="row" class=${classMap({ 'session-start': row.first })}>
                ${row.first
                  ? html`<th role="rowheader" scope="rowgroup" rowspan=${row.span} class="session">
                      <span>${this.sessionName(row.session)}</span>
                      <span class="hours">${roster.hours[row.session]}</span>
                    </th>`
                  : nothing}
                <th role="rowheader" scope="row" class="desk">${row.desk}</th>
                ${columns.map((day, c) => this.renderCell(roster, shown, day, c, row, r, r === activeRow && c === activeCol, today, nowSession))}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  private renderCell(
    roster: RosterWeek,
    shown: RosterWeek,
    day: RosterDay,
    c: number,
    row: GridRow,
    r: number,
    active: boolean,
    today: string,
    nowSession: Session | undefined,
  ): TemplateResult {
    const slot = slotAt(shown, c, row.session, row.desk);
    const rest = this.restReason(day, c, roster);
    const isToday = day.date === today;
    const isNow = isToday && nowSession === row.session;
    const replaced = slot?.officials.some((o) => o.replaces) ?? false;
    const label = this.t('roster.cellLabel', {
      day: this.dayLabel(day.date),
      session: this.sessionName(row.session).toLocaleLowerCase(intlLocale(this.locale)),
      desk: row.desk,
    });
    let body: TemplateResult;
    if (slot && slot.officials.length > 0) body = this.renderOfficials(slot, true);
    else if (rest !== undefined && day.holiday !== undefined) body = html`<span class="rest">${this.t('roster.holiday')}</span>`;
    else if (rest !== undefined && c >= 5)
      body = html`<span class="rest" aria-hidden="true">${this.t('roster.dayOff')}</span><span class="visually-hidden">${rest}</span>`;
    else if (rest !== undefined) body = html`<span class="rest">${rest}</span>`;
    else body = html`<span class="none" aria-hidden="true">—</span><span class="visually-hidden">${this.t('roster.noDuty')}</span>`;
    return html`<td
      role="gridcell"
      part="cell"
      data-row=${r}
      data-col=${c}
      tabindex=${active ? '0' : '-1'}
      class=${classMap({
        today: isToday,
        now: isNow,
        weekend: c >= 5,
        holiday: day.holiday !== undefined,
        off: !slot,
        changed: replaced,
      })}
    >
      <span class="visually-hidden">${label}${isNow ? ` (${this.t('roster.now')})` : ''}: </span>
      ${isNow ? html`<span class="badge now-badge" aria-hidden="true">${this.t('roster.now')}</span>` : nothing}
      ${body}
    </td>`;
  }

  private renderList(roster: RosterWeek, shown: RosterWeek, today: string, nowSession: Session | undefined, days: number) {
    const level = Math.min(6, this.headingLevel + 1);
    return html`<ol class="days" part="list" aria-labelledby="title" aria-busy=${this.load.pending ? 'true' : 'false'}>
      ${shown.days.slice(0, days).map((day, c) => {
        const rest = this.restReason(day, c, roster);
        const isToday = day.date === today;
        return html`<li class=${classMap({ day: true, today: isToday, weekend: c >= 5, holiday: day.holiday !== undefined })}>
          <div role="heading" aria-level=${level} class="day-title" aria-current=${isToday ? 'date' : nothing}>
            ${this.dayLabel(day.date)} ${isToday ? html`<span class="badge">${this.t('roster.today')}</span>` : nothing}
          </div>
          ${rest !== undefined
            ? html`<p class="rest">${rest}</p>`
            : SESSIONS.map((session) => {
                const slots = day.sessions.find((s) => s.session === session)?.slots ?? [];
                const isNow = isToday && nowSession === session;
                return html`<div class=${classMap({ session: true, now: isNow })}>
                  <p class="session-title">
                    ${this.sessionName(session)} <span class="hours">${roster.hours[session]}</span>
                    ${isNow ? html`<span class="badge now-badge">${this.t('roster.now')}</span>` : nothing}
                  </p>
                  ${slots.length === 0
                    ? html`<p class="rest">${this.t('roster.noDuty')}</p>`
                    : html`<ul class="slots">
                        ${slots.map(
                          (slot) => html`<li class=${classMap({ slot: true, changed: slot.officials.some((o) => o.replaces) })}>
                            <span class="desk">${slot.desk}</span>
                            ${this.renderOfficials(slot, false)}
                          </li>`,
                        )}
                      </ul>`}
                </div>`;
              })}
        </li>`;
      })}
    </ol>`;
  }

  private renderToolbar(roster: RosterWeek | undefined): TemplateResult {
    const week = this.shownWeek;
    const current = isoWeek(this.today);
    const valid = isValidWeek(week);
    const fields = roster ? weekFields(roster, this.fieldsSorted) : [];
    if (this.field && !fields.includes(this.field)) fields.push(this.field);
    return html`<div class="toolbar no-print" part="toolbar" role="group" aria-label=${this.t('roster.controls')}>
      <div class="nav">
        <button type="button" ?disabled=${!valid} @click=${() => this.goTo(shiftWeek(week, -1))}>
          <span aria-hidden="true">‹</span> ${this.t('roster.previous')}
        </button>
        <button type="button" aria-disabled=${week === current ? 'true' : 'false'} @click=${() => this.goTo(current)}>
          ${this.t('roster.thisWeek')}
        </button>
        <button type="button" ?disabled=${!valid} @click=${() => this.goTo(shiftWeek(week, 1))}>
          ${this.t('roster.next')} <span aria-hidden="true">›</span>
        </button>
      </div>
      <div class="pick">
        <label for="week">${this.t('roster.pickWeek')}</label>
        <input
          id="week"
          type="week"
          .value=${valid ? week : ''}
          aria-describedby="week-hint${this.weekInputError ? ' week-error' : ''}"
          aria-invalid=${this.weekInputError ? 'true' : 'false'}
          @change=${this.onWeekInput}
        />
        <span id="week-hint" class="hint">${this.t('roster.weekHint')}</span>
        ${this.weekInputError ? html`<span id="week-error" class="field-error">${this.weekInputError}</span>` : nothing}
      </div>
      <div class="filter">
        <label for="field">${this.t('roster.field')}</label>
        <select id="field" @change=${this.onFieldChange} @focus=${this.sortFields} @pointerdown=${this.sortFields}>
          <option value="" ?selected=${!this.field}>${this.t('roster.allFields')}</option>
          ${fields.map((f) => html`<option value=${f} ?selected=${f === this.field}>${f}</option>`)}
        </select>
      </div>
      <div class="actions">
        ${roster && weekState(roster) !== 'empty'
          ? html`<a
              class="button"
              href=${this.icsUrl ?? '#'}
              download=${icsFileName(roster.week)}
              @pointerenter=${this.prepareIcs}
              @focus=${this.prepareIcs}
              @click=${this.prepareIcs}
              >${this.t('roster.download')}</a
            >`
          : nothing}
        ${roster ? html`<button type="button" @click=${() => void this.print()}>${this.t('roster.print')}</button>` : nothing}
      </div>
    </div>`;
  }

  private renderTitle(): TemplateResult {
    const week = this.shownWeek;
    const valid = isValidWeek(week);
    const [year, number] = week.split('-W');
    const dates = valid ? weekDates(week) : [];
    const roster = this.roster;
    const title = valid ? this.t('roster.title', { number: Number(number), year: year ?? '' }) : week;
    // A div, not <header>: outside a section a header is the page's banner landmark, and a page may hold two rosters.
    return html`<div class="head">
      ${this.noHeading
        ? html`<p id="title" part="title" class="title">${title}</p>`
        : html`<div role="heading" aria-level=${clampLevel(this.headingLevel, 3)} id="title" part="title" class="title">${title}</div>`}
      ${valid
        ? html`<p class="range">
            ${this.t('roster.range', { from: this.fmt.date(dates[0]!), to: this.fmt.date(dates[6]!) })}${roster ? html` · ${roster.office}` : nothing}
          </p>`
        : nothing}
      ${roster
        ? html`<p class="meta">
            ${this.t('roster.hours', roster.hours)}${roster.updatedAt
              ? html` · ${this.t('roster.updated', { time: this.fmt.dateTime(roster.updatedAt) })}`
              : nothing}
          </p>`
        : nothing}
    </div>`;
  }

  private renderBody(): TemplateResult {
    if (!this.activeClient) return this.renderNoClient();
    const week = this.shownWeek;
    if (!isValidWeek(week)) return html`<p class="message warning" part="notice">${this.t('roster.badWeek', { text: week })}</p>`;
    const roster = this.roster ?? (this.load.pending ? this.load.value : undefined);
    if (this.load.status === TaskStatus.ERROR) return this.renderError(this.load.error, () => void this.reload());
    if (!roster) return this.renderLoading();
    const state = weekState(roster);
    if (state === 'empty') {
      const holidays = roster.days.filter((d) => d.holiday !== undefined);
      return html`<div class="message notice empty" part="notice">
        <p>${this.t('roster.empty')}</p>
        ${holidays.length
          ? html`<ul>
              ${holidays.map((d) => html`<li>${this.dayLabel(d.date)}: ${this.t('roster.holiday')} – ${d.holiday}</li>`)}
            </ul>`
          : nothing}
      </div>`;
    }
    const shown = filterWeek(roster, this.field || undefined);
    const changes = replacementCount(shown);
    const today = this.today;
    const clock = officeClock(this.now ?? new Date());
    const nowSession = sessionAt(roster.hours, clock.minutes);
    const notices = html`${state === 'partial' ? html`<p class="message warning" part="notice">${this.t('roster.partial')}</p>` : nothing}
    ${changes > 0 ? html`<p class="message notice changed" part="notice">${this.t('roster.changed', { count: changes })}</p>` : nothing}`;
    if (weekDesks(shown).length === 0) {
      return html`${notices}<p class="message notice" part="notice">${this.t('roster.noDesk', { field: this.field ?? '' })}</p>`;
    }
    // Only the automatic layout drops an empty weekend: a host that chose grid or list gets all seven days.
    const days = this.layout === 'auto' && emptyWeekend(shown) ? 5 : 7;
    const fits = this.widthEm >= (days === 5 ? GRID_EM.workdays : GRID_EM.week);
    const list = !this.printing && (this.layout === 'list' || (this.layout === 'auto' && !fits));
    return html`${notices}${list ? this.renderList(roster, shown, today, nowSession, days) : this.renderGrid(roster, shown, today, nowSession, days)}`;
  }

  protected override render() {
    return html`<div class=${classMap({ roster: true, printing: this.printing })}>
      ${this.renderTitle()} ${this.activeClient ? this.renderToolbar(this.roster) : nothing} ${this.renderBody()}
    </div>`;
  }
}
