import { expect, html } from '@open-wc/testing';
import { fixture } from './fixture.js';
import { peekMessages, registerMessages } from '../../src/i18n/i18n.js';
import type { TestWidget } from './test-widget.js';
import './test-widget.js';

const text = (el: TestWidget, selector: string) => el.shadowRoot!.querySelector(selector)!.textContent!.trim();

describe('locale resolution', () => {
  it('defaults to Vietnamese from <html lang="vi">, and English is not loaded before it is needed', async () => {
    expect(document.documentElement.lang).to.equal('vi');
    expect(peekMessages('en')).to.equal(undefined);
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect(el.locale).to.equal('vi');
    expect(text(el, '.status')).to.equal('Đang xử lý');
    expect(peekMessages('en')).to.equal(undefined);
  });

  it('follows the nearest ancestor lang and switches vi → en when it changes, loading English lazily', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="vi"><section><test-widget></test-widget></section></div>`);
    const el = wrapper.querySelector('test-widget')!;
    await el.updateComplete;
    expect(text(el, 'button')).to.equal('Thử lại');

    wrapper.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    expect(text(el, 'button')).to.equal('Try again');
    expect(text(el, '.status')).to.equal('In progress');
    expect(peekMessages('en')?.['common.retry']).to.equal('Try again');

    wrapper.setAttribute('lang', 'vi');
    await el.updateComplete;
    expect(text(el, 'button')).to.equal('Thử lại');
  });

  it('notices a lang added on a closer ancestor later', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="vi"><section><test-widget></test-widget></section></div>`);
    const el = wrapper.querySelector('test-widget')!;
    wrapper.querySelector('section')!.setAttribute('lang', 'en-US');
    await el.updateComplete;
    expect(el.locale).to.equal('en-US');
    expect(text(el, 'button')).to.equal('Try again');
  });

  it('finds lang across shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    root.append(inner);
    const el = document.createElement('test-widget');
    inner.append(el);
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    expect(text(el, 'h2')).to.equal('One-stop services');
  });

  it('prefers its own lang over ancestors', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><test-widget lang="vi"></test-widget></div>`);
    const el = wrapper.querySelector('test-widget')!;
    await el.updateComplete;
    expect(el.locale).to.equal('vi');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(el.locale).to.equal('en');
  });

  it('falls back to Vietnamese for a language without a catalogue', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="fr"></test-widget>`);
    expect(el.locale).to.equal('vi');
    expect(text(el, 'button')).to.equal('Thử lại');
  });

  it('formats dates, numbers and VND for the locale', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect(el.fmt.date('2025-09-02')).to.equal('02/09/2025');
    expect(el.fmt.number(1234567.5)).to.equal('1.234.567,5');
    expect(el.fmt.currency(50000).replace(/\s/g, ' ')).to.equal('50.000 ₫');
    expect(el.fmt.dateTime('2025-09-22T01:15:00Z')).to.equal('08:15 22/09/2025');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(el.fmt.date('2025-09-02')).to.equal('02/09/2025');
    expect(el.fmt.number(1234567.5)).to.equal('1,234,567.5');
  });

  it('chooses plural forms with Intl.PluralRules and formats the count', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="en"></test-widget>`);
    expect(el.t('common.results', { count: 1 })).to.equal('1 result');
    expect(el.t('common.results', { count: 1200 })).to.equal('1,200 results');
    el.setAttribute('lang', 'vi');
    await el.updateComplete;
    expect(el.t('common.results', { count: 1200 })).to.equal('1.200 kết quả');
    expect(el.t('common.tooManyRequests', { seconds: 30 })).to.contain('30 giây');
  });
});

describe('registerMessages', () => {
  it('overrides a string and re-renders elements already on the page', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="vi"></test-widget>`);
    expect(text(el, 'h2')).to.equal('Dịch vụ Một cửa');
    registerMessages('vi', { 'provider.label': 'Một cửa điện tử tỉnh' });
    await el.updateComplete;
    expect(text(el, 'h2')).to.equal('Một cửa điện tử tỉnh');
    registerMessages('vi', { 'provider.label': 'Dịch vụ Một cửa' });
  });

  it('adds a minority language; its missing keys fall back to Vietnamese', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="hnj"></test-widget>`);
    expect(el.locale).to.equal('vi');
    registerMessages('hnj', { 'common.retry': 'Rov ua dua' });
    await el.updateComplete;
    expect(el.locale).to.equal('hnj');
    expect(text(el, 'button')).to.equal('Rov ua dua');
    expect(text(el, '.status')).to.equal('Đang xử lý');
  });
});
