// The domain's rules, each read from the shared table (test/fixtures/dossier-codes.ts) that the
// SDK, server, QR and element suites also use.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  baseCode, findDossierCode, isDossierCode, isLocalVariant, normaliseDossierCode, normaliseLookupKey,
  normaliseProcedureCode, parseDossierCode,
} from '../../src/domain/index.js';
import { checkLookup } from '../../src/elements/dossier-tracker/validate.js';
import { BAD_KEYS, NOT_CODES, RECEIPTS, SAMPLE_CODE, SAMPLE_KEY, TYPED_CODES, TYPED_KEYS } from '../fixtures/dossier-codes.js';

describe('dossier codes', () => {
  for (const [name, typed] of TYPED_CODES) {
    it(`reads a code typed ${name}`, () => {
      assert.equal(normaliseDossierCode(typed(SAMPLE_CODE)), SAMPLE_CODE);
      assert.equal(findDossierCode(typed(SAMPLE_CODE)), SAMPLE_CODE);
    });
  }

  for (const receipt of RECEIPTS) {
    it(`finds the code in a receipt: ${receipt.name}`, () => {
      assert.equal(findDossierCode(receipt.text(SAMPLE_CODE, SAMPLE_KEY)), SAMPLE_CODE);
    });
  }

  it('keeps input without a code squeezed and upper-cased, for validation to name', () => {
    for (const [typed, normalised] of NOT_CODES) {
      assert.equal(normaliseDossierCode(typed), normalised, typed);
      assert.equal(findDossierCode(typed), undefined, typed);
    }
  });

  it('takes neither a longer counter nor letters glued to the code', () => {
    assert.equal(findDossierCode(`${SAMPLE_CODE}9`.replace('0099', '009999')), undefined);
    assert.equal(findDossierCode(`HX${SAMPLE_CODE}`), undefined);
    assert.equal(findDossierCode(`${SAMPLE_CODE}AB`), undefined);
  });

  it('accepts six-digit counters and parses the parts', () => {
    assert.ok(isDossierCode('H48.01-250101-000123'));
    assert.deepEqual(parseDossierCode(SAMPLE_CODE), { agency: '000.00.53.H48', received: '220921', counter: '0099' });
    assert.equal(parseDossierCode('000.00.53.H48-220921'), undefined);
  });

  it('reads a 4,296-character text without a code, and one with the code at its end', () => {
    const spaces = ' '.repeat(4296);
    assert.equal(findDossierCode(spaces), undefined);
    assert.equal(findDossierCode(`${'a. '.repeat(1400)}${SAMPLE_CODE}`), SAMPLE_CODE);
    assert.equal(findDossierCode('a'.repeat(4296)), undefined);
    assert.equal(findDossierCode(`${' -'.repeat(2100)}${SAMPLE_CODE}`), SAMPLE_CODE);
  });
});

describe('look-up keys', () => {
  for (const [name, typed] of TYPED_KEYS) {
    it(`reads a key typed ${name}`, () => {
      assert.equal(normaliseLookupKey(typed(SAMPLE_KEY)), SAMPLE_KEY);
    });
  }
});

describe('procedure codes', () => {
  it('normalises a code and finds its national base', () => {
    assert.equal(normaliseProcedureCode(' 1.000494.000.00.00.h29 '), '1.000494.000.00.00.H29');
    assert.equal(normaliseProcedureCode('1.00110'), undefined);
    assert.equal(baseCode('1.000494.000.00.00.H29'), '1.000494');
    assert.equal(baseCode('1.001108'), '1.001108');
    assert.equal(baseCode('1.0011081'), undefined);
    assert.equal(isLocalVariant('1.000494.000.00.00.H29'), true);
    assert.equal(isLocalVariant('1.001108'), false);
  });
});

describe('checkLookup (the tracker form)', () => {
  it('accepts a loosely typed code and key, returning them normalised', () => {
    const check = checkLookup('000.00.53.h48 – 220921-0099', ' ab12cd ');
    assert.deepEqual(check, { code: SAMPLE_CODE, lookupKey: SAMPLE_KEY, problems: {} });
  });

  it('names required and invalid fields', () => {
    assert.deepEqual(checkLookup('', '').problems, { code: 'required', lookupKey: 'required' });
    assert.deepEqual(checkLookup('12345', 'a!').problems, { code: 'invalid', lookupKey: 'invalid' });
    for (const key of BAD_KEYS) assert.deepEqual(checkLookup(SAMPLE_CODE, key).problems, { lookupKey: 'invalid' }, key);
  });
});
