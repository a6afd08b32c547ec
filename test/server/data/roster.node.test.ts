import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoWeek } from '../../../src/calendar/index.js';
import { buildRosterWeeks, HOLIDAY_WEEK } from '../../../server/data/roster.js';
import { sample, TODAY_ISO } from './fixture.js';

const officialsOn = (day: { sessions: { slots: { officials: { name: string; replaces?: string }[] }[] }[] }) =>
  new Set(day.sessions.flatMap((s) => s.slots.flatMap((sl) => sl.officials.filter((o) => !o.replaces).map((o) => o.name))));

describe('sample roster', () => {
  const weeks = sample().rosterWeeks;

  it('spans four weeks before to four after the current week, in order', () => {
    const current = isoWeek(TODAY_ISO);
    const i = weeks.findIndex((w) => w.week === current);
    assert.equal(i, 4);
    assert.ok(weeks.slice(0, 9).every((w, k, a) => k === 0 || w.week > a[k - 1]!.week));
    for (const w of weeks) assert.equal(w.days.length, 7);
  });

  it('puts every official on duty two or three days in a full week', () => {
    for (const w of weeks.slice(0, 8)) {
      const count = new Map<string, number>();
      for (const d of w.days) for (const n of officialsOn(d)) count.set(n, (count.get(n) ?? 0) + 1);
      for (const [n, c] of count) {
        const replaced = w.days.some((d) => d.sessions.some((s) => s.slots.some((sl) => sl.officials.some((o) => o.replaces === n))));
        assert.ok(c >= (replaced ? 1 : 2) && c <= 3, `${w.week} ${n}: ${c}`);
      }
    }
  });

  it('has one mid-week replacement in the current week', () => {
    const current = weeks[4]!;
    const replacements = current.days.flatMap((d, i) =>
      d.sessions.flatMap((s) => s.slots.flatMap((sl) => sl.officials.filter((o) => o.replaces).map(() => i))));
    assert.ok(replacements.length >= 1);
    assert.ok(replacements.every((i) => i >= 1 && i <= 3));
    for (const w of weeks.filter((x) => x !== current)) {
      for (const d of w.days) {
        // Staffed days have someone on duty, days off nobody; and no stand-ins outside the current week.
        assert.equal(officialsOn(d).size > 0, d.sessions.length > 0, `${w.week} ${d.date}`);
        assert.ok(d.sessions.every((s) => s.slots.every((sl) => sl.officials.every((o) => !o.replaces))), `${w.week} ${d.date}`);
      }
    }
  });

  it('has a sparse week and a week with a holiday on a weekday, with nobody on duty that day', () => {
    const published = (w: (typeof weeks)[number]) => w.days.flatMap((d) => d.sessions.flatMap((s) => s.slots)).length;
    assert.ok(published(weeks[8]!) < published(weeks[7]!) / 2);
    const holidayDays = weeks.flatMap((w) => w.days.slice(0, 5).filter((d) => d.holiday));
    assert.ok(holidayDays.length >= 1);
    assert.ok(holidayDays.every((d) => d.sessions.length === 0));
  });

  it('always publishes the fixed holiday week, whatever today is', () => {
    for (const today of [TODAY_ISO, '2026-04-22', '2025-01-15', '2027-12-31']) {
      const w = buildRosterWeeks(today).filter((x) => x.week === HOLIDAY_WEEK);
      assert.equal(w.length, 1, today);
      const days = w[0]!.days;
      assert.deepEqual(days.slice(0, 5).map((d) => d.holiday !== undefined), [true, false, false, true, true], today);
      assert.equal(days[3]!.holiday, 'Ngày Chiến thắng (30/4)');
      assert.ok(officialsOn(days[1]!).size > 0, `${today}: Tuesday staffed`);
      assert.ok(days.filter((d) => d.holiday).every((d) => d.sessions.length === 0), today);
    }
  });

  it('finds holidays inside the window when there are some (week of 30/4/2026)', () => {
    const w = buildRosterWeeks('2026-04-22');
    assert.equal(w.length, 9);
    const day = w.flatMap((x) => x.days).find((d) => d.date === '2026-04-30');
    assert.equal(day?.holiday, 'Ngày Chiến thắng (30/4)');
  });
});
