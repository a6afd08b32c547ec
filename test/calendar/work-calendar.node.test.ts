import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, createWorkCalendar, isoWeekday, mergeHolidayCalendars } from '../../src/calendar/index.js';
import { VN_2025_2026 } from './vn-holidays.js';

const cal = createWorkCalendar(VN_2025_2026);

test('without data, Monday–Friday are working days', () => {
  const plain = createWorkCalendar();
  assert.equal(plain.isWorkingDay('2025-01-27'), true);
  assert.equal(plain.isWorkingDay('2025-02-01'), false); // Saturday
  assert.equal(plain.addWorkingDays('2025-01-21', 15), '2025-02-11');
  assert.equal(plain.holidayName('2025-01-01'), undefined);
});

test('Tết 2025: Mon 27/1 to Sun 2/2 off, back on Mon 3/2', () => {
  for (let d = '2025-01-27'; d <= '2025-02-02'; d = addDays(d, 1)) {
    assert.equal(cal.isWorkingDay(d), false, d);
    assert.equal(cal.holidayName(d), 'Tết Nguyên đán');
  }
  assert.equal(cal.isWorkingDay('2025-01-24'), true);
  assert.equal(cal.nextWorkingDay('2025-01-24'), '2025-02-03');
  assert.equal(cal.workingDaysBetween('2025-01-24', '2025-02-03'), 1);
});

test('a 15-working-day deadline spanning Tết 2025 sets the appointment on Tue 18/2', () => {
  // Received Tue 21/1: 22, 23, 24/1, then 3–7/2, 10–14/2, 17 and 18/2.
  assert.equal(cal.addWorkingDays('2025-01-21', 15), '2025-02-18');
  assert.equal(cal.workingDaysBetween('2025-01-21', '2025-02-18'), 15);
});

test('a 15-working-day deadline spanning Tết 2026 lands on Wed 11/3', () => {
  // Received Wed 11/2: 12, 13/2, then 23–27/2, 2–6/3, 9, 10, 11/3.
  assert.equal(cal.addWorkingDays('2026-02-11', 15), '2026-03-11');
  for (let d = '2026-02-16'; d <= '2026-02-20'; d = addDays(d, 1)) assert.equal(cal.isWorkingDay(d), false, d);
  assert.equal(cal.nextWorkingDay('2026-02-13'), '2026-02-23');
});

test('30/4–1/5 2025 with the swap: Sat 26/4 worked, Fri 2/5 off', () => {
  assert.equal(cal.isWorkingDay('2025-04-26'), true);
  assert.equal(cal.holidayName('2025-04-26'), undefined);
  assert.equal(cal.isWorkingDay('2025-04-27'), false); // Sunday stays off
  for (const d of ['2025-04-30', '2025-05-01', '2025-05-02']) assert.equal(cal.isWorkingDay(d), false, d);
  assert.equal(cal.holidayName('2025-04-30'), 'Ngày Giải phóng miền Nam');
  assert.equal(cal.nextWorkingDay('2025-04-25'), '2025-04-26');
  assert.equal(cal.nextWorkingDay('2025-04-29'), '2025-05-05');
  // Sat 26, Mon 28, Tue 29/4 and Mon 5/5.
  assert.equal(cal.workingDaysBetween('2025-04-25', '2025-05-05'), 4);
  assert.equal(cal.addWorkingDays('2025-04-24', 3), '2025-04-28');
});

test('30/4–1/5 2026 and 2/9 with its adjacent day', () => {
  assert.equal(cal.nextWorkingDay('2026-04-29'), '2026-05-04');
  assert.equal(cal.addWorkingDays('2025-08-29', 1), '2025-09-03');
  assert.equal(cal.holidayName('2025-09-01'), 'Quốc khánh');
  assert.equal(cal.addWorkingDays('2026-08-31', 1), '2026-09-03');
  assert.equal(cal.workingDaysBetween('2026-08-28', '2026-09-04'), 3); // Mon 31/8, Thu 3, Fri 4/9
});

test('1/1 and year boundaries', () => {
  assert.equal(cal.isWorkingDay('2025-01-01'), false);
  assert.equal(cal.nextWorkingDay('2024-12-31'), '2025-01-02');
  assert.equal(cal.nextWorkingDay('2025-12-31'), '2026-01-02');
  // Tue 30, Wed 31/12/2025, Fri 2 and Mon 5/1/2026.
  assert.equal(cal.workingDaysBetween('2025-12-29', '2026-01-05'), 4);
  assert.equal(cal.nextWorkingDay('2026-12-31'), '2027-01-04'); // 1/1/2027 is a Friday
  assert.equal(cal.addWorkingDays('2027-01-04', -1), '2026-12-31');
});

