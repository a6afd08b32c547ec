import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Procedure } from '../../model/procedure.js';
import type { FacetName, FacetValue } from '../../search/types.js';
import { DebounceController } from '../shared/debounce-controller.js';
import type { MotcuaClient } from '../shared/context.js';
import { TaskStatus } from '../shared/task.js';
import { connectOnCall } from '../shared/lazy-client.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { viSearch } from '../../i18n/vi/search.js';
import type { MotcuaProcedureDetail } from '../procedure-detail/procedure-detail.component.js';
import { highlightSegments } from './highlight.js';
import styles from './procedure-search.styles.js';
import { WORKER_THRESHOLD } from './catalogue.js';
import { acceptsFacetValue, FACET_NAMES, FACETS } from '../../domain/facets.js';
import {
  searchServer,
  sharedCatalogue,
  type Filters,
  type LocalCatalogue,
  type ResultItem,
  type ResultSet,
  type ServerSearch,
} from './results.js';
import { readSearchState, writeSearchState } from './url-state.js';

const FIELD_CHIPS = 6;
const ANNOUNCE_DELAY = 600;
const URL_DELAY = 500;
const NARROW = '(max-width: 600px)';
/** The widget's own width (px) below which the filter chips start folded, whatever the screen. */
const NARROW_WIDTH = 600;

/**
 * A procedure finder for citizens: results as they type (with or without diacritics, everyday
 * words like "sổ đỏ", abbreviations like "cccd", procedure codes), following the WAI-ARIA
 * combobox pattern with a list of options. `mode="local"` loads the catalogue once, when someone
 * is about to search (focus, pointer or text in the box), and searches on the device (keeps
 * working offline), from the API or from a catalogue file (`catalogue-url`);
 * `mode="server"` asks `GET /procedures` as the user types. Choosing a procedure opens
 * `<motcua-procedure-detail>` unless the event is cancelled.
 *
 * @summary Procedure search box with results as you type, facets and highlighting.
 *
 * @fires motcua-select - A procedure was chosen: `detail.code`, `detail.procedure` (summary). Cancelable: `preventDefault()` stops the detail from opening.
 * @fires motcua-error - Loading the catalogue or a search failed.
 *
 * @csspart base - The search area (becomes full-screen on narrow screens while in use).
 * @csspart label - The label above the box.
 * @csspart input - The text box.
 * @csspart listbox - The list of results.
 * @csspart option - One result.
 * @csspart mark - A highlighted match inside a result's name.
 * @csspart facets - The filter chips.
 * @csspart chip - One filter chip.
 * @csspart count - The result count line.
 * @csspart more - The "show more" button.
 * @csspart no-results - The help shown when nothing matches.
 * @csspart detail - The `<motcua-procedure-detail>` rendered below the search.
 * @csspart loading - Loading line.
 * @csspart error - Error box.
 * @csspart live-region - The polite live region announcing result counts.
 *
 * @cssprop --motcua-color-primary - Active option, chips, focus.
 * @cssprop --motcua-color-text - Text colour.
 * @cssprop --motcua-color-surface - Background.
 * @cssprop --motcua-font-family - Font stack.
 * @cssprop --motcua-font-size - Base text size that every size follows (default `medium`, the reader's; never the host's root size).
 * @cssprop --motcua-spacing - Space kept above and below the widget (default 1.5em, one line).
 * @cssprop --motcua-color-on-primary - Text on primary buttons and markers (default white / dark surface).
 * @cssprop --motcua-radius - Corner radius.
 * @cssprop --motcua-density - Spacing factor.
 */
export class MotcuaProcedureSearch extends MotcuaElement {
  static override catalogues = [viSearch];
  static override connect = connectOnCall('procedures');

  static override styles = [...MotcuaElement.styles, styles];

  /**
   * Loads `<motcua-procedure-detail>`; set where the search's tag is registered. Called when a
   * procedure is first chosen, so a page that only searches never downloads the detail. The
   * detail rendered before its code arrives keeps the properties set on it (Lit applies them when
   * the element upgrades).
   */
  static loadDetail?: () => Promise<unknown>;

