// The day/month sums behind /stats give exactly what counting every row would, for any range.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { DayIndex } from '../../server/day-index.js';
import { loadSampleData } from '../../server/data/index.js';

it('sums over any range equal a row-by-row count of three years of sample history', () => {
  const data = loadSampleData(new Date('2026-03-18T02:00:00Z'));
  const rows = data.dossierHistory.map((r) => ({ day: r.receivedOn, key: r.fieldCode, value: 1 }));
  const tally = new DayIndex(
    rows.map((r) => ({ ...r, value: { n: 1 } })),
    () => ({ n: 0 }),
    (into, v) => void (into.n += v.n),
  );
  const ranges: Array<[string, string]> = [
    ['2023-03-18', '2026-03-18'],
    ['2024-02-10', '2024-02-20'],
    ['2024-01-31', '2024-03-01'],
    ['2025-01-01', '2025-12-31'],
    ['2025-06-30', '2025-07-01'],
    ['2024-02-29', '2024-02-29'],
    ['2020-01-01', '2030-12-31'],
  ];
  for (const [from, to] of ranges) {
    const expected = new Map<string, number>();
    for (const r of rows) if (r.day >= from && r.day <= to) expected.set(`${r.day.slice(0, 7)} ${r.key}`, (expected.get(`${r.day.slice(0, 7)} ${r.key}`) ?? 0) + 1);
    const got = new Map<string, number>();
    tally.visit(from, to, (month, key, v) => got.set(`${month} ${key}`, (got.get(`${month} ${key}`) ?? 0) + v.n));
    assert.deepEqual(got, expected, `${from}..${to}`);
  }
});
