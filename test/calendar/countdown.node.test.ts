import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countdown, createWorkCalendar } from '../../src/calendar/index.js';
import { VN_2025_2026 } from './vn-holidays.js';

const cal = createWorkCalendar(VN_2025_2026);

test('on the day of receipt nothing has elapsed', () => {
  assert.deepEqual(countdown(cal, '2025-01-21', '2025-02-18', '2025-01-21'),
    { elapsed: 0, remaining: 15, overdueBy: 0, overdue: false });
});

test('Tết does not eat into the remaining time', () => {
  // Fri 24/1: 3 days used; Tết week adds none; Mon 3/2 is the 4th.
  assert.deepEqual(countdown(cal, '2025-01-21', '2025-02-18', '2025-01-24'),
    { elapsed: 3, remaining: 12, overdueBy: 0, overdue: false });
  assert.deepEqual(countdown(cal, '2025-01-21', '2025-02-18', '2025-01-31'),
    { elapsed: 3, remaining: 12, overdueBy: 0, overdue: false });
  assert.deepEqual(countdown(cal, '2025-01-21', '2025-02-18', '2025-02-03'),
    { elapsed: 4, remaining: 11, overdueBy: 0, overdue: false });
});

test('due today, then late by working days', () => {
  assert.deepEqual(countdown(cal, '2025-01-21', '2025-02-18', '2025-02-18'),
    { elapsed: 15, remaining: 0, overdueBy: 0, overdue: false });
  assert.deepEqual(countdown(cal, '2025-01-21', '2025-02-18', '2025-02-20'),
    { elapsed: 17, remaining: 0, overdueBy: 2, overdue: true });
});

test('late over a weekend: overdue at once, a working day lost only on Monday', () => {
  assert.deepEqual(countdown(cal, '2025-02-10', '2025-02-14', '2025-02-15'),
    { elapsed: 4, remaining: 0, overdueBy: 0, overdue: true });
  assert.deepEqual(countdown(cal, '2025-02-10', '2025-02-14', '2025-02-17'),
    { elapsed: 5, remaining: 0, overdueBy: 1, overdue: true });
});

test('an appointment on a holiday is due on the next working day', () => {
  // Printed for Tue 2/9/2025 (a holiday): due Wed 3/9, so Wed is on time and Thu is late.
  assert.deepEqual(countdown(cal, '2025-08-25', '2025-09-02', '2025-09-03'),
    { elapsed: 5, remaining: 0, overdueBy: 0, overdue: false });
  assert.deepEqual(countdown(cal, '2025-08-25', '2025-09-02', '2025-08-29'),
    { elapsed: 4, remaining: 1, overdueBy: 0, overdue: false });
  assert.deepEqual(countdown(cal, '2025-08-25', '2025-09-02', '2025-09-04'),
    { elapsed: 6, remaining: 0, overdueBy: 1, overdue: true });
});

test('a date before receipt counts as nothing elapsed', () => {
  assert.equal(countdown(cal, '2025-03-10', '2025-03-14', '2025-03-07').elapsed, 0);
});