  /** `local`: load the catalogue once and search on the device; `server`: query the API as the user types. */
  @property({ reflect: true }) mode: 'local' | 'server' = 'local';

  /**
   * In `mode="local"`: the URL of a catalogue file to search instead of the API's catalogue — what
   * `motcua import-national … --out catalogue.json` writes (a JSON array of procedures, or
   * `{ "procedures": [...] }`; see docs/import.md). Loaded once per URL and shared by every search
   * box; needs no API client, and a chosen procedure is shown in full from the file.
   */
  @property({ attribute: 'catalogue-url' }) catalogueUrl?: string;

  /** The search text. */
  @property() value = '';

  /** Label above the box (default "Tìm thủ tục hành chính"). */
  @property() label?: string;

  /** Placeholder in the box. */
  @property() placeholder?: string;

  /** Results shown at first and added by each "show more" (max 100). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /** Delay before a server-mode request, in milliseconds. */
  @property({ type: Number }) debounce = 200;

  /** Keeps the query and filters in the page URL (`?q=&linh_vuc=&cap=&kenh=&muc_do=`), written with replaceState. */
  @property({ attribute: 'url-state', type: Boolean }) urlState = false;

  /** Id of a `<motcua-procedure-detail>` on the page to show the chosen procedure in; else one is rendered below. */
  @property({ attribute: 'detail-target' }) detailTarget?: string;

  /** Procedure names suggested when nothing matches (default: a list of the most asked-for ones). */
  @property({ attribute: false }) popular?: string[];

  /** Active filters by facet: `field` (field code), `level`, `channel`, `onlineLevel`. */
  @property({ attribute: false }) filters: Filters = {};

  /**
   * Local mode: catalogues with more procedures than this are searched in a Web Worker, so typing
   * never waits for the search (default 1000). Read when the catalogue loads.
   */
  @property({ attribute: 'worker-threshold', type: Number }) workerThreshold = WORKER_THRESHOLD;

  /** Whether the list of results is open (reflects `aria-expanded`). */
  @state() expanded = false;

  /** True while the search fills the screen (narrow screens, while in use). */
  @property({ type: Boolean, reflect: true }) fullscreen = false;

  @state() private activeIndex = -1;
  @state() private limit = 10;
  @state() private localResult?: ResultSet;
  @state() private selectedCode?: string;
  /** The chosen procedure in full, when the catalogue file holds it. */
  @state() private selectedProcedure?: Procedure;
  @state() private allFields = false;
  /** The filter chips are folded away on phones until asked for. */
  @state() private filtersOpen = !globalThis.matchMedia?.(NARROW).matches;

  /** Local mode: the catalogue from a file URL or from the API, shared by the widgets of the page. */
  private readonly catalogue = this.task(async ([source, threshold]: readonly [string | MotcuaClient, number]): Promise<LocalCatalogue> =>
    typeof source === 'string' ? (await import('./catalogue-file.js')).sharedCatalogueFile(source, threshold) : sharedCatalogue(source, threshold),
  );
  private readonly remote = this.task(([client, request]: readonly [MotcuaClient, ServerSearch], { signal }) => searchServer(client, request, signal));
  /** What the local catalogue was loaded from (a client or a file URL), so it loads once per source. */
  private catalogueSource?: unknown;
  /** Server mode: the request once typing pauses. */
  private readonly searchLater = new DebounceController(this);
  private readonly announceLater = new DebounceController(this);
  /** The page URL follows the search after a pause, and at once when the element leaves. */
  private readonly urlLater = new DebounceController(this, { flushOnDisconnect: true });
  private skipFullscreen = false;
  private urlRead = false;
  /** Local searches answered by the worker: only the latest one is shown. */
  private localSeq = 0;
  /** Local mode: someone is about to search, so the catalogue is worth loading (see loadCatalogueIfWanted). */
  private catalogueWanted = false;

