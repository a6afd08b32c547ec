import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, formatIsoDate, isoWeekday, parseIsoDate, todayIso } from '../../src/calendar/index.js';

test('parseIsoDate gives UTC day numbers that agree with Date.UTC', () => {
  assert.equal(parseIsoDate('1970-01-01'), 0);
  // Walk 1900–2100 daily against the platform's own calendar as an oracle.
  const start = Date.UTC(1900, 0, 1) / 86_400_000;
  const end = Date.UTC(2100, 11, 31) / 86_400_000;
  for (let d = start; d <= end; d += 1) {
    const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
    assert.equal(parseIsoDate(iso), d, iso);
    assert.equal(formatIsoDate(d), iso);
  }
});

test('years below 100 are not shifted to the 1900s', () => {
  assert.equal(formatIsoDate(parseIsoDate('0099-03-01')), '0099-03-01');
  assert.equal(addDays('0001-01-01', 366), '0002-01-02');
});

test('malformed or non-existent dates throw a RangeError naming the value', () => {
  for (const bad of ['2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-4-1', '25-04-01',
    '2025-04-01T00:00', ' 2025-04-01', '', '0000-01-01']) {
    assert.throws(() => parseIsoDate(bad), (e: unknown) => e instanceof RangeError && e.message.includes(JSON.stringify(bad)), bad);
  }
  assert.throws(() => parseIsoDate(20250401 as unknown as string), RangeError);
  assert.equal(parseIsoDate('2024-02-29'), parseIsoDate('2024-03-01') - 1);
  assert.throws(() => formatIsoDate(1.5), RangeError);
});

test('weekdays and calendar-day steps', () => {
  assert.equal(isoWeekday('2025-01-27'), 1); // Monday, first day of Tết 2025
  assert.equal(isoWeekday('2026-02-22'), 7); // Sunday
  assert.equal(isoWeekday('1969-12-28'), 7); // before the epoch
  assert.equal(addDays('2024-12-31', 1), '2025-01-01');
  assert.equal(addDays('2025-03-01', -1), '2025-02-28');
  assert.throws(() => addDays('2025-03-01', 0.5), RangeError);
});

test('todayIso uses Vietnam time, not the machine zone', () => {
  // 17:30 UTC on 31/12/2025 is already 00:30 on 1/1/2026 in Hà Nội (UTC+7).
  const instant = new Date('2025-12-31T17:30:00Z');
  assert.equal(todayIso(undefined, instant), '2026-01-01');
  assert.equal(todayIso('UTC', instant), '2025-12-31');
});
