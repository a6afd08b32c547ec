// OpenCPS writes dates six ways (§1.6), all wall-clock times in Asia/Ho_Chi_Minh (UTC+7, no
// daylight saving). Each reader accepts any of them, so a deployment that formats a field
// differently still reads; a value in none of them is an unexpected answer.

export class DateFormatError extends Error {
  override name = 'DateFormatError';
}

const pad = (n: number | string, w = 2) => String(n).padStart(w, '0');

/** `2026-11-02T09:00:00+07:00`, or undefined for an empty value. `dateOnly` drops an unusable time. */
export interface ReadDate {
  date: string;
  /** Absent when the format's hour is ambiguous (12-hour without AM/PM) or there is none. */
  dateTime?: string;
}

function fromEpoch(ms: number): ReadDate {
  const local = new Date(ms + 7 * 3600_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  return { date, dateTime: `${date}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}+07:00` };
}

const FORMATS: Array<[RegExp, (m: string[]) => ReadDate]> = [
  // dd/MM/yyyy HH:mm:ss (dossiers) and dd/MM/yyyy (query parameters)
  [/^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/, (m) => local(m[3]!, m[2]!, m[1]!, m[4], m[5], m[6])],
  // yyyy-MM-dd'T'HH:mm:ss.SSS'Z' (votings): the Z is a literal, the time is +07:00
  [/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?Z$/, (m) => local(m[1]!, m[2]!, m[3]!, m[4], m[5], m[6])],
  // dd-MM-yyyy hh:mm:ss (serviceinfo detail): 12-hour without AM/PM, so only the date is kept
  [/^(\d{2})-(\d{2})-(\d{4}) \d{2}:\d{2}:\d{2}$/, (m) => ({ date: `${m[3]}-${m[2]}-${m[1]}` })],
  // yyyyMMddHHmmss (Lucene, serviceinfo list)
  [/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/, (m) => local(m[1]!, m[2]!, m[3]!, m[4], m[5], m[6])],
  // epoch milliseconds as a string (holidayDate)
  [/^\d{11,13}$/, (m) => fromEpoch(Number(m[0]))],
];

function local(y: string, mo: string, d: string, h?: string, mi?: string, s?: string): ReadDate {
  const month = Number(mo), day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h ?? 0) > 23 || Number(mi ?? 0) > 59) throw new DateFormatError(`ngày không hợp lệ ${d}/${mo}/${y}`);
  const date = `${y}-${mo}-${d}`;
  return h === undefined ? { date } : { date, dateTime: `${date}T${h}:${mi}:${s ?? '00'}+07:00` };
}

/** Reads any of the six formats; undefined for empty, null or absent; DateFormatError otherwise. */
export function readOpencpsDate(value: unknown): ReadDate | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return fromEpoch(value);
  if (typeof value !== 'string') throw new DateFormatError(`không phải ngày: ${JSON.stringify(value)}`);
  const text = value.trim();
  for (const [pattern, read] of FORMATS) {
    const m = pattern.exec(text);
    if (m) return read(m);
  }
  throw new DateFormatError(`định dạng ngày không có trong tài liệu: ${JSON.stringify(value).slice(0, 40)}`);
}

/** `YYYY-MM-DD` → `dd/MM/yyyy`, the format OpenCPS's query parameters take. */
export const toQueryDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
