import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createWorkCalendar, isoWeekday } from '../../../src/calendar/index.js';
import { HOLIDAYS } from '../../../server/data/holidays.js';

describe('sample holidays', () => {
  it('covers 2024–2027 with each year’s own dates', () => {
    assert.deepEqual(HOLIDAYS.map((h) => h.year), [2024, 2025, 2026, 2027]);
    for (const h of HOLIDAYS) {
      for (const d of [...h.holidays, ...h.workdays]) assert.equal(d.date.slice(0, 4), String(h.year));
      const dates = new Set(h.holidays.map((d) => d.date));
      for (const md of ['01-01', '04-30', '05-01', '09-02']) assert.ok(dates.has(`${h.year}-${md}`), `${h.year}-${md}`);
      assert.equal(dates.size, h.holidays.length, 'no duplicates');
      // A swapped working day is a weekend day that is not also a day off.
      for (const w of h.workdays) {
        assert.ok(isoWeekday(w.date) >= 6, w.date);
        assert.ok(!dates.has(w.date), w.date);
      }
    }
  });

  it('has the lunar holidays on the right days', () => {
    const has = (date: string) => HOLIDAYS.some((h) => h.holidays.some((d) => d.date === date));
    for (const tet of ['2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06']) assert.ok(has(tet), `Tết ${tet}`);
    for (const hung of ['2024-04-18', '2025-04-07', '2026-04-26', '2027-04-16']) assert.ok(has(hung), `Giỗ Tổ ${hung}`);
  });

  it('drives working-day arithmetic across Tết and swapped days', () => {
    const cal = createWorkCalendar({ holidays: HOLIDAYS.flatMap((h) => h.holidays), workdays: HOLIDAYS.flatMap((h) => h.workdays) });
    // Friday 24/1/2025 + 1 working day skips Tết Ất Tỵ (25/1–2/2) to Monday 3/2.
    assert.equal(cal.addWorkingDays('2025-01-24', 1), '2025-02-03');
    assert.ok(cal.isWorkingDay('2025-04-26'), 'Saturday 26/4/2025 is a make-up working day');
    assert.ok(!cal.isWorkingDay('2025-05-02'));
    assert.ok(cal.isWorkingDay('2024-05-04'));
    assert.ok(!cal.isWorkingDay('2024-09-03'));
  });
});
