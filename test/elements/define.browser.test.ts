import { expect } from '@open-wc/testing';
import { define } from '../../src/elements/shared/define.js';

class First extends HTMLElement {}
class Same extends HTMLElement {}
class Second extends HTMLElement {}

function captureWarnings(run: () => void): unknown[][] {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return calls;
}

describe('define()', () => {
  it('registers a free tag', () => {
    define('motcua-test-free', First);
    expect(customElements.get('motcua-test-free')).to.equal(First);
  });

  it('is a silent no-op when the same class is defined again', () => {
    define('motcua-test-same', Same);
    const warnings = captureWarnings(() => define('motcua-test-same', Same));
    expect(warnings).to.have.length(0);
    expect(customElements.get('motcua-test-same')).to.equal(Same);
  });

  it('warns instead of throwing when the class is already registered under another tag', () => {
    let warnings: unknown[][] = [];
    expect(() => {
      warnings = captureWarnings(() => define('motcua-test-alias', First));
    }).not.to.throw();
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('<motcua-test-alias>');
    expect(customElements.get('motcua-test-alias')).to.equal(undefined);
  });

  it('warns once, naming the tag, and never throws when another class holds the tag', () => {
    customElements.define('motcua-test-taken', class extends HTMLElement {});
    const warnings = captureWarnings(() => {
      expect(() => define('motcua-test-taken', Second)).not.to.throw();
      expect(() => define('motcua-test-taken', Second)).not.to.throw();
    });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('<motcua-test-taken>');
    expect(customElements.get('motcua-test-taken')).not.to.equal(Second);
  });

  it('importing the provider class does not register it; its define file does', async () => {
    const { MotcuaProvider } = await import('../../src/elements/provider/provider.component.js');
    expect(customElements.get('motcua-provider')).to.equal(undefined);
    await import('../../src/elements/provider/provider.js');
    expect(customElements.get('motcua-provider')).to.equal(MotcuaProvider);
  });
});
