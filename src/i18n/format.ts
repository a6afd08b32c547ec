/**
 * Locale-aware formatting through Intl: dates as offices write them (dd/MM/yyyy in Vietnamese),
 * numbers, VND amounts and plural categories. Formatters are cached per locale because building
 * an Intl object is far slower than using one; in Vietnamese and English the commonest formats
 * do not build one at all (fast-format.ts).
 */

import { OFFICE_TIME_ZONE } from '../domain/office-time.js';
import { fastDateTime, fastInteger, fastPercent, fastShortDate, fastWeekday } from './fast-format.js';

/** Offices work in Vietnam's time; instants are shown there whatever the reader's clock says. */
export { OFFICE_TIME_ZONE };

/**
 * The Intl locale for a message locale: Vietnamese as in Vietnam, bare English as British English
 * (day before month, like the Vietnamese forms beside it); anything Intl does not know falls back
 * to Vietnamese so a minority-language catalogue still gets sensible dates and numbers.
 */
export function intlLocale(locale: string): string {
  const lower = locale.toLowerCase();
  if (lower === 'vi') return 'vi-VN';
  if (lower === 'en') return 'en-GB';
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'vi-VN';
  } catch {
    return 'vi-VN';
  }
}

/** `YYYY-MM-DD` is a calendar day, not an instant: parse it as local midnight, never as UTC. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function toDate(value: Date | string | number): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string') {
    const day = ISO_DAY.exec(value);
    if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  }
  return new Date(value);
}

export type DateStyle = 'short' | 'long';

export interface Formatters {
  /** The Intl locale in use. */
  readonly locale: string;
  /** `22/09/2025` (short) or `Thứ Hai, 22 tháng 9, 2025` (long). Calendar days stay as given. */
  date(value: Date | string | number, style?: DateStyle): string;
  /** `08:15 22/09/2025`, in office time. */
  dateTime(value: Date | string | number): string;
  /** `Thứ Hai` / `Monday`: the day of the week of a calendar day. */
  weekday(value: Date | string | number): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /**
   * Amounts in đồng: `50.000 ₫`; with an ISO 4217 code, in that currency (`10 US$`); with any other
   * currency name (as a national record may write it), the number followed by the name.
   */
  currency(amount: number, currency?: string): string;
  /** `0.953` → `95,3%`. */
  percent(ratio: number, maximumFractionDigits?: number): string;
  /** The CLDR plural category of `count` (`one`, `other`, …). */
  plural(count: number): Intl.LDMLPluralRule;
  /** `A, B và C`. */
  list(items: string[]): string;
}

const cache = new Map<string, Formatters>();
const intl = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** One Intl.NumberFormat per locale and options, built on first use (a stats table asks hundreds of times). */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${tag}|${JSON.stringify(options)}`;
  let hit = intl.get(key) as Intl.NumberFormat | undefined;
  if (!hit) intl.set(key, (hit = new Intl.NumberFormat(tag, options)));
  return hit;
}

/** One Intl.DateTimeFormat per locale and options, built on first use. */
export function dateTimeFormat(tag: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `d|${tag}|${JSON.stringify(options)}`;
  let hit = intl.get(key) as Intl.DateTimeFormat | undefined;
  if (!hit) intl.set(key, (hit = new Intl.DateTimeFormat(tag, options)));
  return hit;
}

/** `make()` on the first call, the same object after: a page that never shows a long date never builds its formatter. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function createFormatters(locale: string): Formatters {
  const tag = intlLocale(locale);
  const hit = cache.get(tag);
  if (hit) return hit;

  // Each Intl object is built when first used: building one loads locale (and time zone) data,
  // which on a phone costs several milliseconds apiece, and most widgets use two or three kinds.
  const shortDate = lazy(() => dateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric' }));
  const longDate = lazy(() => dateTimeFormat(tag, { dateStyle: 'full' }));
  // Calendar days are parsed as local midnight, so they are formatted in local time too;
  // instants (with a time) are shown in office time.
  const shortInstant = lazy(() => dateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: OFFICE_TIME_ZONE }));
  const time = lazy(() => dateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: OFFICE_TIME_ZONE }));
  const numbers = lazy(() => numberFormat(tag));
  const money = lazy(() => numberFormat(tag, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }));
  const plurals = lazy(() => new Intl.PluralRules(tag));
  const lists = lazy(() => new Intl.ListFormat(tag, { type: 'conjunction' }));
  const weekdays = lazy(() => dateTimeFormat(tag, { weekday: 'long' }));

  const formatters: Formatters = {
    locale: tag,
    date: (value, style = 'short') => {
      const d = toDate(value);
      if (style === 'long') return longDate().format(d);
      return fastShortDate(tag, d) ?? shortDate().format(d);
    },
    dateTime: (value) => {
      const d = toDate(value);
      return fastDateTime(tag, d) ?? `${time().format(d)} ${shortInstant().format(d)}`;
    },
    weekday: (value) => {
      const d = toDate(value);
      return fastWeekday(tag, d) ?? weekdays().format(d);
    },
    number: (value, options) => {
      if (options) return numberFormat(tag, options).format(value);
      return fastInteger(tag, value) ?? numbers().format(value);
    },
    currency: (amount, currency) => {
      if (!currency || currency === 'VND') return money().format(amount);
      if (!/^[A-Z]{3}$/.test(currency)) return `${formatters.number(amount)} ${currency}`;
      return numberFormat(tag, { style: 'currency', currency, minimumFractionDigits: 0 }).format(amount);
    },
    percent: (ratio, maximumFractionDigits = 1) =>
      fastPercent(tag, ratio, maximumFractionDigits) ?? numberFormat(tag, { style: 'percent', maximumFractionDigits }).format(ratio),
    plural: (count) => plurals().select(count),
    list: (items) => lists().format(items),
  };
  cache.set(tag, formatters);
  return formatters;
}
