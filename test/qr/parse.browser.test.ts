// The parser's payload table (test/qr/cases.ts) in Chromium: the widget parses with the browser's
// own URL parser and Unicode tables, so every real-looking and hostile payload is checked here too.
import { expect } from '@open-wc/testing';
import { parseQrPayload } from '../../src/qr/parse.js';
import { cases, opts } from './cases.js';

describe('parseQrPayload in Chromium', () => {
  it(`reads all ${cases.length} payloads as Node does`, () => {
    // Named pairs, so a failure's diff says which payload went wrong.
    const actual = cases.map(([name, payload, , options]) => ({ name, result: parseQrPayload(payload, options ?? opts) }));
    const expected = cases.map(([name, , result]) => ({ name, result }));
    expect(actual).to.deep.equal(expected);
    expect(cases.length).to.be.greaterThan(40);
  });
});
