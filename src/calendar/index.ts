export type { CalendarDay, Countdown, HolidayCalendar, WorkCalendar } from './types.js';
export { addDays, formatIsoDate, isoWeekday, parseIsoDate, todayIso } from './dates.js';
export { isoWeek, isoWeeksInYear, weekDates } from './week.js';
export { countdown, createWorkCalendar, mergeHolidayCalendars } from './work-calendar.js';
