import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  OFFICE_TIME_ZONE,
  officeClock,
  officeDate,
  officeDayAt,
  officeInstant,
  officeIsoTime,
  officeToday,
} from '../../src/domain/office-time.js';
import { todayIso } from '../../src/calendar/index.js';

const intlDay = new Intl.DateTimeFormat('en-CA', { timeZone: OFFICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const intlTime = new Intl.DateTimeFormat('en-GB', { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

test('the fixed UTC+7 offset gives the same day and time as the time-zone database, 1976–2100', () => {
  // A deterministic spread of instants, plus the minutes around local midnight where a wrong offset shows.
  const instants: number[] = [];
  for (let t = Date.UTC(1976, 0, 1); t < Date.UTC(2100, 0, 1); t += 7_919 * 60_000) instants.push(t);
  for (const day of ['2025-01-01', '2025-09-22', '2026-02-16', '2030-12-31']) {
    const midnightUtc = Date.parse(`${day}T17:00:00Z`);
    instants.push(midnightUtc - 1, midnightUtc, midnightUtc + 1);
  }
  for (const t of instants) {
    const at = new Date(t);
    assert.equal(officeDate(at), intlDay.format(at), at.toISOString());
    assert.equal(officeIsoTime(t).slice(11, 19), intlTime.format(at), at.toISOString());
  }
  assert.ok(instants.length > 5_000);
});

test('the office day, its instants and its ISO times agree with each other', () => {
  const t = Date.parse('2025-09-22T23:30:00Z'); // 06:30 on the 23rd in Hà Nội
  assert.deepEqual(officeDayAt(t), { date: '2025-09-23', day: 20_354, msOfDay: 6.5 * 3_600_000 });
  assert.equal(officeInstant('2025-09-23', 6.5 * 3_600_000), t);
  assert.equal(officeIsoTime(t), '2025-09-23T06:30:00+07:00');
  assert.equal(Date.parse(officeIsoTime(t)), t);
  assert.deepEqual(officeClock(new Date(t)), { date: '2025-09-23', minutes: 390 });
  assert.equal(officeDate('2025-09-22T17:00:00Z'), '2025-09-23');
  assert.equal(officeDate('2025-09-22T16:59:59Z'), '2025-09-22');
  assert.equal(officeDate('not a date at all'), 'not a date');
});

test('today is the office’s date, whatever the SDK user asks through todayIso()', () => {
  const now = new Date('2025-12-31T18:00:00Z'); // already New Year's Day in Vietnam
  assert.equal(officeToday(now), '2026-01-01');
  assert.equal(todayIso(undefined, now), '2026-01-01');
  assert.equal(todayIso(OFFICE_TIME_ZONE, now), '2026-01-01');
  assert.equal(todayIso('UTC', now), '2025-12-31', 'another zone still asked of Intl');
});
