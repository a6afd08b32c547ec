import { provide } from '@lit/context';
import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { normalizeLocale } from '../../i18n/i18n.js';
import { absoluteApiBase } from '../shared/api-base.js';
import { ensureContextRoot } from '../shared/context-root.js';
import { apiBaseContext, clientContext, localeContext, type MotcuaClient } from '../shared/context.js';
import { LocaleController } from '../shared/locale-controller.js';
import styles from './provider.styles.js';

/**
 * Shares one SDK client, the API base and the locale with every motcua element inside it,
 * so a page configures the API once. Renders nothing of its own (`display: contents`).
 *
 * @summary Shares the API client, base URL and locale with the motcua elements inside it.
 *
 * @slot - Any content; motcua elements anywhere inside (also in nested shadow roots) use this provider.
 *
 * @attr api-base - API root such as `/api/v1`; the elements inside share one client of it (each adding the resources it calls) unless `client` is set.
 * @attr lang - Locale for the elements inside (`vi`, `en`, …); without it, the nearest ancestor's `lang`.
 * @attr theme - `light` or `dark`: sets the colour scheme of everything inside.
 *
 * @cssprop --motcua-color-primary - Brand colour of buttons, links and focus rings (inherited by the elements inside).
 * @cssprop --motcua-color-text - Text colour.
 * @cssprop --motcua-color-surface - Background colour; `transparent` lets the host's show through.
 * @cssprop --motcua-font-family - Font stack.
 * @cssprop --motcua-font-size - Base text size that every size follows (default `medium`, the reader's; never the host's root size).
 * @cssprop --motcua-spacing - Space kept above and below the widget (default 1.5em, one line).
 * @cssprop --motcua-color-on-primary - Text on primary buttons and markers (default white / dark surface).
 * @cssprop --motcua-radius - Corner radius.
 * @cssprop --motcua-density - Spacing factor: 1 comfortable, 0.75 compact.
 */
export class MotcuaProvider extends LitElement {
  static override styles = styles;

  /** API root; relative values are resolved against the page. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** An SDK client for the elements inside; takes precedence over `api-base`. */
  @property({ attribute: false }) client?: MotcuaClient;

  /** `light` or `dark`; unset follows the host page. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @provide({ context: clientContext })
  @state()
  protected providedClient?: MotcuaClient;

  @provide({ context: apiBaseContext })
  @state()
  protected providedApiBase?: string;

  /** The locale given to the elements inside. */
  @provide({ context: localeContext })
  @state()
  locale = 'vi';

  private readonly localeController = new LocaleController(this, (lang) => {
    this.locale = normalizeLocale(lang);
  });

  override connectedCallback(): void {
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('apiBase') || changed.has('client')) {
      const base = this.apiBase?.trim();
      this.providedApiBase = base ? absoluteApiBase(base) : undefined;
      // Only an explicit client is passed down as is. For an api-base the elements inside each
      // add the resources they call to the one shared client of that base (client-cache.ts), so
      // the provider does not load every resource's schemas onto a page that shows one widget.
      this.providedClient = this.client;
    }
  }

  /** Re-reads `lang` from the DOM (normally automatic). */
  refreshLocale(): void {
    this.localeController.refresh();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
