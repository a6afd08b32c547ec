/**
 * Pure, DOM-free helpers for the duty roster: moving between ISO weeks, reading what a person
 * typed as a week, the desks and fields of a week, and which session is on now in office time.
 */
import { addDays, isoWeek, weekDates } from '../../calendar/index.js';
import type { RosterWeek, Session } from '../../model/index.js';
import { OFFICE_TIME_ZONE, officeClock } from '../../domain/office-time.js';

export const SESSIONS: readonly Session[] = ['morning', 'afternoon'];

/** The office's time zone: "today" and "now" are the desk's, not the reader's. */
export { OFFICE_TIME_ZONE as OFFICE_TZ };

/** True for a `YYYY-Www` that exists (2025-W53 does not). */
export function isValidWeek(week: string | undefined | null): week is string {
  if (!week) return false;
  try {
    weekDates(week);
    return true;
  } catch {
    return false;
  }
}

/** The ISO week `n` weeks after `week` (n may be negative). */
export function shiftWeek(week: string, n: number): string {
  const monday = weekDates(week)[0] as string;
  return isoWeek(addDays(monday, n * 7));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function weekOf(year: number, n: number): string | undefined {
  const week = `${String(year).padStart(4, '0')}-W${pad2(n)}`;
  return isValidWeek(week) ? week : undefined;
}

function dayWeek(year: number, month: number, day: number): string | undefined {
  const date = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  try {
    return isoWeek(date);
  } catch {
    return undefined;
  }
}

/**
 * Reads a week as people type it, for browsers whose `<input type="week">` is a text box:
 * `2026-W47`, `2026W47`, `W47/2026`, `tuần 47/2026`, `47-2026`, or a day in it
 * (`2026-11-18`, `18/11/2026`). Returns `YYYY-Www`, or undefined when it names no week.
 */
export function parseWeekInput(text: string): string | undefined {
  const s = text.trim().toLowerCase().normalize('NFC');
  if (!s) return undefined;
  let m = /^(\d{4})\s*-?\s*w\s*(\d{1,2})$/.exec(s);
  if (m) return weekOf(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return dayWeek(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return dayWeek(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(?:w|tuần|tuan|week|wk)?\s*(\d{1,2})\s*(?:[/,-]|\s)\s*(?:năm|nam)?\s*(\d{4})$/.exec(s);
  if (m) return weekOf(Number(m[2]), Number(m[1]));
  return undefined;
}

/** The week's desks in the order they first appear; each with the fields it handles. */
export function weekDesks(week: RosterWeek): Array<{ desk: string; fields: string[] }> {
  const desks = new Map<string, Set<string>>();
  for (const day of week.days) {
    for (const { slots } of day.sessions) {
      for (const slot of slots) {
        const fields = desks.get(slot.desk) ?? new Set<string>();
        for (const f of slot.fields) fields.add(f);
        desks.set(slot.desk, fields);
      }
    }
  }
  return [...desks].map(([desk, fields]) => ({ desk, fields: [...fields] }));
}

let collator: Intl.Collator | undefined;

/**
 * Every field handled at some desk this week, sorted the Vietnamese way (one collator, not one per
 * comparison); with `sorted` false, in the order the desks list them, which needs no collator
 * (the first one a page builds loads ICU's collation data, tens of milliseconds on a phone).
 */
export function weekFields(week: RosterWeek, sorted = true): string[] {
  const all = [...new Set(weekDesks(week).flatMap((d) => d.fields))];
  if (!sorted) return all;
  collator ??= new Intl.Collator('vi');
  return all.sort(collator.compare);
}

/** The slot of a desk on a day and session, if any. */
/** True when neither Saturday nor Sunday has anyone on duty: a narrow widget leaves them out. */
export function emptyWeekend(week: RosterWeek): boolean {
  return week.days.slice(5).every((day) => day.sessions.every((s) => s.slots.every((slot) => slot.officials.length === 0)));
}

export function slotAt(week: RosterWeek, dayIndex: number, session: Session, desk: string) {
  return week.days[dayIndex]?.sessions.find((s) => s.session === session)?.slots.find((s) => s.desk === desk);
}

const hasSlots = (day: RosterWeek['days'][number]) => day.sessions.some((s) => s.slots.length > 0);

export type WeekState = 'empty' | 'partial' | 'full';

/**
 * `empty`: nobody on duty all week; `partial`: some Monday–Friday working days (not holidays) have
 * no roster yet while others do; `full` otherwise.
 */
export function weekState(week: RosterWeek): WeekState {
  const staffed = week.days.filter(hasSlots).length;
  if (staffed === 0) return 'empty';
  const missing = week.days.some((day, i) => i < 5 && day.holiday === undefined && !hasSlots(day));
  return missing ? 'partial' : 'full';
}

/** How many slots have an official standing in for another (the week "changed"). */
export function replacementCount(week: RosterWeek): number {
  let n = 0;
  for (const day of week.days) {
    for (const { slots } of day.sessions) {
      for (const slot of slots) if (slot.officials.some((o) => o.replaces)) n += 1;
    }
  }
  return n;
}

/** `07:30–11:30` (en dash, hyphen or "đến") → minutes since midnight; undefined if unreadable. */
export function parseHours(text: string): { start: number; end: number } | undefined {
  const m = /(\d{1,2})[:hg.](\d{2})?\s*(?:[–—-]|đến|to)\s*(\d{1,2})[:hg.](\d{2})?/i.exec(text);
  if (!m) return undefined;
  const start = Number(m[1]) * 60 + Number(m[2] ?? 0);
  const end = Number(m[3]) * 60 + Number(m[4] ?? 0);
  if (start >= end || end > 24 * 60) return undefined;
  return { start, end };
}

/** The office's date and minute of the day (the rule is in src/domain). */
export { officeClock };

/** The session whose published hours include `minutes`, if any. */
export function sessionAt(hours: RosterWeek['hours'], minutes: number): Session | undefined {
  return SESSIONS.find((s) => {
    const h = parseHours(hours[s]);
    return h !== undefined && minutes >= h.start && minutes < h.end;
  });
}

/** The week narrowed to the desks that handle `field` (all desks when field is empty). */
export function filterWeek(week: RosterWeek, field: string | undefined): RosterWeek {
  if (!field) return week;
  return {
    ...week,
    days: week.days.map((day) => ({
      ...day,
      sessions: day.sessions.map((s) => ({ ...s, slots: s.slots.filter((slot) => slot.fields.includes(field)) })),
    })),
  };
}
