import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  filterWeek,
  isValidWeek,
  officeClock,
  parseHours,
  parseWeekInput,
  replacementCount,
  sessionAt,
  shiftWeek,
  weekDesks,
  weekFields,
  weekState,
} from '../../../src/elements/duty-roster/roster-week.js';
import { loadSampleData } from '../../../server/data/index.js';

describe('weeks', () => {
  it('validates ISO weeks, including years without a week 53', () => {
    assert.equal(isValidWeek('2026-W53'), true);
    assert.equal(isValidWeek('2025-W53'), false);
    assert.equal(isValidWeek('2026-w01'), false);
    assert.equal(isValidWeek(undefined), false);
  });

  it('shifts across year ends', () => {
    assert.equal(shiftWeek('2026-W53', 1), '2027-W01');
    assert.equal(shiftWeek('2027-W01', -1), '2026-W53');
    assert.equal(shiftWeek('2026-W47', 0), '2026-W47');
    assert.equal(shiftWeek('2025-W52', 1), '2026-W01');
  });

  it('reads the ways people type a week', () => {
    assert.equal(parseWeekInput('2026-W47'), '2026-W47');
    assert.equal(parseWeekInput(' 2026w7 '), '2026-W07');
    assert.equal(parseWeekInput('W47/2026'), '2026-W47');
    assert.equal(parseWeekInput('tuần 47/2026'), '2026-W47');
    assert.equal(parseWeekInput('Tuần 47 năm 2026'), '2026-W47');
    assert.equal(parseWeekInput('47-2026'), '2026-W47');
    assert.equal(parseWeekInput('2026-11-18'), '2026-W47');
    assert.equal(parseWeekInput('18/11/2026'), '2026-W47');
    assert.equal(parseWeekInput('1/1/2027'), '2026-W53');
    assert.equal(parseWeekInput('2025-W53'), undefined);
    assert.equal(parseWeekInput('31/02/2026'), undefined);
    assert.equal(parseWeekInput('hello'), undefined);
    assert.equal(parseWeekInput(''), undefined);
  });
});

describe('hours and sessions', () => {
  const hours = { morning: '07:30–11:30', afternoon: '13:30 - 17:00' };
  it('parses published hours', () => {
    assert.deepEqual(parseHours('07:30–11:30'), { start: 450, end: 690 });
    assert.deepEqual(parseHours('7h30 đến 11h'), { start: 450, end: 660 });
    assert.equal(parseHours('cả ngày'), undefined);
  });

  it('finds the session on now', () => {
    assert.equal(sessionAt(hours, 7 * 60 + 29), undefined);
    assert.equal(sessionAt(hours, 7 * 60 + 30), 'morning');
    assert.equal(sessionAt(hours, 12 * 60), undefined);
    assert.equal(sessionAt(hours, 16 * 60 + 59), 'afternoon');
    assert.equal(sessionAt(hours, 17 * 60), undefined);
  });

  it('reads the clock in office time, whatever the machine zone', () => {
    // 23:30 UTC is 06:30 the next day in Hà Nội.
    assert.deepEqual(officeClock(new Date('2026-11-17T23:30:00Z')), { date: '2026-11-18', minutes: 390 });
  });
});

describe('week contents', () => {
  const data = loadSampleData(new Date('2026-11-18T03:00:00Z'));
  const current = data.rosterWeeks.find((w) => w.week === '2026-W47')!;
  const partial = data.rosterWeeks.find((w) => w.week === '2026-W51')!;

  it('lists desks in order and the fields they handle', () => {
    const desks = weekDesks(current);
    assert.equal(desks.length, 5);
    assert.match(desks[0]!.desk, /^Quầy 1/);
    assert.ok(weekFields(current).includes('Hộ tịch'));
  });

  it('tells full, partial and empty weeks apart and counts replacements', () => {
    assert.equal(weekState(current), 'full');
    assert.equal(weekState(partial), 'partial');
    const empty = { ...current, days: current.days.map((d) => ({ ...d, sessions: [] })) };
    assert.equal(weekState(empty), 'empty');
    assert.ok(replacementCount(current) >= 1);
    assert.equal(replacementCount(data.rosterWeeks[0]!), 0);
  });

  it('a holiday on a weekday does not make a week partial', () => {
    const holidayWeek = data.rosterWeeks.find((w) => w.days.some((d, i) => i < 5 && d.holiday));
    assert.ok(holidayWeek, 'the sample data has a holiday week');
    assert.equal(weekState(holidayWeek), 'full');
  });

  it('filters desks by field', () => {
    const only = filterWeek(current, 'Hộ tịch');
    assert.deepEqual(weekDesks(only).map((d) => d.desk), [weekDesks(current)[0]!.desk]);
    assert.equal(filterWeek(current, undefined), current);
  });
});