  /** Local mode: where searches run, once the catalogue is loaded (`main` or `worker`). */
  get searchThread(): 'main' | 'worker' | undefined {
    return this.catalogue.value?.thread;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlState && !this.urlRead) this.readUrl();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Folded in a narrow column too (a 300 px sidebar on a desktop), not only on a phone's screen.
    const width = this.getBoundingClientRect().width;
    if (width > 0 && width < NARROW_WIDTH) this.filtersOpen = false;
  }

  private readUrl(): void {
    this.urlRead = true;
    const { q, filters } = readSearchState(globalThis.location?.search ?? '');
    this.value = q || this.value;
    this.filters = cleanFilters({ ...this.filters, ...filters });
    if (this.value || hasFilters(this.filters)) this.expanded = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('pageSize') && !changed.has('limit')) this.limit = this.size();
    // A value given by the host before the first render (attribute, URL) opens its results.
    if (!this.hasUpdated && this.active) this.expanded = true;
    // A text or filter set by the host after the first render is a search too.
    if ((changed.has('value') || changed.has('filters')) && this.active) this.wantCatalogue();
    if (changed.has('activeClient') || changed.has('mode') || changed.has('catalogueUrl')) {
      if (this.mode === 'local') this.loadCatalogueIfWanted();
      else if (this.mode === 'server' && this.activeClient) this.searchNow();
    }
  }

  /**
   * Local mode loads the catalogue and the search code at the first sign of a search: a text or
   * filter already set (attribute, URL), focus in the box, a pointer over it, typing. An empty box
   * shows nothing, so a page that only shows the box pays for neither (tens of kilobytes, and the
   * index build on a phone's main thread).
   */
  private loadCatalogueIfWanted(): void {
    if (this.active) this.catalogueWanted = true;
    if (this.mode === 'local' && this.catalogueWanted && (this.activeClient || this.fileUrl)) this.loadCatalogue();
  }

  private wantCatalogue = (): void => {
    if (this.catalogueWanted) return;
    this.catalogueWanted = true;
    this.loadCatalogueIfWanted();
  };

  private size(): number {
    const n = Math.round(Number(this.pageSize));
    return Number.isFinite(n) && n > 0 ? Math.min(n, 100) : 10;
  }

  /** The catalogue file's URL, when one is set (local mode reads it instead of the API). */
  private get fileUrl(): string | undefined {
    return this.catalogueUrl?.trim() || undefined;
  }

  private loadCatalogue(): void {
    const url = this.fileUrl;
    const client = this.activeClient;
    const source = url ?? client;
    if (!source || (this.catalogueSource === source && this.catalogue.status !== TaskStatus.ERROR)) return;
    this.catalogueSource = source;
    const threshold = Number.isFinite(Number(this.workerThreshold)) ? Number(this.workerThreshold) : WORKER_THRESHOLD;
    void this.catalogue.run([source, threshold]).then((loaded) => loaded && this.searchNow());
  }

  private retryCatalogue = (): void => {
    this.catalogueSource = undefined;
    this.loadCatalogue();
  };

  /** The text with filters is worth searching (an empty box without filters shows nothing). */
  private get active(): boolean {
    return this.value.trim() !== '' || hasFilters(this.filters);
  }

  /** Runs the search for the current text and filters: at once locally, after a pause on the server. */
  private search(): void {
    this.scheduleUrl();
    if (this.mode === 'server') {
      this.searchLater.cancel();
      if (!this.active) {
        this.remote.reset();
        return;
      }
      this.searchLater.call(() => this.searchNow(), Number(this.debounce) || 0);
      return;
    }
    this.searchNow();
  }

  /** Runs the search now; for a local search in the worker, `then` runs once its result is shown. */
  private searchNow(then?: () => void): void {
    this.searchLater.cancel();
    if (!this.active) {
      this.localSeq++;
      this.localResult = undefined;
      this.remote.reset();
      return;
    }
    if (this.mode === 'local') {
      const catalogue = this.catalogue.value;
      if (!catalogue) return; // runs again when the catalogue arrives
      const seq = ++this.localSeq;
      const result = catalogue.search(this.value, this.filters, this.limit);
      if (result instanceof Promise) void result.then((r) => seq === this.localSeq && this.showLocal(r, then));
      else this.showLocal(result, then);
      return;
    }
    const client = this.activeClient;
    if (!client) return;
    const request: ServerSearch = { q: this.value, filters: { ...this.filters }, page: 1, pageSize: this.limit };
    void this.remote.run([client, request]).then((result) => result && this.scheduleAnnounce(result));
  }

  private showLocal(result: ResultSet, then?: () => void): void {
    this.localResult = result;
    this.scheduleAnnounce(result);
    then?.();
  }

  private showMore(): void {
    const step = this.size();
    const before = this.result?.items.length ?? 0;
    // Keep the reader's place: the first new result becomes the active option, focus in the box.
    const keepPlace = () => {
      if ((this.result?.items.length ?? 0) <= before) return;
      this.activeIndex = before;
      this.input?.focus();
    };
    this.limit += step;
    if (this.mode === 'local') {
      this.searchNow(keepPlace);
      return;
    }
    const client = this.activeClient;
    const previous = this.remote.value;
    if (!client || !previous) return;
    // Whole pages of `step` results, appended to what is shown.
    const page = Math.floor(previous.items.length / step) + 1;
    const request: ServerSearch = { q: this.value, filters: { ...this.filters }, page, pageSize: step, after: previous };
    void this.remote.run([client, request]).then((result) => {
      if (!result) return;
      this.scheduleAnnounce(result);
      keepPlace();
    });
  }

  /** The result set on screen for the current mode. */
  private get result(): ResultSet | undefined {
    if (!this.active) return undefined;
    return this.mode === 'local' ? this.localResult : this.remote.value;
  }

  private scheduleAnnounce(result: ResultSet): void {
    this.announceLater.call(() => {
      if (!this.active) return;
      this.announce(result.total === 0 ? this.t('search.announceNone') : this.t('search.announce', { count: result.total }));
    }, ANNOUNCE_DELAY);
  }

  private scheduleUrl(): void {
    if (!this.urlState) return;
    this.urlLater.call(() => this.writeUrl(), URL_DELAY);
  }

  private writeUrl(): void {
    this.urlLater.cancel();
    const loc = globalThis.location;
    if (!loc || !globalThis.history) return;
    const search = writeSearchState(loc.search, { q: this.value, filters: this.filters });
    if (search === loc.search || (search === '' && loc.search === '?')) return;
    history.replaceState(history.state, '', `${loc.pathname}${search}${loc.hash}`);
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  // --- user input ---------------------------------------------------------------------------

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.activeIndex = -1;
    this.limit = this.size();
    this.expanded = this.active;
    this.wantCatalogue();
    this.search();
  }

  private onFocus(): void {
    this.wantCatalogue();
    if (this.skipFullscreen) {
      this.skipFullscreen = false;
      return;
    }
    if (globalThis.matchMedia?.(NARROW).matches) this.fullscreen = true;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return; // Vietnamese IMEs (Telex, VNI) compose with keys too
    const items = this.result?.items ?? [];
    const n = items.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (n === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!this.expanded) {
          this.expanded = true;
          this.activeIndex = down ? 0 : n - 1;
          return;
        }
        if (this.activeIndex < 0) this.activeIndex = down ? 0 : n - 1;
        else this.activeIndex = (this.activeIndex + (down ? 1 : n - 1)) % n;
        return;
      }
      case 'Home':
      case 'End':
        // Only while an option is active; otherwise the keys move the caret as usual.
        if (!this.expanded || this.activeIndex < 0 || n === 0) return;
        event.preventDefault();
        this.activeIndex = event.key === 'Home' ? 0 : n - 1;
        return;
      case 'Enter': {
        const item = this.expanded && this.activeIndex >= 0 ? items[this.activeIndex] : undefined;
        event.preventDefault();
        if (item) this.select(item);
        else if (this.mode === 'server') this.searchNow();
        return;
      }
      case 'Escape':
        if (this.expanded && (this.active || n > 0)) {
          event.preventDefault();
          this.expanded = false;
          this.activeIndex = -1;
        } else if (this.value) {
          event.preventDefault();
          this.clear();
        } else if (this.fullscreen) {
          event.preventDefault();
          this.closeFullscreen();
        }
        return;
      default:
        return;
    }
  }

  private clear(): void {
    this.value = '';
    this.activeIndex = -1;
    this.expanded = hasFilters(this.filters);
    this.limit = this.size();
    this.search();
    this.input?.focus();
  }

  private closeFullscreen(): void {
    this.fullscreen = false;
    this.skipFullscreen = true;
    this.input?.focus();
  }

  private setQuery(text: string): void {
    this.value = text;
    this.activeIndex = -1;
    this.limit = this.size();
    this.expanded = true;
    this.search();
    this.input?.focus();
  }

  private toggleFilter(name: FacetName, value: string): void {
    const next = { ...this.filters };
    if (next[name] === value) delete next[name];
    else next[name] = value;
    this.filters = next;
    this.activeIndex = -1;
    this.limit = this.size();
    this.expanded = this.active;
    this.search();
  }

  private clearFilters(): void {
    this.filters = {};
    this.activeIndex = -1;
    this.expanded = this.active;
    this.search();
    this.input?.focus();
  }

  /** Chooses a procedure: emits `motcua-select` and, unless cancelled, shows its detail. */
  select(item: ResultItem): void {
    const procedure = item.procedure;
    this.expanded = false;
    this.activeIndex = -1;
    if (this.fullscreen) this.fullscreen = false;
    const proceed = this.emit('motcua-select', { code: procedure.code, procedure }, { cancelable: true });
    if (!proceed) return;
    void (this.constructor as typeof MotcuaProcedureSearch).loadDetail?.();
    // A catalogue file holds each procedure in full: show it from there, no API needed.
    const full = this.mode === 'local' ? this.catalogue.value?.procedures?.get(procedure.code) : undefined;
    const target = this.findTarget();
    if (target) {
      target.focusOnLoad = true;
      target.procedure = full;
      target.code = procedure.code;
      return;
    }
    this.selectedProcedure = full;
    this.selectedCode = procedure.code;
    void this.updateComplete.then(() => {
      const own = this.renderRoot.querySelector('motcua-procedure-detail');
      if (own) own.focusOnLoad = true;
    });
  }

  private findTarget(): MotcuaProcedureDetail | undefined {
    const id = this.detailTarget?.trim();
    if (!id) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    const el = root.getElementById?.(id) ?? document.getElementById(id);
    return el && 'code' in el ? (el as MotcuaProcedureDetail) : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('activeIndex') && this.activeIndex >= 0) {
      this.renderRoot.querySelector(`#opt-${this.activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
    }
    if (changed.has('locale') && changed.get('locale') !== undefined && this.result) this.scheduleAnnounce(this.result);
  }

  // --- rendering ------------------------------------------------------------------------------

  protected override render() {
    const result = this.result;
    const items = result?.items ?? [];
    const listOpen = this.expanded && items.length > 0;
    const active = listOpen && this.activeIndex >= 0 && this.activeIndex < items.length ? `opt-${this.activeIndex}` : undefined;
    return html`<div class="root" part="base">
        <div class="bar">
          <label for="input" part="label">${this.label ?? this.t('search.label')}</label>
          <div class="input-row">
            <input
              id="input"
              part="input"
              type="text"
              role="combobox"
              inputmode="search"
              enterkeyhint="search"
              autocomplete="off"
              autocapitalize="off"
              spellcheck="false"
              aria-autocomplete="list"
              aria-expanded=${listOpen ? 'true' : 'false'}
              aria-controls="listbox"
              aria-activedescendant=${active ?? nothing}
              aria-describedby="hint"
              placeholder=${this.placeholder ?? this.t('search.placeholder')}
              .value=${this.value}
              @input=${this.onInput}
              @keydown=${this.onKeydown}
              @focus=${this.onFocus}
              @pointerenter=${this.wantCatalogue}
            />
            ${this.value
              ? html`<button type="button" class="quiet icon" aria-label=${this.t('search.clear')} @click=${this.clear}>
                  <span aria-hidden="true">✕</span>
                </button>`
              : nothing}
            ${this.fullscreen
              ? html`<button type="button" class="close" @click=${this.closeFullscreen}>${this.t('common.close')}</button>`
              : nothing}
          </div>
          <p id="hint" class="hint">${this.t('search.hint')}</p>
        </div>
        ${this.renderStatus()}
        <div class="panel" ?hidden=${!this.expanded || !this.active || !result}>
          ${result ? this.renderFacets(result) : nothing} ${result ? this.renderCount(result) : nothing}
          <ul id="listbox" role="listbox" part="listbox" aria-label=${this.t('search.results')} ?hidden=${!listOpen}>
            ${listOpen ? repeat(items, (i) => i.procedure.code, (item, i) => this.renderOption(item, i)) : nothing}
          </ul>
          ${result && listOpen && items.length < result.total
            ? html`<button type="button" class="more" part="more" @click=${this.showMore}>
                ${this.t('search.showMore', { count: Math.min(this.size(), result.total - items.length) })}
              </button>`
            : nothing}
          ${result && result.total === 0 ? this.renderNoResults() : nothing}
        </div>
      </div>
      ${this.selectedCode && !this.detailTarget
        ? html`<motcua-procedure-detail
            part="detail"
            .client=${this.activeClient}
            .procedure=${this.selectedProcedure}
            .code=${this.selectedCode}
          ></motcua-procedure-detail>`
        : nothing}`;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    if (!this.activeClient && !(this.mode === 'local' && this.fileUrl)) return this.renderNoClient();
    if (this.mode === 'local') {
      if (this.catalogue.status === TaskStatus.ERROR) return this.renderError(this.catalogue.error, this.retryCatalogue);
      if (this.catalogue.pending) {
        return html`<p class="loading" part="loading" aria-busy="true">${this.t('search.loadingCatalogue')}</p>`;
      }
      return nothing;
    }
    if (this.remote.status === TaskStatus.ERROR && this.active) return this.renderError(this.remote.error, () => this.searchNow());
    if (this.remote.pending) return html`<p class="loading" part="loading" aria-busy="true">${this.t('search.searching')}</p>`;
    return nothing;
  }

  private renderOption(item: ResultItem, i: number): TemplateResult {
    const p = item.procedure;
    const selected = i === this.activeIndex;
    const levels = this.fmt.list(p.levels.map((l) => this.t(`level.${l}` as MessageKey)));
    return html`<li
      id="opt-${i}"
      role="option"
      part="option"
      class="option"
      aria-selected=${selected ? 'true' : 'false'}
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => this.select(item)}
    >
      <span class="opt-name"
        >${highlightSegments(p.name, item.ranges).map((s) => (s.mark ? html`<mark part="mark">${s.text}</mark>` : s.text))}</span
      >
      <span class="opt-meta">
        <span>${p.field.name}</span>
        <span>${this.t('search.code', { code: p.code })}</span>
        ${levels ? html`<span>${levels}</span>` : nothing}
        ${p.processingTime ? html`<span>${this.t('search.time', { time: p.processingTime })}</span>` : nothing}
      </span>
    </li>`;
  }

  private renderCount(result: ResultSet): TemplateResult {
    const shown = Math.min(result.items.length, result.total);
    return html`<p class="count" part="count">
      ${result.total > 0 ? this.t('search.count', { count: result.total }) : nothing}
      ${result.total > shown && this.expanded ? html`<span class="muted"> · ${this.t('search.countShown', { shown, total: result.total })}</span>` : nothing}
    </p>`;
  }

  private facetLabel(name: FacetName, v: FacetValue): string {
    const prefix = FACETS[name].valuePrefix;
    if (!prefix) return v.label;
    const key = `${prefix}${v.value}` as MessageKey;
    const text = this.t(key);
    return text === key ? v.label : text;
  }

  private renderFacets(result: ResultSet): TemplateResult | typeof nothing {
    const groups = FACET_NAMES.map((name) => {
      let values = result.facets[name].filter((v) => v.count > 0 || this.filters[name] === v.value);
      if (name === 'field') {
        values = [...values].sort((a, b) => b.count - a.count);
        if (!this.allFields && values.length > FIELD_CHIPS + 1) {
          const chosen = values.find((v) => v.value === this.filters.field);
          const top = values.slice(0, FIELD_CHIPS);
          if (chosen && !top.includes(chosen)) top.push(chosen);
          return { name, values: top, more: true };
        }
      }
      return { name, values, more: false };
    }).filter((g) => g.values.length > 1 || (g.values.length === 1 && this.filters[g.name]));
    if (groups.length === 0 && !hasFilters(this.filters)) return nothing;
    const chosen = FACET_NAMES.filter((name) => this.filters[name]).length;
    return html`<details
      class="filters"
      ?open=${this.filtersOpen || chosen > 0}
      @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary>${this.t('search.filters')}${chosen ? ` (${chosen})` : ''}</summary>
      <div class="facets" part="facets" role="group" aria-label=${this.t('search.filters')}>
      ${groups.map(
        (g) => html`<div class="facet" role="group" aria-labelledby="facet-${g.name}">
          <span class="facet-label" id="facet-${g.name}">${this.t(FACETS[g.name].labelKey)}</span>
          <div class="chips">
            ${g.values.map((v) => {
              const on = this.filters[g.name] === v.value;
              return html`<button type="button" class="chip" part="chip" aria-pressed=${on ? 'true' : 'false'} @click=${() => this.toggleFilter(g.name, v.value)}>
                ${this.t('search.facetCount', { label: this.facetLabel(g.name, v), count: v.count })}
              </button>`;
            })}
            ${g.more
              ? html`<button type="button" class="chip quiet" aria-expanded="false" @click=${() => (this.allFields = true)}>${this.t('search.moreFields')}</button>`
              : nothing}
          </div>
        </div>`,
      )}
      ${hasFilters(this.filters)
        ? html`<button type="button" class="quiet clear-filters" @click=${this.clearFilters}>${this.t('search.clearFilters')}</button>`
        : nothing}
      </div>
    </details>`;
  }

  private renderNoResults(): TemplateResult {
    const query = this.value.trim();
    const filtered = hasFilters(this.filters);
    const popular = this.popular ?? this.t('search.popularList').split('|').filter(Boolean);
    return html`<div class="no-results" part="no-results">
      <p class="none">
        <strong>${filtered ? this.t('search.noResultsFiltered', { query }) : this.t('search.noResults', { query })}</strong>
      </p>
      <p>${this.t('search.tipsTitle')}</p>
      <ul>
        ${filtered
          ? html`<li>
              ${this.t('search.tipFilters')}
              <button type="button" class="quiet inline" @click=${this.clearFilters}>${this.t('search.clearFilters')}</button>
            </li>`
          : nothing}
        <li>${this.t('search.tipFewerWords')}</li>
        <li>${this.t('search.tipNoDiacritics')}</li>
        <li>${this.t('search.tipCode')}</li>
      </ul>
      ${popular.length
        ? html`<p id="popular">${this.t('search.popular')}</p>
            <ul class="popular" aria-labelledby="popular">
              ${popular.map((name) => html`<li><button type="button" class="chip" @click=${() => this.setQuery(name)}>${name}</button></li>`)}
            </ul>`
        : nothing}
    </div>`;
  }
}

function hasFilters(filters: Filters): boolean {
  return FACET_NAMES.some((name) => !!filters[name]);
}

function cleanFilters(filters: Filters): Filters {
  const out: Filters = {};
  for (const name of FACET_NAMES) {
    const value = filters[name];
    // Values the API would refuse (from a hand-edited URL) are dropped.
    if (value && acceptsFacetValue(name, value)) out[name] = value;
  }
  return out;
}
