import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Stats, StatsGroupBy, StatsQuery } from '../../model/stats.js';
import type { MotcuaClient } from '../shared/context.js';
import { TaskStatus } from '../shared/task.js';
import { connectOnCall } from '../shared/lazy-client.js';
import { clampLevel, heading } from '../shared/heading.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { viStats } from '../../i18n/vi/stats.js';
import { renderFieldChart, renderPeriodChart, SERIES, type ChartHost } from './charts.js';
import { renderSatisfaction } from './satisfaction.js';
import './events.js';
import styles from './stats.styles.js';
import { onTimeRate, parsePeriod } from './stats-math.js';
import { renderTables } from './tables.js';

const GROUPS: StatsGroupBy[] = ['month', 'quarter', 'year'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Public results of the one-stop office (công khai kết quả giải quyết): dossiers received,
 * resolved early, on time and late, still in progress or overdue, by period and by field, and
 * citizens' satisfaction, as SVG charts with a table alternative.
 *
 * @summary Dossier statistics by period and field, with accessible charts and tables.
 *
 * @fires motcua-period-change - The reader chose another grouping or date range; `detail` is `{ from, to, groupBy }`.
 * @fires motcua-error - Loading failed; `detail.error` is the SDK error, `detail.message` what was shown.
 *
 * @csspart controls - The period form.
 * @csspart totals - The list of totals.
 * @csspart chart - Each chart.
 * @csspart tables - The details element holding the tables.
 * @csspart error - The error box.
 * @csspart loading - The loading text.
 * @csspart live-region - The polite live region (visually hidden).
 *
 * @cssprop --motcua-color-primary - On-time bars, buttons, focus ring.
 * @cssprop --motcua-color-text - Text colour.
 * @cssprop --motcua-color-surface - Background colour; `transparent` lets the host's show through.
 * @cssprop --motcua-font-family - Font stack.
 * @cssprop --motcua-font-size - Base text size that every size follows (default `medium`, the reader's; never the host's root size).
 * @cssprop --motcua-spacing - Space kept above and below the widget (default 1.5em, one line).
 * @cssprop --motcua-color-on-primary - Text on primary buttons and markers (default white / dark surface).
 * @cssprop --motcua-radius - Corner radius.
 * @cssprop --motcua-density - Spacing factor.
 */
export class MotcuaStats extends MotcuaElement implements ChartHost {
  static override catalogues = [viStats];
  static override connect = connectOnCall('stats');

  static override styles = [...MotcuaElement.styles, styles];

  /** First day, `YYYY-MM-DD`; default (unset) the first day of the current year. */
  @property({ reflect: true }) from?: string;

  /** Last day, `YYYY-MM-DD`; default (unset) today. */
  @property({ reflect: true }) to?: string;

  /** Periods of the time chart: `month` (default), `quarter` or `year`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: StatsGroupBy = 'month';

  /** Only this field (lĩnh vực) code, e.g. `ho-tich`; unset for all. */
  @property() field?: string;

  /**
   * Level of the widget's own heading (1–6, default 2); the charts' headings go one and two
   * deeper. A page that puts the statistics under its own h2 says `heading-level="3"`.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Leaves out the widget's own heading (the page already has one above it); `no-title` is the older name. */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  /** The older name of `no-heading`, still honoured. */
  @property({ type: Boolean, attribute: 'no-title' }) noTitle = false;

  /** The heading level in force (the chart modules build their headings from it). */
  get topLevel(): number {
    return clampLevel(this.headingLevel, 2);
  }

  @state() protected draftFrom = '';
  @state() protected draftTo = '';
  @state() protected rangeError = false;

  protected readonly stats = this.task(([client, query]: readonly [MotcuaClient, StatsQuery], { signal }): Promise<Stats> =>
    client.stats.get(query, { signal }),
  );
  private focusAfterUpdate?: string;
  /** @internal Set when the tables' details first opens (tables.ts draws them from then on). */
  @state() tablesShown = false;

  /** @internal */
  readonly onTablesToggle = (event: Event): void => {
    if ((event.target as HTMLDetailsElement).open) this.tablesShown = true;
  };

  /** The figures on display, if loaded. */
  get data(): Stats | undefined {
    return this.stats.value;
  }

  /** True while figures are being fetched. */
  get loading(): boolean {
    return this.stats.pending;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('from')) this.draftFrom = this.from ?? '';
    if (changed.has('to')) this.draftTo = this.to ?? '';
    if (
      changed.has('activeClient') ||
      changed.has('from') ||
      changed.has('to') ||
      changed.has('groupBy') ||
      changed.has('field')
    ) {
      void this.load();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
  }

  /** Loads the figures for the current properties (called automatically when they change). */
  async load(): Promise<void> {
    const client = this.activeClient;
    if (!client) return;
    const query: StatsQuery = { groupBy: GROUPS.includes(this.groupBy) ? this.groupBy : 'month' };
    if (this.from && ISO_DATE.test(this.from)) query.from = this.from;
    if (this.to && ISO_DATE.test(this.to)) query.to = this.to;
    if (this.field) query.field = this.field;
    const stats = await this.stats.run([client, query]);
    if (stats) this.announce(this.t('stats.loaded', { range: this.rangeText(stats) }));
  }

  /** `T9/2025`, `Quý 3/2025`, `Năm 2025` (or the English forms). */
  periodLabel(period: string): string {
    const p = parsePeriod(period);
    if (!p) return period;
    // Strings, so the year is not formatted as a number (2.025).
    const year = String(p.year);
    if (p.kind === 'month') return this.t('stats.period.month', { month: String(p.month), year });
    if (p.kind === 'quarter') return this.t('stats.period.quarter', { quarter: String(p.quarter), year });
    return this.t('stats.period.year', { year });
  }

  rangeText(stats: Stats): string {
    return this.t('stats.range', { from: this.fmt.date(stats.from), to: this.fmt.date(stats.to) });
  }

  rate(ratio: number | undefined): string {
    return ratio === undefined ? '—' : this.fmt.percent(ratio);
  }

  private changeGroup(groupBy: StatsGroupBy): void {
    if (groupBy === this.groupBy) return;
    this.groupBy = groupBy;
    this.emit('motcua-period-change', { from: this.from, to: this.to, groupBy });
  }

  private applyRange(e: Event): void {
    e.preventDefault();
    const from = this.draftFrom || undefined;
    const to = this.draftTo || undefined;
    this.rangeError = from !== undefined && to !== undefined && from > to;
    if (this.rangeError) {
      this.focusAfterUpdate = '#from';
      this.announce(this.t('stats.rangeInvalid'));
      return;
    }
    if (from === this.from && to === this.to) {
      void this.load();
      return;
    }
    this.from = from;
    this.to = to;
    this.emit('motcua-period-change', { from, to, groupBy: this.groupBy });
  }

  protected override render(): TemplateResult {
    if (!this.activeClient) return this.renderNoClient();
    const stats = this.stats.value;
    const untitled = this.noHeading || this.noTitle;
    return html`<section class="stats" aria-labelledby=${untitled ? nothing : 'title'}>
      ${untitled ? nothing : heading(this.topLevel, 2, this.t('stats.title'), { id: 'title' })}
      ${this.renderControls()}
      ${this.stats.status === TaskStatus.ERROR
        ? this.renderError(this.stats.error, () => void this.load())
        : stats
          ? this.renderFigures(stats)
          : this.renderLoading()}
    </section>`;
  }

  private renderControls(): TemplateResult {
    const dateField = (id: 'from' | 'to', label: MessageKey, value: string, set: (v: string) => void) => html`<div class="field">
      <label for=${id}>${this.t(label)}</label>
      <input
        type="date"
        id=${id}
        .value=${value}
        aria-invalid=${this.rangeError ? 'true' : 'false'}
        aria-describedby=${this.rangeError ? 'range-error' : nothing}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
    </div>`;
    return html`<form class="controls" part="controls" novalidate @submit=${(e: Event) => this.applyRange(e)}>
      <fieldset class="groups">
        <legend>${this.t('stats.groupBy')}</legend>
        ${GROUPS.map(
          (g) => html`<label class="segment">
            <input type="radio" name="groupBy" value=${g} .checked=${this.groupBy === g} @change=${() => this.changeGroup(g)} />
            <span>${this.t(`stats.groupBy.${g}` as MessageKey)}</span>
          </label>`,
        )}
      </fieldset>
      <fieldset class="range">
        <legend>${this.t('stats.controls')}</legend>
        ${dateField('from', 'stats.from', this.draftFrom, (v) => (this.draftFrom = v))}
        ${dateField('to', 'stats.to', this.draftTo, (v) => (this.draftTo = v))}
        <button type="submit">${this.t('stats.apply')}</button>
        ${this.rangeError ? html`<p class="field-error" id="range-error">${this.t('stats.rangeInvalid')}</p>` : nothing}
      </fieldset>
    </form>`;
  }

  private renderFigures(stats: Stats): TemplateResult {
    const c = stats.totals;
    const total = (key: MessageKey, value: string, cls = '') => html`<div class="total ${cls}">
      <dt>${this.t(key)}</dt>
      <dd>${value}</dd>
    </div>`;
    const n = (v: number) => this.fmt.number(v);
    return html`<div class="figures" aria-busy=${this.stats.pending ? 'true' : 'false'}>
      <p class="range-text">${this.rangeText(stats)}</p>
      ${c.received === 0
        ? html`<p class="message">${this.t('stats.empty')}</p>`
        : html`<dl class="totals" part="totals">
              ${total('stats.received', n(c.received))} ${total('stats.resolved', n(c.resolved))}
              ${SERIES.map((s) => total(s.label, n(c[s.key]), `total-${s.key}`))}
              <div class="total rate">
                <dt>${this.t('stats.onTimeRate')}</dt>
                <dd>${this.rate(onTimeRate(c))}</dd>
                <dd class="hint">${this.t('stats.onTimeRateHint')}</dd>
              </div>
            </dl>
            ${renderPeriodChart(this, stats)} ${renderFieldChart(this, stats)}`}
      ${renderSatisfaction(this, stats)} ${c.received === 0 && stats.satisfaction.responses === 0 ? nothing : renderTables(this, stats)}
    </div>`;
  }
}
