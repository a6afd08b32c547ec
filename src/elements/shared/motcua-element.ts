/**
 * The base every motcua element extends: finds its SDK client (provider or own `api-base`),
 * follows the locale of the page around it, translates and formats, announces, and emits
 * typed events. Subclasses that override `willUpdate` must call `super.willUpdate(changed)` first;
 * after it, `changed.has('activeClient')` / `changed.has('locale')` tell them to refetch or relabel.
 */
import { consume } from '@lit/context';
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Formatters } from '../../i18n/format.js';
import { createFormatters } from '../../i18n/format.js';
import { getMessages, onMessagesChange, peekMessages, supportedLocale, translate, useCatalogues } from '../../i18n/i18n.js';
import type { MessageKey, MessageParams, Messages, PartialMessages } from '../../i18n/messages.js';
import { absoluteApiBase } from './api-base.js';
import { apiBaseContext, clientContext, localeContext, type MotcuaClient } from './context.js';
import { enclosingProvider, ensureContextRoot } from './context-root.js';
import { Task, type TaskConfig } from './task.js';
import { isReserved, releaseSpace, reserveSpace } from './reserve.js';
import { errorMessage } from './error-message.js';
import type { MotcuaEventMap, MotcuaEventName } from './events.js';
import { LiveRegion } from './live-region.js';
import { LocaleController } from './locale-controller.js';
import { forget, nearViewport, rehold } from './render-gate.js';
import { warmClient } from './lazy-client.js';
import { sharedStyles } from './styles.js';
import { tokens } from './tokens.js';

export class MotcuaElement extends LitElement {
  static override styles = [tokens, ...sharedStyles];

  /**
   * The groups of Vietnamese messages (src/i18n/vi/*.ts) this element shows besides the shared
   * core; added to the catalogue when the first instance is created, so an element bundled alone
   * carries only its own strings.
   * @internal
   */
  static catalogues: readonly PartialMessages[] = [];

  /**
   * Builds the client of an `api-base` when no provider or `client` property supplies one
   * (`connectOnCall(loaders)` from lazy-client.ts: the HTTP client and schemas load on the first
   * call). Only elements that call the API set it.
   * @internal
   */
  static connect?: (apiBase: string) => MotcuaClient;

  /** API root, e.g. `/api/v1`; used when no provider supplies a client for this base. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** An SDK client to use instead of any other (integrators with custom hooks or headers). */
  @property({ attribute: false }) client?: MotcuaClient;

  /** `light` or `dark`; unset follows the host's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected contextClient?: MotcuaClient;

  @consume({ context: apiBaseContext, subscribe: true })
  @state()
  protected contextApiBase?: string;

  @consume({ context: localeContext, subscribe: true })
  @state()
  protected contextLocale?: string;

  /** The client requests go through; undefined when neither a provider nor `api-base` gives one. */
  @state() protected activeClient?: MotcuaClient;

  /** The locale messages and formats are in (`vi`, `en`, or one the host registered). */
  @state() locale = 'vi';

  @state() protected messages: Messages = MotcuaElement.initialMessages(this);

  protected liveRegion?: LiveRegion;
  private readonly localeController = new LocaleController(this, () => this.resolveLocale());
  private unsubscribeMessages?: () => void;
  private localeRequest = 0;
  private awaitingProvider = false;
  private messagesLoading: Promise<void> | undefined;

  /** A reader reaching for the widget: its client's code starts loading before the first call. */
  private readonly warmClient = () => warmClient(this.activeClient);

  override connectedCallback(): void {
    this.addEventListener('focusin', this.warmClient);
    this.addEventListener('pointerenter', this.warmClient);
    // Before super: connecting sends the context requests, which a provider defined later must still hear.
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
    this.unsubscribeMessages = onMessagesChange(() => this.resolveLocale());
    // Until the first real content: the page below must not move when the data arrives.
    if (!this.hasUpdated) {
      reserveSpace(this);
      // Taken out while its first render was held, and now back: held again until near the viewport.
      rehold(this);
    }
  }

