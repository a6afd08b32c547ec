/**
 * The formats a page shows first, written without Intl for the two built-in locales. Vietnamese
 * and British English write them the same way every time (22/09/2025, 08:15, 1.234 or 1,234,
 * Thứ Hai or Monday, 95,3% or 95.3%), and the first Intl number or date formatter a page builds loads ICU's
 * locale data: 20–40 ms on a desktop, four times that on a phone, inside whichever widget renders
 * first. Anything else (other locales, long dates, fractions, currencies, negative percentages) goes to
 * Intl. test/i18n/fast-format.node.test.ts checks every case here against Intl.
 */
import { officeDayAt } from '../domain/office-time.js';

/** Digit group and decimal separators of each locale written here. */
const SEPARATORS: Readonly<Record<string, string>> = { 'vi-VN': '.,', 'en-GB': ',.' };

const WEEKDAYS: Readonly<Record<string, readonly string[]>> = {
  // Sunday first, as Date#getDay counts.
  'vi-VN': ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  'en-GB': ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const pad2 = (n: number | string) => String(n).padStart(2, '0');
const grouped = (digits: string, group: string) => digits.replace(/\B(?=(\d{3})+$)/g, group);
/** Four-digit years only: Intl pads and signs others in ways not worth copying. */
const plainYear = (year: number) => year >= 1000 && year <= 9999;

/** `1.234` / `1,234` for a whole number; undefined when Intl must do it. */
export function fastInteger(tag: string, value: number): string | undefined {
  const seps = SEPARATORS[tag];
  if (!seps || !Number.isSafeInteger(value) || Object.is(value, -0)) return undefined;
  return (value < 0 ? '-' : '') + grouped(String(Math.abs(value)), seps[0]!);
}

/** `22/09/2025` in the reader's local time (calendar days are parsed as local midnight). */
export function fastShortDate(tag: string, date: Date): string | undefined {
  const year = date.getFullYear();
  if (!SEPARATORS[tag] || !plainYear(year)) return undefined;
  return `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${year}`;
}

/** `08:15 22/09/2025` in office time (UTC+7 all year, office-time.ts). */
export function fastDateTime(tag: string, date: Date): string | undefined {
  const ms = date.getTime();
  if (!SEPARATORS[tag] || Number.isNaN(ms)) return undefined;
  const { date: iso, msOfDay } = officeDayAt(ms);
  if (!plainYear(Number(iso.slice(0, 4)))) return undefined;
  const minutes = Math.floor(msOfDay / 60_000);
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** `Thứ Hai` / `Monday` in the reader's local time. */
export function fastWeekday(tag: string, date: Date): string | undefined {
  return Number.isNaN(date.getTime()) ? undefined : WEEKDAYS[tag]?.[date.getDay()];
}

/**
 * `95,3%` / `95.3%` for a ratio of 0 or more, at most `digits` decimals. Like ICU, the ratio is
 * taken as its shortest decimal form (`String(0.9535)`), scaled by 100 in decimal and rounded half
 * away from zero, so no binary rounding error can tip a half the other way.
 */
export function fastPercent(tag: string, ratio: number, digits: number): string | undefined {
  const seps = SEPARATORS[tag];
  const text = String(ratio);
  if (!seps || Object.is(ratio, -0) || !/^\d+(\.\d+)?$/.test(text) || !(digits >= 0 && digits <= 6 && digits % 1 === 0)) return undefined;
  const [whole = '', fraction = ''] = text.split('.');
  // The digits of ratio × 10^(2 + digits), then the next one, which decides the rounding.
  const scaled = whole + fraction.padEnd(3 + digits, '0');
  const cut = whole.length + 2 + digits;
  const all = String(BigInt(scaled.slice(0, cut)) + (scaled[cut]! >= '5' ? 1n : 0n)).padStart(digits + 1, '0');
  const dec = all.slice(all.length - digits).replace(/0+$/, '');
  return `${grouped(all.slice(0, all.length - digits), seps[0]!)}${dec ? seps[1]! + dec : ''}%`;
}
