/**
 * The office's clock: Vietnam keeps UTC+7 all year, and every date a citizen sees (today, the
 * day a dossier was received, the duty roster's day) is the office's date, wherever the page or
 * the server runs.
 */

export const OFFICE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

let dayFormat: Intl.DateTimeFormat | undefined;
let clockFormat: Intl.DateTimeFormat | undefined;

/** One formatter per process: building an Intl.DateTimeFormat per row is what made /stats slow. */
function parts(now: Date, withTime: boolean): Map<string, string> {
  const format = withTime
    ? (clockFormat ??= new Intl.DateTimeFormat('en-US', {
        timeZone: OFFICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      }))
    : (dayFormat ??= new Intl.DateTimeFormat('en-US', { timeZone: OFFICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }));
  return new Map(format.formatToParts(now).map((p) => [p.type, p.value]));
}

const isoDay = (p: Map<string, string>): string => `${(p.get('year') ?? '').padStart(4, '0')}-${p.get('month')}-${p.get('day')}`;

/**
 * The office's calendar day (`YYYY-MM-DD`) of an instant: `2025-09-22T23:30:00Z` is already the
 * 23rd in Hà Nội. An unparsable string keeps its first ten characters.
 */
export function officeDate(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant).slice(0, 10);
  return isoDay(parts(date, false));
}

/** The office's date today. */
export function officeToday(now: Date = new Date()): string {
  return officeDate(now);
}

/** The office's date and minute of the day at `now`. */
export function officeClock(now: Date): { date: string; minutes: number } {
  const p = parts(now, true);
  return { date: isoDay(p), minutes: Number(p.get('hour') ?? 0) * 60 + Number(p.get('minute') ?? 0) };
}
