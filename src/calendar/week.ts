// ISO-8601 weeks: weeks start on Monday and week 1 is the one holding the year's
// first Thursday, so a week belongs to the year its Thursday falls in.
import { dayNumber, formatIsoDate, isoWeekdayOf, parseIsoDate, civil } from './dates.js';

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/** Day number of the Monday of ISO week 1 of `year`. */
function week1Monday(year: number): number {
  const jan4 = dayNumber(year, 1, 4); // 4 January is always in week 1
  return jan4 - (isoWeekdayOf(jan4) - 1);
}

/** Number of ISO weeks (52 or 53) in `year`. */
export function isoWeeksInYear(year: number): number {
  return (week1Monday(year + 1) - week1Monday(year)) / 7;
}

/** The ISO week of a date as 'YYYY-Www' (2027-01-01 → '2026-W53'). */
export function isoWeek(date: string): string {
  const days = parseIsoDate(date);
  const thursday = days - isoWeekdayOf(days) + 4;
  const year = civil(thursday).year;
  const week = Math.floor((thursday - week1Monday(year)) / 7) + 1;
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** The seven ISO dates, Monday to Sunday, of an ISO week 'YYYY-Www'. */
export function weekDates(week: string): string[] {
  const m = typeof week === 'string' ? ISO_WEEK.exec(week) : null;
  const label = typeof week === 'string' ? JSON.stringify(week) : String(week);
  if (!m) throw new RangeError(`Invalid ISO week ${label}: expected YYYY-Www`);
  const year = Number(m[1]);
  const n = Number(m[2]);
  if (year < 1 || n < 1 || n > isoWeeksInYear(year)) {
    throw new RangeError(`Invalid ISO week ${label}: ${year} has weeks 01–${isoWeeksInYear(year)}`);
  }
  const monday = week1Monday(year) + (n - 1) * 7;
  return Array.from({ length: 7 }, (_, i) => formatIsoDate(monday + i));
}
