// Working days of a dossier across holidays: Tết 2026 and the 30/4–1/5 break, New Year across years.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HolidayCalendar } from '../../../src/calendar/index.js';
import type { Dossier } from '../../../src/model/dossier.js';
import { officeDate, progressOf, yearsInvolved } from '../../../src/elements/dossier-tracker/progress.js';

// Holiday data as the API supplies it (the element fetches it; never hard-coded in src/).
const Y2025: HolidayCalendar = {
  holidays: [
    { date: '2025-04-30', name: 'Ngày Chiến thắng' },
    { date: '2025-05-01', name: 'Quốc tế Lao động' },
    { date: '2025-05-02', name: 'Nghỉ bù (hoán đổi)' },
  ],
  workdays: [{ date: '2025-04-26', name: 'Làm bù cho 2/5' }],
};
const Y2026: HolidayCalendar = {
  holidays: [
    { date: '2026-01-01', name: 'Tết Dương lịch' },
    ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((date) => ({ date, name: 'Tết Nguyên đán' })),
  ],
};

function dossier(over: Partial<Dossier>): Dossier {
  return {
    code: '000.00.53.H48-260210-0001',
    procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
    receivingAgency: 'UBND phường Minh Khai',
    status: 4,
    applicant: { name: 'Nguyễn V*** A' },
    channel: 'in-person',
    receivedAt: '2026-02-10T08:00:00+07:00',
    appointmentDate: '2026-02-27',
    timeliness: 'in-progress',
    timeline: [],
    delivery: 'desk',
    ...over,
  };
}

describe('progressOf', () => {
  it('skips the Tết holidays when counting elapsed and remaining days', () => {
    // Received Tue 10/2; today Mon 23/2: 11, 12, 13 and 23 are working (16–20 Tết, 14–15 and 21–22 weekends).
    const p = progressOf(dossier({}), [Y2026], '2026-02-23');
    assert.deepEqual(p, { elapsed: 4, remaining: 4, overdueBy: 0, finished: false, paused: 0 });
  });

  it('counts a weekend made a working day by a swap, and skips the swapped-off weekday', () => {
    const d = dossier({ receivedAt: '2025-04-24T09:00:00+07:00', appointmentDate: '2025-05-07', code: '000.00.53.H48-250424-0001' });
    // 25 (Fri), 26 (Sat, working), 28, 29; 30/4, 1/5, 2/5 off; 5, 6 → 6 days by Tue 6/5, 1 left.
    assert.deepEqual(progressOf(d, [Y2025], '2025-05-06'), { elapsed: 6, remaining: 1, overdueBy: 0, finished: false, paused: 0 });
  });

  it('counts across the new year with both years\' lists', () => {
    const d = dossier({ receivedAt: '2025-12-30T10:00:00+07:00', appointmentDate: '2026-01-06', code: '000.00.53.H48-251230-0001' });
    assert.deepEqual(yearsInvolved(d, '2026-01-05'), [2025, 2026]);
    // 31/12, (1/1 off), 2/1, 5/1 → 3 elapsed; 6/1 left.
    assert.deepEqual(progressOf(d, [Y2025, Y2026], '2026-01-05'), { elapsed: 3, remaining: 1, overdueBy: 0, finished: false, paused: 0 });
  });

  it('stops at completion, reports days past the appointment, and takes out paused days', () => {
    const late = dossier({
      status: 10,
      timeliness: 'late',
      completedAt: '2026-03-04T15:00:00+07:00',
      supplement: { requestedOn: '2026-02-12', items: ['Bản sao CCCD'], pausedWorkingDays: 2 },
    });
    const p = progressOf(late, [Y2026], '2026-03-20');
    assert.equal(p?.finished, true);
    assert.equal(p?.remaining, 0);
    assert.equal(p?.overdueBy, 3); // 2, 3, 4 March after Fri 27/2
    assert.equal(p?.elapsed, 11 - 2); // 11–13/2, 23–27/2, 2–4/3
  });

  it('gives nothing for dossiers that ended without a result', () => {
    for (const status of [3, 7, 8] as const) assert.equal(progressOf(dossier({ status }), [Y2026], '2026-02-23'), undefined);
  });
});

describe('officeDate', () => {
  it('takes the day in Vietnam, not in UTC', () => {
    assert.equal(officeDate('2026-02-09T20:00:00Z'), '2026-02-10');
    assert.equal(officeDate('2026-02-10T08:00:00+07:00'), '2026-02-10');
  });
});