  /**
   * The first render waits until the element is near the viewport, or someone presses a key or a
   * pointer, or the page is printed (render-gate.ts), so widgets below the fold cost nothing while
   * the page loads; its reserved height keeps the space meanwhile. `updateComplete` resolves
   * after that render, as always. An element taken out of the page while held waits until it is
   * put back (render-gate.ts `forget`), then is held like a new one.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await nearViewport(this);
    super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (isReserved(this) && !this.renderRoot.querySelector('[part~="loading"]')) releaseSpace(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeMessages?.();
    // A removed element must not stay observed, nor be drawn (and fetch) at the next key press.
    if (!this.hasUpdated) forget(this);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The region sits after the template (renderBefore), so re-renders never replace it and it
    // is in the tree before anything is announced.
    this.liveRegion = new LiveRegion(root as ShadowRoot);
    this.renderOptions.renderBefore = this.liveRegion.element;
    return root;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('client') || changed.has('apiBase') || changed.has('contextClient') || changed.has('contextApiBase')) {
      const next = this.pickClient();
      if (next !== this.activeClient) this.activeClient = next;
    }
    if (changed.has('contextLocale') && this.localeController.lang === undefined) this.resolveLocale();
  }

  private connectTo(apiBase: string): MotcuaClient | undefined {
    return (this.constructor as typeof MotcuaElement).connect?.(apiBase);
  }

  /** Explicit `client`, then an own `api-base` that differs from the provider's, then the provider. */
  private pickClient(): MotcuaClient | undefined {
    if (this.client) return this.client;
    const own = this.apiBase?.trim();
    const provided = this.contextApiBase;
    if (own && (!provided || absoluteApiBase(own) !== provided || !this.contextClient)) return this.connectTo(own);
    if (this.contextClient) return this.contextClient;
    return provided ? this.connectTo(provided) : undefined;
  }

  private static initialMessages(element: MotcuaElement): Messages {
    useCatalogues((element.constructor as typeof MotcuaElement).catalogues);
    return peekMessages('vi') as Messages;
  }

  private resolveLocale(): void {
    const wanted = supportedLocale(this.localeController.lang ?? this.contextLocale);
    const request = ++this.localeRequest;
    const ready = peekMessages(wanted);
    if (ready) {
      this.locale = wanted;
      this.messages = ready;
      this.messagesLoading = undefined;
      return;
    }
    // Keep showing the current language until the new catalogue arrives, then switch both at once.
    const loading = getMessages(wanted).then(
      (messages) => {
        if (request !== this.localeRequest) return;
        this.locale = wanted;
        this.messages = messages;
      },
      (error: unknown) => console.warn(`motcua: could not load messages for ${wanted}`, error),
    ).finally(() => {
      if (this.messagesLoading === loading) this.messagesLoading = undefined;
    });
    this.messagesLoading = loading;
  }

  /** Also waits for a catalogue being loaded after a language change. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.messagesLoading) {
      await this.messagesLoading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The message `key` in the current locale, with `{name}` filled from `params` (plural by `params.count`). */
  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.messages, key, params, this.locale);
  }

  /** Date, number, currency, percent, plural and list formatters for the current locale. */
  get fmt(): Formatters {
    return createFormatters(this.locale);
  }

  /** Dispatches a bubbling, composed `motcua-*` event; returns false if a listener cancelled it. */
  protected emit<K extends MotcuaEventName>(name: K, detail: MotcuaEventMap[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }

  /** Says `message` politely to screen readers, from this element's own live region. */
  announce(message: string): void {
    this.liveRegion?.announce(message);
  }

  /** The text shown for a failed request (offline, timeout, 429 with its wait, …). */
  protected errorText(error: unknown): string {
    const { key, params } = errorMessage(error);
    return this.t(key, params);
  }

  /** Emits `motcua-error` for a failed request (call once per failure, not from render). */
  protected reportError(error: unknown): void {
    this.emit('motcua-error', { error, message: this.errorText(error) });
  }

  /**
   * An async task of this element (see shared/task.ts) whose failures are reported as
   * `motcua-error` by default; pass `onError` to handle them otherwise.
   */
  protected task<A extends readonly unknown[], R>(
    task: TaskConfig<A, R>['task'],
    onError: (error: unknown) => void = (error) => this.reportError(error),
  ): Task<A, R> {
    return new Task(this, { task, onError });
  }

  /** A standard error box with a retry button. */
  protected renderError(error: unknown, retry?: () => void): TemplateResult {
    const message = this.errorText(error);
    return html`<div class="message error" role="alert" part="error">
      <p>${message}</p>
      ${retry ? html`<button type="button" @click=${retry}>${this.t('common.retry')}</button>` : null}
    </div>`;
  }

  protected renderLoading(): TemplateResult {
    return html`<p class="loading" part="loading" aria-busy="true">${this.t('common.loading')}</p>`;
  }

  /**
   * What shows while there is no client: "not configured", unless a provider that will supply one
   * encloses the element (its code not arrived yet, or its client being made): then loading.
   */
  protected renderNoClient(): TemplateResult {
    if (this.providerPending()) return this.renderLoading();
    return html`<p class="message warning" part="error">${this.t('common.noApiBase')}</p>`;
  }

  private providerPending(): boolean {
    const provider = enclosingProvider(this);
    if (!provider) return false;
    const defined = provider.ownerDocument.defaultView?.customElements.get('motcua-provider');
    if (!defined || !(provider instanceof defined)) {
      // Re-render once its code arrives (the context itself comes through the shared ContextRoot).
      if (!this.awaitingProvider) {
        this.awaitingProvider = true;
        void customElements.whenDefined('motcua-provider').then(() => {
          this.awaitingProvider = false;
          this.requestUpdate();
        });
      }
      return true;
    }
    return provider.hasAttribute('api-base');
  }
}
