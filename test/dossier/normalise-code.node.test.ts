import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseDossierCode, normaliseLookupKey } from '../../src/elements/dossier-tracker/normalise-code.js';
import { checkLookup } from '../../src/elements/dossier-tracker/validate.js';

const CODE = '000.00.53.H48-220921-0099';

describe('normaliseDossierCode', () => {
  it('keeps a well-typed code as it is', () => {
    assert.equal(normaliseDossierCode(CODE), CODE);
  });

  it('forgives case, spaces and look-alike dashes', () => {
    assert.equal(normaliseDossierCode(' 000.00.53.h48-220921-0099 '), CODE);
    assert.equal(normaliseDossierCode('000.00.53.H48 – 220921 — 0099'), CODE);
    assert.equal(normaliseDossierCode('000.00.53.H48\u2212220921\u20110099'), CODE);
    assert.equal(normaliseDossierCode('000. 00. 53. H48 - 220921 - 0099'), CODE);
    assert.equal(normaliseDossierCode('000.00.53.H48 220921 0099'.replace(/ /g, '-')), CODE);
  });

  it('folds full-width characters from some input methods', () => {
    assert.equal(normaliseDossierCode('０００.００.５３.Ｈ４８－２２０９２１－００９９'), CODE);
  });

  it('finds the code in pasted text around it', () => {
    assert.equal(normaliseDossierCode('Mã hồ sơ: 000.00.53.H48-220921-0099, hẹn trả ngày 05/10/2022'), CODE);
    assert.equal(normaliseDossierCode('Số hồ sơ (000.00.53.H48–220921–0099)'), CODE);
    assert.equal(normaliseDossierCode('https://dichvucong.gov.vn/tra-cuu?ma_ho_so=000.00.53.H48-220921-0099'), CODE);
  });

  it('does not take a longer counter or letters glued to the code as part of it', () => {
    // The counter is 4–6 digits: 7 digits is not a code, so the input stays as typed for validation.
    assert.equal(normaliseDossierCode('000.00.53.H48-220921-0099999'), '000.00.53.H48-220921-0099999');
    assert.equal(normaliseDossierCode('x'), 'X');
  });

  it('gives the empty string for blank input', () => {
    assert.equal(normaliseDossierCode('   '), '');
  });
});

describe('normaliseLookupKey', () => {
  it('drops spaces and keeps the case (the server compares case-insensitively)', () => {
    assert.equal(normaliseLookupKey(' ab 12cd '), 'ab12cd');
  });
});

describe('checkLookup', () => {
  it('accepts a loosely typed code and key, returning them normalised', () => {
    const check = checkLookup('000.00.53.h48 – 220921-0099', ' ab12cd ');
    assert.deepEqual(check, { code: CODE, lookupKey: 'ab12cd', problems: {} });
  });

  it('names required and invalid fields', () => {
    assert.deepEqual(checkLookup('', '').problems, { code: 'required', lookupKey: 'required' });
    assert.deepEqual(checkLookup('12345', 'a!').problems, { code: 'invalid', lookupKey: 'invalid' });
    assert.deepEqual(checkLookup(CODE, 'abc').problems, { lookupKey: 'invalid' });
    assert.deepEqual(checkLookup(CODE, 'ABCDEFGHIJKLM').problems, { lookupKey: 'invalid' });
  });
});
