// The six date formats of OpenCPS v2 (§1.6), all Vietnam wall-clock times, read into the
// contract's dates; anything else is an error the gateway turns into a 502.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateFormatError, readOpencpsDate, toQueryDate } from '../../server/backends/opencps/dates.js';

describe('OpenCPS dates', () => {
  const epoch = Date.UTC(2026, 10, 2, 2, 0); // 09:00 on 2 November 2026 in Vietnam
  const cases: Array<[string, unknown, { date: string; dateTime?: string }]> = [
    ['dd/MM/yyyy HH:mm:ss (dossiers)', '02/11/2026 09:00:00', { date: '2026-11-02', dateTime: '2026-11-02T09:00:00+07:00' }],
    ["yyyy-MM-dd'T'HH:mm:ss.SSS'Z' with a literal Z (votings)", '2026-11-02T09:00:00.000Z', { date: '2026-11-02', dateTime: '2026-11-02T09:00:00+07:00' }],
    ['dd-MM-yyyy hh:mm:ss, 12-hour without AM/PM: the date only', '02-11-2026 09:00:00', { date: '2026-11-02' }],
    ['raw Lucene yyyyMMddHHmmss (serviceinfo list)', '20261102090000', { date: '2026-11-02', dateTime: '2026-11-02T09:00:00+07:00' }],
    ['epoch milliseconds as a number (dossier log)', epoch, { date: '2026-11-02', dateTime: '2026-11-02T09:00:00+07:00' }],
    ['epoch milliseconds as a string (holidayDate, midnight in Vietnam)', String(Date.UTC(2026, 0, 9, 17)), { date: '2026-01-10', dateTime: '2026-01-10T00:00:00+07:00' }],
    ['dd/MM/yyyy (query parameters)', '10/01/2026', { date: '2026-01-10' }],
  ];
  for (const [name, value, expected] of cases) {
    it(name, () => assert.deepEqual(readOpencpsDate(value), expected));
  }

  it('reads empty values as absent and refuses anything else', () => {
    for (const empty of ['', null, undefined]) assert.equal(readOpencpsDate(empty), undefined);
    for (const bad of ['2026/11/02', '31/13/2026 09:00:00', 'hôm nay', true, { d: 1 }]) assert.throws(() => readOpencpsDate(bad), DateFormatError, String(bad));
    assert.equal(toQueryDate('2026-01-10'), '10/01/2026');
  });
});
