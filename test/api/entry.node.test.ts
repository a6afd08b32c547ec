/**
 * The SDK entry must load in plain Node: no DOM global read at import time, no element registered.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';

const DOM_GLOBALS = ['window', 'document', 'HTMLElement', 'customElements', 'CSSStyleSheet', 'ShadowRoot'] as const;

it('src/index.ts imports in Node without touching DOM globals', async () => {
  assert.equal(globalThis.document, undefined, 'plain Node has no document');
  const touched: string[] = [];
  const defined: string[] = [];
  for (const name of DOM_GLOBALS) {
    assert.ok(!(name in globalThis), `${name} must not exist before the import`);
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        touched.push(name);
        // A registry stub, so a stray define() would be recorded rather than crash.
        return name === 'customElements' ? { define: (tag: string) => defined.push(tag), get: () => undefined } : undefined;
      },
    });
  }
  try {
    const sdk = await import('../../src/index.js');
    assert.equal(typeof sdk.createClient, 'function');
    assert.equal(typeof sdk.ProcedurePage.safeParse, 'function', 'schemas are exported');
    assert.equal(typeof sdk.createWorkCalendar, 'function', 'calendar helpers are exported');
    assert.equal(typeof sdk.isHttpError, 'function');
    // Creating a client must stay DOM-free too.
    sdk.createClient({ baseUrl: 'http://127.0.0.1:9/api/v1' });
  } finally {
    for (const name of DOM_GLOBALS) delete (globalThis as Record<string, unknown>)[name];
  }
  assert.deepEqual(touched, [], 'no DOM global was read');
  assert.deepEqual(defined, [], 'no custom element was defined');
  assert.equal(globalThis.document, undefined);
});
