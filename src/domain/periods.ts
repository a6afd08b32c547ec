/**
 * Statistics periods: `2025-09` (month), `2025-Q3` (quarter), `2025` (year). The server formats
 * them, the elements parse them for labels; both use this file. (The server's SQL for stored
 * survey responses writes the same keys: see PERIOD_SQL in server/store/surveys.ts.)
 */

export const PERIOD_UNITS = ['month', 'quarter', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

export type PeriodParts =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'year'; year: number };

const PERIOD = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])))?$/;

/** The period of unit `unit` holding the ISO date `date` (`YYYY-MM-DD`). */
export function periodOf(date: string, unit: PeriodUnit): string {
  const year = date.slice(0, 4);
  if (unit === 'year') return year;
  if (unit === 'quarter') return `${year}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
  return date.slice(0, 7);
}

/** `2025-09` → month, `2025-Q3` → quarter, `2025` → year; undefined for anything else. */
export function parsePeriod(period: string): PeriodParts | undefined {
  const m = PERIOD.exec(period);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year, month } : undefined;
  }
  if (m[3] !== undefined) return { kind: 'quarter', year, quarter: Number(m[3]) };
  return { kind: 'year', year };
}

/**
 * Every period from `from` to `to` (ISO dates), so charts get zeros instead of gaps. Stops after
 * `max + 1` periods, so the caller can refuse a range that is too long without building it.
 */
export function periodsBetween(from: string, to: string, unit: PeriodUnit, max = Infinity): string[] {
  const periods: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = periodOf(to, unit);
  const step = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  if (unit === 'quarter') month = Math.floor((month - 1) / 3) * 3 + 1;
  if (unit === 'year') month = 1;
  for (;;) {
    const period = periodOf(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`, unit);
    periods.push(period);
    if (period === last || periods.length > max) return periods;
    month += step;
    while (month > 12) {
      month -= 12;
      year++;
    }
  }
}
