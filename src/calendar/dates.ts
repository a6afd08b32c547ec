// ISO local dates as integer day numbers (days since 1970-01-01), computed with
// plain integer arithmetic so no time zone or Date quirk (years < 100) can shift a day.
import { OFFICE_TIME_ZONE, officeToday } from '../domain/office-time.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Day number of a proleptic Gregorian date (Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of a day number (Hinnant's civil_from_days). */
export function civil(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Parses 'YYYY-MM-DD' to a day number; throws RangeError naming the value if malformed or non-existent. */
export function parseIsoDate(value: string): number {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!m) throw new RangeError(`Invalid ISO date ${describe(value)}: expected YYYY-MM-DD`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const days = dayNumber(year, month, day);
  // Round-trip rejects month 13, 2025-02-29 and the like.
  const back = civil(days);
  if (year < 1 || back.year !== year || back.month !== month || back.day !== day) {
    throw new RangeError(`Invalid ISO date ${describe(value)}: no such calendar day`);
  }
  return days;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Formats a day number as 'YYYY-MM-DD'. */
export function formatIsoDate(days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Invalid day number ${describe(days)}: expected an integer`);
  const { year, month, day } = civil(days);
  if (year < 1 || year > 9999) throw new RangeError(`Day number ${days} is outside years 0001–9999`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOf(days: number): number {
  return (((days + 3) % 7) + 7) % 7 + 1;
}

/** ISO weekday of an ISO date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return isoWeekdayOf(parseIsoDate(date));
}

/** The ISO date `n` calendar days after `date` (n may be negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Invalid day count ${describe(n)}: expected an integer`);
  return formatIsoDate(parseIsoDate(date) + n);
}

/** Building an Intl formatter costs far more than using one: one per time zone. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let hit = dayFormats.get(timeZone);
  if (!hit) dayFormats.set(timeZone, (hit = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return hit;
}

/**
 * Today's ISO date in a time zone (Vietnam's by default), so a citizen abroad
 * or a server in UTC still sees the office's date.
 */
export function todayIso(timeZone = OFFICE_TIME_ZONE, now: Date = new Date()): string {
  if (timeZone === OFFICE_TIME_ZONE) return officeToday(now); // the office's clock has one home
  const parts = dayFormat(timeZone).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}
