// The public size, spacing and colour variables every widget follows (docs/theming.md).
import { expect, html } from '@open-wc/testing';
import { fixture } from '../fixture.js';
import '../../../src/elements/dossier-tracker/dossier-tracker.js';
import type { MotcuaDossierTracker } from '../../../src/elements/dossier-tracker/dossier-tracker.component.js';

async function tracker(style: string): Promise<MotcuaDossierTracker> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px; ${style}"><motcua-dossier-tracker api-base=${window.__MOTCUA_API__}></motcua-dossier-tracker></div>`);
  const el = wrap.querySelector('motcua-dossier-tracker')!;
  await el.updateComplete;
  return el;
}

describe('theming variables', () => {
  it('--motcua-font-size scales the widget and every size in it; the root font size does not', async () => {
    const plain = await tracker('');
    const small = await tracker('--motcua-font-size: 13px');
    const submit = (el: MotcuaDossierTracker) => el.shadowRoot!.querySelector('button[type="submit"], form button')!.getBoundingClientRect();
    expect(getComputedStyle(plain).fontSize).to.equal('16px');
    expect(plain.getBoundingClientRect().width).to.equal(48 * 16); // max-width: 48em
    expect(getComputedStyle(small).fontSize).to.equal('13px');
    expect(small.getBoundingClientRect().width).to.equal(48 * 13);
    expect(submit(small).height).to.be.closeTo((submit(plain).height * 13) / 16, 1);
    document.documentElement.style.fontSize = '10px';
    try {
      expect(plain.getBoundingClientRect().width).to.equal(48 * 16);
    } finally {
      document.documentElement.style.removeProperty('font-size');
    }
  });

  it('--motcua-spacing sets the room above and below; one line by default', async () => {
    const plain = await tracker('');
    expect(getComputedStyle(plain).marginTop).to.equal('24px');
    expect(getComputedStyle(plain).marginBottom).to.equal('24px');
    const tight = await tracker('--motcua-spacing: 4px');
    expect(getComputedStyle(tight).marginTop).to.equal('4px');
  });

  it('a transparent surface keeps white text on the primary button', async () => {
    const el = await tracker('--motcua-color-surface: transparent; background: rgb(200, 200, 200)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const button = el.shadowRoot!.querySelector('button[type="submit"], form button')!;
    expect(getComputedStyle(button).color).to.equal('rgb(255, 255, 255)');
    const dark = await tracker('--motcua-color-surface: transparent; --motcua-color-on-primary: rgb(1, 2, 3)');
    expect(getComputedStyle(dark.shadowRoot!.querySelector('button[type="submit"], form button')!).color).to.equal('rgb(1, 2, 3)');
  });
});
