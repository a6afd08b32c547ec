// Vietnam wall-clock time of the server's instants. Asia/Ho_Chi_Minh has kept UTC+7 without
// daylight saving since 1975, so a fixed offset is exact and cheaper than Intl per event.
import { formatIsoDate, parseIsoDate } from '../../src/calendar/index.js';

export const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The office's calendar day and the milliseconds since its local midnight. */
export function vnClock(instant: number): { date: string; day: number; msOfDay: number } {
  const local = instant + VN_OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  return { date: formatIsoDate(day), day, msOfDay: local - day * DAY_MS };
}

/** The instant of `msOfDay` on local date `date`. */
export function vnInstant(date: string, msOfDay: number): number {
  return parseIsoDate(date) * DAY_MS - VN_OFFSET_MS + msOfDay;
}

/** `2025-09-15T08:03:20+07:00`: local time with its offset, whole seconds. */
export function vnIso(instant: number): string {
  const { date, msOfDay } = vnClock(instant);
  const s = Math.floor(msOfDay / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}+07:00`;
}

/** `07:30–11:30` (en dash or hyphen) → [start, end] in ms of the day. */
export function parseSession(text: string): [number, number] {
  const m = /^(\d{1,2}):(\d{2})\s*[–-]\s*(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) throw new RangeError(`giờ làm việc không hợp lệ: ${text}`);
  const [h1, m1, h2, m2] = m.slice(1).map(Number) as [number, number, number, number];
  return [(h1 * 60 + m1) * 60_000, (h2 * 60 + m2) * 60_000];
}
