// <motcua-provider> shares one client, the API base and the locale with everything inside it.
// These stories use a small inspector element (built on the same base as every widget) so the
// wiring is visible without any widget.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/provider/provider.js';
import { define } from '../src/elements/shared/define.js';
import { MotcuaElement } from '../src/elements/shared/motcua-element.js';

class StoryInspector extends MotcuaElement {
  static override styles = [
    ...MotcuaElement.styles,
    css`
      :host {
        padding: var(--_space-l);
        border: 1px solid var(--_divider);
        border-radius: var(--_radius);
        margin-block-end: 1rem;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25em 1em;
        margin: 0 0 1em;
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
      }
    `,
  ];

  override render() {
    const source = this.client ? 'client property' : this.activeClient === this.contextClient && this.contextClient ? 'provider' : this.activeClient ? 'own api-base' : 'none';
    return html`<dl>
        <dt>locale</dt>
        <dd>${this.locale}</dd>
        <dt>client</dt>
        <dd>${source}</dd>
        <dt>${this.t('status.4')}</dt>
        <dd>${this.fmt.date('2025-09-22')} · ${this.fmt.currency(150000)} · ${this.t('common.results', { count: 1234 })}</dd>
      </dl>
      ${this.activeClient
        ? html`<button type="button" class="primary">${this.t('common.search')}</button>
            <button type="button">${this.t('common.retry')}</button>`
        : this.renderNoClient()}`;
  }
}
define('motcua-story-inspector', StoryInspector);

interface Args {
  lang: string;
  theme: '' | 'light' | 'dark';
  apiBase: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Provider',
  component: 'motcua-provider',
  args: { lang: '', theme: '', apiBase: '/api/v1' },
  argTypes: {
    lang: { control: { type: 'select', labels: { '': 'toolbar (page)' } }, options: ['', 'vi', 'en'] },
    theme: { control: { type: 'select', labels: { '': 'host page' } }, options: ['', 'light', 'dark'] },
    apiBase: { control: 'text' },
  },
  render: ({ lang, theme, apiBase }) => html`<motcua-provider
    api-base=${apiBase}
    lang=${ifDefined(lang || undefined)}
    theme=${ifDefined(theme || undefined)}
  >
    <motcua-story-inspector></motcua-story-inspector>
    <motcua-story-inspector></motcua-story-inspector>
  </motcua-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Two elements share the provider's client; the locale comes from the toolbar's `lang`. */
export const UnderProvider: Story = {};

/** The provider's own `lang` wins over the page's. */
export const EnglishProvider: Story = { args: { lang: 'en' } };

/** `theme="dark"` on the provider turns every element inside dark. */
export const DarkProvider: Story = { args: { theme: 'dark' } };

/** A host brand through the public variables only; `light-dark()` gives the brand a shade for dark pages too. */
export const HostBrand: Story = {
  render: () => html`<div class="brand-demo">
    <style>
      .brand-demo {
        --motcua-color-primary: light-dark(#8a1538, #f4a3b8);
        --motcua-font-family: Georgia, serif;
        --motcua-radius: 0;
        --motcua-density: 0.75;
      }
    </style>
    <motcua-provider api-base="/api/v1"><motcua-story-inspector></motcua-story-inspector></motcua-provider>
  </div>`,
};

/** Without a provider, an element with `api-base` makes its own client; without either it says so. */
export const Standalone: Story = {
  render: () => html`<motcua-story-inspector api-base="/api/v1"></motcua-story-inspector>
    <motcua-story-inspector></motcua-story-inspector>`,
};
