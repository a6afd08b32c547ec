import { expect, html } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import { createClient } from '../../../src/api/client.js';
import '../../../src/elements/provider/provider.js';
import type { MotcuaProvider } from '../../../src/elements/provider/provider.component.js';
import type { TestWidget } from '../test-widget.js';
import '../test-widget.js';

declare global {
  interface Window {
    __MOTCUA_API__: string;
  }
}

describe('<motcua-provider>', () => {
  it('gives its client to elements inside it, also inside nested shadow roots', async () => {
    const provider = await fixture<MotcuaProvider>(html`<motcua-provider api-base="/api/v1">
      <div><test-widget></test-widget></div>
      <div class="shadow-host"></div>
    </motcua-provider>`);
    const direct = provider.querySelector('test-widget')!;
    const root = provider.querySelector('.shadow-host')!.attachShadow({ mode: 'open' });
    const nested = document.createElement('test-widget');
    root.append(nested);
    await nested.updateComplete;
    expect(direct.resolvedClient).to.be.an('object');
    expect(direct.resolvedClient).to.equal(nested.resolvedClient);
  });

  it('passes an explicit client property on, and replaces it in descendants when it changes', async () => {
    const first = createClient({ baseUrl: window.__MOTCUA_API__ });
    const second = createClient({ baseUrl: window.__MOTCUA_API__ });
    const provider = await fixture<MotcuaProvider>(html`<motcua-provider .client=${first}><test-widget></test-widget></motcua-provider>`);
    const el = provider.querySelector('test-widget')!;
    await el.updateComplete;
    expect(el.resolvedClient).to.equal(first);
    provider.client = second;
    await provider.updateComplete;
    await el.updateComplete;
    expect(el.resolvedClient).to.equal(second);
  });

  it('provides a client that really reaches the API', async () => {
    const provider = await fixture<MotcuaProvider>(html`<motcua-provider api-base="/api/v1"><test-widget></test-widget></motcua-provider>`);
    const el = provider.querySelector('test-widget')!;
    await el.updateComplete;
    const fields = await el.resolvedClient!.procedures.fields();
    expect(fields.length).to.be.greaterThan(0);
    expect(fields[0]).to.have.property('name');
  });

  it('shares its lang with the elements inside and follows changes', async () => {
    const provider = await fixture<MotcuaProvider>(html`<motcua-provider lang="en"><test-widget></test-widget></motcua-provider>`);
    const el = provider.querySelector('test-widget')!;
    await el.updateComplete;
    expect(provider.locale).to.equal('en');
    expect(el.locale).to.equal('en');
    provider.lang = 'vi';
    await provider.updateComplete;
    await el.updateComplete;
    expect(provider.locale).to.equal('vi');
    expect(el.locale).to.equal('vi');
  });

  it('renders only a slot and takes no box of its own', async () => {
    const provider = await fixture<MotcuaProvider>(html`<motcua-provider><p>x</p></motcua-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.shadowRoot!.querySelectorAll('*')).to.have.length(1);
    expect(provider.shadowRoot!.querySelector('slot')).to.not.equal(null);
  });

  it('theme="dark" turns the elements inside dark', async () => {
    const provider = await fixture<MotcuaProvider>(html`<motcua-provider theme="dark"><test-widget></test-widget></motcua-provider>`);
    const el = provider.querySelector('test-widget')!;
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    const bg = getComputedStyle(el).backgroundColor;
    expect(bg).to.equal('rgb(22, 25, 30)');
  });

  it('passes axe with content inside', async () => {
    const provider = await fixture<MotcuaProvider>(html`<motcua-provider api-base="/api/v1" lang="vi">
      <main>
        <h1>Cổng dịch vụ công</h1>
        <test-widget></test-widget>
      </main>
    </motcua-provider>`);
    await provider.querySelector('test-widget')!.updateComplete;
    await expect(provider).to.be.accessible();
  });

  it('passes axe in the dark theme too', async () => {
    const provider = await fixture<MotcuaProvider>(html`<motcua-provider theme="dark"><test-widget></test-widget></motcua-provider>`);
    await provider.querySelector('test-widget')!.updateComplete;
    await expect(provider).to.be.accessible();
  });
});

describe('standalone elements', () => {
  it('create their own client from api-base, shared by elements with the same base', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <test-widget api-base="/api/v1"></test-widget>
      <test-widget api-base="${window.__MOTCUA_API__}"></test-widget>
      <test-widget></test-widget>
    </div>`);
    const [a, b, none] = [...wrapper.querySelectorAll('test-widget')] as TestWidget[];
    await Promise.all([a!.updateComplete, b!.updateComplete, none!.updateComplete]);
    expect(a!.resolvedClient).to.be.an('object');
    expect(a!.resolvedClient).to.equal(b!.resolvedClient);
    expect(none!.resolvedClient).to.equal(undefined);
    const page = await a!.resolvedClient!.procedures.search({ q: 'khai sinh', pageSize: 5 });
    expect(page.items.length).to.be.greaterThan(0);
  });

  it('an own api-base that differs from the provider wins; an equal one reuses the provider client', async () => {
    const provider = await fixture<MotcuaProvider>(html`<motcua-provider api-base="/api/v1">
      <test-widget class="same" api-base="/api/v1"></test-widget>
      <test-widget class="other" api-base="/other/api"></test-widget>
      <test-widget class="inherit"></test-widget>
    </motcua-provider>`);
    const get = (c: string) => provider.querySelector<TestWidget>(`test-widget.${c}`)!;
    await Promise.all(['same', 'other', 'inherit'].map((c) => get(c).updateComplete));
    expect(get('same').resolvedClient).to.equal(get('inherit').resolvedClient);
    expect(get('other').resolvedClient).to.be.an('object');
    expect(get('other').resolvedClient).not.to.equal(get('inherit').resolvedClient);
  });

  it('an explicit client property wins over everything', async () => {
    const own = createClient({ baseUrl: window.__MOTCUA_API__ });
    const provider = await fixture<MotcuaProvider>(html`<motcua-provider api-base="/api/v1">
      <test-widget .client=${own} api-base="/x"></test-widget>
    </motcua-provider>`);
    const el = provider.querySelector('test-widget')!;
    await el.updateComplete;
    expect(el.resolvedClient).to.equal(own);
  });
});
