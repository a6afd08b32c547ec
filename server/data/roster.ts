import type { DutyOfficial, DutySlot, RosterDay, RosterWeek, Session } from '../../src/model/index.js';
import { addDays, isoWeek, weekDates } from '../../src/calendar/index.js';
import { HOLIDAYS } from './holidays.js';
import { HOME_OFFICE, official } from './staff.js';

interface Desk {
  desk: string;
  fields: string[];
  /** Two officials share each desk, three days and two days a week in turn. */
  pool: [string, string];
}

export const DESKS: Desk[] = [
  { desk: 'Quầy 1 – Hộ tịch, Chứng thực', fields: ['Hộ tịch', 'Chứng thực', 'Nuôi con nuôi'], pool: ['cb-01', 'cb-02'] },
  { desk: 'Quầy 2 – Đất đai, Xây dựng', fields: ['Đất đai', 'Xây dựng', 'Tài nguyên và Môi trường'], pool: ['cb-03', 'cb-04'] },
  { desk: 'Quầy 3 – Kinh doanh, Đầu tư', fields: ['Thành lập và hoạt động doanh nghiệp, hộ kinh doanh', 'Công thương', 'Thuế'], pool: ['cb-06', 'cb-07'] },
  { desk: 'Quầy 4 – Lao động, Xã hội', fields: ['Lao động – Thương binh và Xã hội', 'Bảo hiểm xã hội', 'Giáo dục và Đào tạo'], pool: ['cb-08', 'cb-09'] },
  { desk: 'Quầy 5 – Tiếp nhận chung', fields: ['Các lĩnh vực khác', 'Công an – Cư trú'], pool: ['cb-10', 'cb-11'] },
];

/** Who replaces whom in the current week: Wednesday, land desk. */
const REPLACEMENT = { desk: 1, weekday: 2, by: 'cb-05' } as const;

const HOURS = { morning: '07:30–11:30', afternoon: '13:30–17:00' };

function dutyOf(id: string): DutyOfficial {
  const o = official(id);
  const d: DutyOfficial = { name: o.name, title: o.title, office: o.office };
  if (o.phone) d.phone = o.phone;
  return d;
}

const holidayIndex = () => new Map(HOLIDAYS.flatMap((y) => y.holidays.map((h) => [h.date, h.name] as const)));
const workdayIndex = () => new Set(HOLIDAYS.flatMap((y) => y.workdays.map((w) => w.date)));

function weekNumber(week: string): number {
  return Number(week.slice(6));
}

/** One week of the roster. `offset` is relative to the current week; `sparse` publishes only part. */
function buildWeek(week: string, offset: number, today: string, sparse: boolean): RosterWeek {
  const holidays = holidayIndex();
  const workdays = workdayIndex();
  const parity = weekNumber(week) % 2;
  const days: RosterDay[] = weekDates(week).map((date, i) => {
    const holiday = holidays.get(date);
    const staffed = holiday === undefined && (i < 5 || workdays.has(date)) && !(sparse && i > 2);
    const day: RosterDay = { date, sessions: [] };
    if (holiday !== undefined) day.holiday = holiday;
    if (!staffed) return day;
    const slotsFor = (session: Session): DutySlot[] =>
      DESKS.flatMap((desk, d) => {
        if (sparse && d !== 0 && d !== 4) return [];
        // Alternate who takes Mon/Wed/Fri week by week; weekend make-up days go to the first.
        const first = i >= 5 ? 0 : (i % 2 === 0 ? 0 : 1) ^ parity;
        const id = desk.pool[first] as string;
        const slot: DutySlot = { desk: desk.desk, fields: desk.fields, officials: [dutyOf(id)] };
        if (offset === 0 && d === REPLACEMENT.desk && i === REPLACEMENT.weekday && !sparse) {
          slot.officials = [{ ...dutyOf(REPLACEMENT.by), replaces: official(id).name }];
        }
        // The reception desk is busier in the morning: a third official joins on Monday and Thursday mornings.
        if (d === 4 && session === 'morning' && (i === 0 || i === 3)) slot.officials.push(dutyOf('cb-12'));
        return [slot];
      });
    day.sessions = [
      { session: 'morning', slots: slotsFor('morning') },
      { session: 'afternoon', slots: slotsFor('afternoon') },
    ];
    return day;
  });
  // Published the Friday before the week, never in the future.
  const published = addDays(weekDates(week)[0] as string, -3);
  const updated = published > today ? today : published;
  return { week, office: HOME_OFFICE, hours: { ...HOURS }, days, updatedAt: `${updated}T16:00:00+07:00` };
}

/**
 * A week that is always published, whatever `today` is, so tests and demos have a fixed holiday
 * week to open: Monday 27/4 (Hùng Kings, day off in lieu), Thursday 30/4 and Friday 1/5 are
 * holidays, Tuesday and Wednesday are staffed.
 */
export const HOLIDAY_WEEK = '2026-W18';

/**
 * The roster from four weeks before to four weeks after `today`'s week; the last one is only
 * partly published. When no holiday falls in that span, the week of the next weekday holiday is
 * added so a holiday week is always there to show; `HOLIDAY_WEEK` is added too when outside it.
 */
export function buildRosterWeeks(today: string): RosterWeek[] {
  const monday = weekDates(isoWeek(today))[0] as string;
  const weeks = Array.from({ length: 9 }, (_, k) => {
    const offset = k - 4;
    return buildWeek(isoWeek(addDays(monday, offset * 7)), offset, today, offset === 4);
  });
  const hasHoliday = weeks.some((w) => w.days.some((d, i) => i < 5 && d.holiday !== undefined));
  if (!hasHoliday) {
    const last = weekDates(weeks[weeks.length - 1]!.week)[6] as string;
    const next = HOLIDAYS.flatMap((y) => y.holidays)
      .map((h) => h.date)
      .filter((date) => date > last && weekDates(isoWeek(date)).indexOf(date) < 5)
      .sort()[0];
    if (next) weeks.push(buildWeek(isoWeek(next), 99, today, false));
  }
  if (!weeks.some((w) => w.week === HOLIDAY_WEEK)) weeks.push(buildWeek(HOLIDAY_WEEK, 99, today, false));
  return weeks;
}
