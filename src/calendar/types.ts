import type { CalendarDay } from '../model/calendar.js';

// The model's schema is the one source of the holiday entry's shape.
export type { CalendarDay };

/**
 * The year's holiday decisions, supplied as data (never hard-coded).
 * Field names match the zod schema `HolidayList` in src/model/calendar.ts.
 */
export type HolidayCalendar = {
  /** Days off, including weekdays swapped off (e.g. Fri 2/5/2025). */
  holidays: CalendarDay[];
  /** Weekend days made working days by a swap decision (e.g. Sat 26/4/2025). */
  workdays?: CalendarDay[];
};

/** Working-day arithmetic over ISO local dates ('YYYY-MM-DD'). */
export interface WorkCalendar {
  isWorkingDay(date: string): boolean;
  /**
   * The date `n` working days after `start` (start itself not counted).
   * `n = 0` returns `start` if it is a working day, else the next working day
   * (so a deadline that falls on a holiday moves forward). Negative `n` counts back.
   */
  addWorkingDays(start: string, n: number): string;
  /** Working days in (from, to]; negative when `to` is before `from`. */
  workingDaysBetween(from: string, to: string): number;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string;
  /** The holiday's name when `date` is listed as a day off, else undefined. */
  holidayName(date: string): string | undefined;
}

/** Progress of a dossier against its appointment date, in working days. */
export type Countdown = {
  /** Working days in (receivedAt, today]. */
  elapsed: number;
  /** Working days in (today, due]; 0 once the due day has passed. */
  remaining: number;
  /** Working days in (due, today]; 0 while on time. */
  overdueBy: number;
  /** True once today is past the due day, even before a working day is lost (due Friday, today Saturday). */
  overdue: boolean;
};
