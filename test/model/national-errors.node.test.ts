// A record that cannot be read fails with a typed error naming its code and the key at fault; a
// batch reports every bad record and still converts the good ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// The importer's own entry, as a portal imports it: `motcua/national`.
import { convertNationalRecords, fromNationalProcedure, isNationalRecordError, NationalRecordError } from '../../src/national.js';
import { nationalCatalogue, nationalRecords } from './national-fixtures.js';

const [first] = nationalRecords();
const real = first!.record;

function fails(record: unknown, key: string, code: string | undefined) {
  assert.throws(
    () => fromNationalProcedure(record),
    (e: unknown) => {
      assert.ok(e instanceof NationalRecordError, String(e));
      assert.equal(e.key, key);
      assert.equal(e.code, code);
      assert.ok(e.message.includes(key), e.message);
      if (code) assert.ok(e.message.startsWith(`${code}: `), e.message);
      return true;
    },
  );
}

describe('NationalRecordError', () => {
  it('names the missing code or name of a current-API record', () => {
    const { code: _c, codeNotation: _n, ...noCode } = real;
    fails(noCode, 'code', undefined);
    fails({ ...real, name: '  ' }, 'name', real.code);
  });

  it('names the key of a value of the wrong type, with the record code', () => {
    const badFee = structuredClone(real);
    badFee.executionMethods[0].fees = [{ type: 'FEE', value: 'mười nghìn', currencyName: 'Việt Nam Đồng' }];
    fails(badFee, 'executionMethods.0.fees.0.value', real.code);
    fails({ ...real, executionCases: ['Tờ khai'] }, 'executionCases.0', real.code);
    fails({ ...real, isFullProcess: 'yes' }, 'isFullProcess', real.code);
    const negative = structuredClone(real);
    negative.executionMethods[0].processingTime = -5;
    fails(negative, 'executionMethods.0.processingTime', real.code);
  });

  it('names the code key when the schema rejects the code', () => {
    fails({ ...real, code: 'TTHC-01', codeNotation: '' }, 'code', 'TTHC-01');
    fails({ MATTHC: 'TTHC-01', TENTTHC: 'Đăng ký khai sinh' }, 'MATTHC', 'TTHC-01');
  });

  it('names MATTHC / TENTTHC for the legacy package', () => {
    fails({ TENTTHC: 'Đăng ký khai sinh', CAPTHUCHIEN: 'Cấp Xã' }, 'MATTHC', undefined);
    fails({ MATTHC: '1.001193', TENTTHC: '' }, 'TENTTHC', '1.001193');
  });

  it('refuses what is not a record', () => {
    fails(null, '', undefined);
    fails([real], '', undefined);
    fails('1.001193', '', undefined);
    fails({ id: 'x', title: 'Đăng ký khai sinh' }, 'code', undefined);
  });

  it('is recognised across bundle copies by name', () => {
    const foreign = Object.assign(new Error('x'), { name: 'NationalRecordError', key: 'code' });
    assert.ok(isNationalRecordError(foreign));
    assert.ok(!isNationalRecordError(new Error('x')));
  });
});

describe('convertNationalRecords', () => {
  it('converts the good records and reports every bad one with its index, code and key', () => {
    const good = nationalRecords().map((r) => r.record);
    const { name: _name, ...nameless } = real;
    const batch = [good[0], { ...real, code: 'TTHC-01' }, ...good.slice(1), nameless, 42, good[1]];
    const { procedures, failures } = convertNationalRecords(batch);
    assert.deepEqual(procedures.map((p) => p.code), good.map((r) => r.code));
    assert.deepEqual(
      failures.map(({ index, code, key }) => ({ index, code, key })),
      [
        { index: 1, code: 'TTHC-01', key: 'code' },
        { index: 2 + good.length - 1, code: real.code, key: 'name' },
        { index: 3 + good.length - 1, code: undefined, key: '' },
        { index: 4 + good.length - 1, code: good[1]!.code, key: 'code' },
      ],
    );
    assert.match(failures[3]!.message, /trùng|duplicate/);
  });

  it('lets a full record replace the catalogue line of the same code, in either order', () => {
    const line = nationalCatalogue().find((l) => l.code === real.code)!;
    assert.ok(line, 'the catalogue lists the fixture');
    for (const batch of [[line, real], [real, line]]) {
      const { procedures, failures, superseded } = convertNationalRecords(batch);
      assert.deepEqual(procedures.map((p) => p.source?.shape), ['national-api']);
      assert.deepEqual(failures, []);
      assert.deepEqual(superseded, [{ index: batch.indexOf(line), code: real.code }]);
    }
  });

  it('returns empty lists for an empty batch', () => {
    assert.deepEqual(convertNationalRecords([]), { procedures: [], failures: [], superseded: [] });
  });
});
