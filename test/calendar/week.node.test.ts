import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, isoWeek, isoWeekday, isoWeeksInYear, weekDates } from '../../src/calendar/index.js';

test('ISO week edge cases around new year', () => {
  assert.equal(isoWeek('2026-01-01'), '2026-W01'); // a Thursday
  assert.equal(isoWeek('2027-01-01'), '2026-W53'); // a Friday
  assert.equal(isoWeek('2024-12-30'), '2025-W01'); // a Monday
  assert.equal(isoWeek('2025-12-28'), '2025-W52');
  assert.equal(isoWeek('2025-12-29'), '2026-W01');
  assert.equal(isoWeek('2021-01-03'), '2020-W53');
  assert.equal(isoWeek('2025-06-15'), '2025-W24');
});

test('weekDates lists Monday to Sunday, across a year boundary', () => {
  assert.deepEqual(weekDates('2025-W01'), [
    '2024-12-30', '2024-12-31', '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05',
  ]);
  assert.deepEqual(weekDates('2026-W53'), [
    '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03',
  ]);
  assert.equal(weekDates('2026-W08')[0], '2026-02-16'); // the Tết 2026 week
});

test('53-week years follow the ISO rule', () => {
  assert.equal(isoWeeksInYear(2020), 53); // leap year starting on Wednesday
  assert.equal(isoWeeksInYear(2026), 53); // starts on Thursday
  assert.equal(isoWeeksInYear(2025), 52);
  assert.equal(isoWeeksInYear(2027), 52);
  assert.doesNotThrow(() => weekDates('2020-W53'));
});

test('isoWeek and weekDates are inverse over 2000–2040', () => {
  for (let date = '2000-01-03'; date < '2041-01-01'; date = addDays(date, 1)) {
    const week = isoWeek(date);
    assert.equal(weekDates(week)[isoWeekday(date) - 1], date, `${date} in ${week}`);
  }
});

test('malformed or out-of-range weeks throw a RangeError naming the value', () => {
  for (const bad of ['2025-W53', '2025-W00', '2025-W1', '2025W01', '2025-w01', '2025-W01-1', '']) {
    assert.throws(() => weekDates(bad), (e: unknown) => e instanceof RangeError && e.message.includes(JSON.stringify(bad)), bad);
  }
  assert.throws(() => isoWeek('2025-02-30'), /"2025-02-30"/);
});