test('a deadline that falls on a holiday or weekend moves to the next working day (n = 0)', () => {
  assert.equal(cal.addWorkingDays('2025-09-02', 0), '2025-09-03');
  assert.equal(cal.addWorkingDays('2025-08-30', 0), '2025-09-03'); // Saturday before 1–2/9
  assert.equal(cal.addWorkingDays('2025-01-27', 0), '2025-02-03');
  assert.equal(cal.addWorkingDays('2025-04-26', 0), '2025-04-26'); // a swapped working Saturday
  assert.equal(cal.addWorkingDays('2025-04-25', 0), '2025-04-25');
});

test('counting backwards and negative spans', () => {
  assert.equal(cal.addWorkingDays('2025-02-03', -1), '2025-01-24');
  assert.equal(cal.addWorkingDays('2025-02-18', -15), '2025-01-21');
  assert.equal(cal.workingDaysBetween('2025-02-18', '2025-01-21'), -15);
  assert.equal(cal.workingDaysBetween('2025-02-01', '2025-02-01'), 0);
});

test('fast counts agree with a day-by-day walk over 2024–2027', () => {
  const walkBetween = (from: string, to: string) => {
    let n = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (cal.isWorkingDay(d)) n += 1;
    return n;
  };
  const walkAdd = (start: string, n: number) => {
    let d = start;
    if (n === 0) { while (!cal.isWorkingDay(d)) d = addDays(d, 1); return d; }
    for (let left = n; left > 0;) { d = addDays(d, 1); if (cal.isWorkingDay(d)) left -= 1; }
    return d;
  };
  const walkBack = (start: string, n: number) => {
    let d = start;
    for (let left = n; left > 0;) { d = addDays(d, -1); if (cal.isWorkingDay(d)) left -= 1; }
    return d;
  };
  // A fixed pseudo-random sequence keeps the test repeatable.
  let seed = 20250127;
  const next = (m: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % m; };
  for (let i = 0; i < 400; i += 1) {
    const from = addDays('2024-12-01', next(800));
    const to = addDays(from, next(120));
    const n = next(40);
    assert.equal(cal.workingDaysBetween(from, to), walkBetween(from, to), `${from}..${to}`);
    const end = cal.addWorkingDays(from, n);
    assert.equal(end, walkAdd(from, n), `${from} + ${n}`);
    // Counting back lands on the last working day on or before `from`.
    const back = cal.isWorkingDay(from) || n === 0 ? (n === 0 ? end : from) : walkBack(from, 1);
    assert.equal(cal.addWorkingDays(end, -n), back, `${end} - ${n}`);
    assert.equal(cal.addWorkingDays(to, -n), n === 0 ? walkAdd(to, 0) : walkBack(to, n), `${to} - ${n}`);
  }
  assert.equal(isoWeekday(cal.addWorkingDays('2025-01-06', 100_000)) <= 5, true);
});

test('bad input throws a RangeError naming the value', () => {
  assert.throws(() => cal.addWorkingDays('2025-02-30', 1), /"2025-02-30"/);
  assert.throws(() => cal.addWorkingDays('2025-02-03', 1.5), RangeError);
  assert.throws(() => cal.workingDaysBetween('2025-02-03', '3/2/2025'), /"3\/2\/2025"/);
  assert.throws(() => cal.isWorkingDay('2025-1-1'), RangeError);
  assert.throws(() => createWorkCalendar({ holidays: [{ date: '2025-09-31', name: 'x' }] }), /"2025-09-31"/);
  assert.throws(
    () => createWorkCalendar({ holidays: [{ date: '2025-04-26', name: 'x' }], workdays: [{ date: '2025-04-26', name: 'y' }] }),
    /2025-04-26.*both/,
  );
});

test('yearly lists merge so a deadline counts across the new year', () => {
  const y2025 = { holidays: [{ date: '2025-09-02', name: 'Quốc khánh' }], workdays: [{ date: '2025-04-26', name: 'Làm bù' }] };
  const y2026 = { holidays: [{ date: '2026-01-01', name: 'Tết Dương lịch' }] };
  const merged = createWorkCalendar(mergeHolidayCalendars([y2025, y2026]));
  assert.equal(merged.nextWorkingDay('2025-12-31'), '2026-01-02');
  assert.equal(merged.isWorkingDay('2025-04-26'), true);
  assert.equal(merged.holidayName('2025-09-02'), 'Quốc khánh');
  assert.equal(createWorkCalendar(y2025).nextWorkingDay('2025-12-31'), '2026-01-01');
});
