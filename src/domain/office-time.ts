/**
 * The office's clock: every date a citizen sees (today, the day a dossier was received, the duty
 * roster's day, the queue's opening hours) is the office's date, wherever the page or the server
 * runs. Vietnam (Asia/Ho_Chi_Minh) has kept UTC+7 without daylight saving since 1975, so a fixed
 * offset is exact — and far cheaper than an Intl formatter per event on the queue's stream.
 */

/** For display and calendar files (Intl formatters, the ICS TZID); the arithmetic uses the offset. */
export const OFFICE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** UTC+7, all year. */
export const OFFICE_UTC_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The office's calendar day at an instant (ms since the epoch): ISO date, day number, ms since local midnight. */
export function officeDayAt(instant: number): { date: string; day: number; msOfDay: number } {
  const local = instant + OFFICE_UTC_OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  return { date: isoOfDay(day), day, msOfDay: local - day * DAY_MS };
}

/** The instant of `msOfDay` after local midnight on the office's date `date` (`YYYY-MM-DD`). */
export function officeInstant(date: string, msOfDay: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) - OFFICE_UTC_OFFSET_MS + msOfDay;
}

/** `2025-09-15T08:03:20+07:00`: the office's local time with its offset, whole seconds. */
export function officeIsoTime(instant: number): string {
  const { date, msOfDay } = officeDayAt(instant);
  const s = Math.floor(msOfDay / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}+07:00`;
}

/**
 * The office's calendar day (`YYYY-MM-DD`) of an instant: `2025-09-22T23:30:00Z` is already the
 * 23rd in Hà Nội. An unparsable string keeps its first ten characters.
 */
export function officeDate(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant).slice(0, 10);
  return officeDayAt(date.getTime()).date;
}

/** The office's date today. */
export function officeToday(now: Date = new Date()): string {
  return officeDate(now);
}

/** The office's date and minute of the day at `now`. */
export function officeClock(now: Date): { date: string; minutes: number } {
  const { date, msOfDay } = officeDayAt(now.getTime());
  return { date, minutes: Math.floor(msOfDay / 60_000) };
}
