// Working days: Monday–Friday, minus listed holidays, plus weekend days
// made working by a swap decision. All arithmetic is on day numbers.
import { formatIsoDate, isoWeekdayOf, parseIsoDate } from './dates.js';
import type { CalendarDay, Countdown, HolidayCalendar, WorkCalendar } from './types.js';

const isWeekend = (days: number) => isoWeekdayOf(days) >= 6;

/** Count of Mondays–Fridays from a fixed Monday anchor up to `days`; only differences matter. */
function weekdaysThrough(days: number): number {
  const k = days + 3; // day -3 (1969-12-29) was a Monday
  const weeks = Math.floor(k / 7);
  return weeks * 5 + Math.min(k - weeks * 7 + 1, 5);
}

/** How many entries of the sorted array are <= x. */
function countAtMost(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function indexDays(list: CalendarDay[] | undefined, field: string): Map<number, string> {
  const map = new Map<number, string>();
  if (list === undefined) return map;
  if (!Array.isArray(list)) throw new RangeError(`Invalid calendar: ${field} must be an array`);
  for (const entry of list) {
    const days = parseIsoDate(entry?.date);
    // The first name wins if a date is listed twice; repeats are harmless.
    if (!map.has(days)) map.set(days, entry.name);
  }
  return map;
}

/** Builds working-day arithmetic from the holiday data the API supplies. */
export function createWorkCalendar(cal?: HolidayCalendar): WorkCalendar {
  const holidays = indexDays(cal?.holidays ?? [], 'holidays');
  const workdays = indexDays(cal?.workdays, 'workdays');
  for (const days of workdays.keys()) {
    if (holidays.has(days)) {
      throw new RangeError(`Invalid calendar: ${formatIsoDate(days)} is listed both as a holiday and as a workday`);
    }
  }
  // Only entries that change the Monday–Friday rule affect counts.
  const offWeekdays = [...holidays.keys()].filter((d) => !isWeekend(d)).sort((a, b) => a - b);
  const onWeekends = [...workdays.keys()].filter(isWeekend).sort((a, b) => a - b);

  const working = (days: number) => (isWeekend(days) ? workdays.has(days) : !holidays.has(days));

  /** Working days from a fixed anchor through `days`: nondecreasing, +1 exactly on working days. */
  const rank = (days: number) =>
    weekdaysThrough(days) - countAtMost(offWeekdays, days) + countAtMost(onWeekends, days);

  /** The first day whose rank reaches `target`; that day is a working day. */
  function firstWithRank(target: number, near: number): number {
    // Gallop outward from `near` to bracket the answer, then bisect, so long spans stay O(log n).
    let hi = near;
    for (let step = 8; rank(hi) < target; step *= 2) hi += step;
    let lo = hi - 1;
    for (let step = 8; rank(lo) >= target; step *= 2) lo -= step;
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (rank(mid) >= target) hi = mid;
      else lo = mid;
    }
    return hi;
  }

  function addWorkingDays(start: string, n: number): string {
    if (!Number.isSafeInteger(n)) {
      throw new RangeError(`Invalid working-day count ${String(n)}: expected an integer`);
    }
    const s = parseIsoDate(start);
    // n > 0: the n-th working day after start. n <= 0: the working day with |n| working days
    // between it and start, start excluded; n = 0 is then start itself or the next working day.
    const target = n > 0 ? rank(s) + n : rank(s - 1) + n + 1;
    return formatIsoDate(firstWithRank(target, s + Math.trunc((n * 7) / 5)));
  }

  return {
    isWorkingDay: (date) => working(parseIsoDate(date)),
    addWorkingDays,
    workingDaysBetween: (from, to) => rank(parseIsoDate(to)) - rank(parseIsoDate(from)),
    nextWorkingDay: (date) => addWorkingDays(date, 1),
    holidayName: (date) => holidays.get(parseIsoDate(date)),
  };
}

/**
 * A dossier's progress in working days. A due date that falls on a day off
 * (a holiday decided after the receipt was printed) moves to the next working day.
 */
export function countdown(
  calendar: WorkCalendar,
  receivedAt: string,
  appointmentDate: string,
  today: string,
): Countdown {
  const due = calendar.addWorkingDays(appointmentDate, 0);
  const elapsed = Math.max(0, calendar.workingDaysBetween(receivedAt, today));
  const toDue = calendar.workingDaysBetween(today, due);
  return {
    elapsed,
    remaining: Math.max(0, toDue),
    overdueBy: Math.max(0, -toDue),
    overdue: parseIsoDate(today) > parseIsoDate(due),
  };
}

/**
 * Joins several years' holiday lists (the API supplies one per year) so a deadline
 * received in December can count through January's holidays.
 */
export function mergeHolidayCalendars(lists: readonly HolidayCalendar[]): HolidayCalendar {
  return {
    holidays: lists.flatMap((l) => l.holidays),
    workdays: lists.flatMap((l) => l.workdays ?? []),
  };
}
