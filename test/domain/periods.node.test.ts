// Statistics periods: the server writes them and the element reads them with the same rule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePeriod, periodOf, periodsBetween, PERIOD_UNITS } from '../../src/domain/periods.js';
import { officeClock, officeDate } from '../../src/domain/office-time.js';

describe('periods', () => {
  it('formats what it parses, for every unit', () => {
    for (const unit of PERIOD_UNITS) {
      const period = periodOf('2025-08-17', unit);
      assert.equal(parsePeriod(period)?.kind, unit, period);
    }
    assert.deepEqual(parsePeriod(periodOf('2025-08-17', 'quarter')), { kind: 'quarter', year: 2025, quarter: 3 });
    assert.equal(parsePeriod('2025-13'), undefined);
  });

  it('lists the periods of a range, stopping one past a maximum', () => {
    assert.deepEqual(periodsBetween('2024-11-20', '2025-02-01', 'month'), ['2024-11', '2024-12', '2025-01', '2025-02']);
    assert.deepEqual(periodsBetween('2024-11-20', '2025-02-01', 'quarter'), ['2024-Q4', '2025-Q1']);
    assert.equal(periodsBetween('0001-01-01', '2025-01-01', 'month', 240).length, 241);
  });
});

describe('office time', () => {
  it('gives the date in Vietnam wherever the code runs', () => {
    assert.equal(officeDate('2025-09-22T23:30:00Z'), '2025-09-23');
    assert.equal(officeDate(new Date('2025-09-22T16:59:00Z')), '2025-09-22');
    assert.equal(officeDate('not a date'), 'not a date'.slice(0, 10));
    assert.deepEqual(officeClock(new Date('2026-11-17T23:30:00Z')), { date: '2026-11-18', minutes: 390 });
  });
});
