/**
 * Working days a dossier has used and has left, counted with the holiday lists the API supplies
 * (src/calendar), in the office's time zone. Pure: the element fetches the holiday lists.
 */
import { countdown, createWorkCalendar, mergeHolidayCalendars, type HolidayCalendar } from '../../calendar/index.js';
import { officeDate } from '../../domain/office-time.js';
import type { Dossier } from '../../model/dossier.js';

/** The office's calendar day of an instant (kept here for this file's readers; the rule is in src/domain). */
export { officeDate };

/** Statuses whose handling ended without a result: no deadline runs for them. */
export const ENDED_WITHOUT_RESULT = new Set([3, 7, 8]);

export interface Progress {
  /** Working days used, from reception to completion (or today), minus days paused for supplements. */
  elapsed: number;
  /** Working days left until the appointment date (0 once passed or finished). */
  remaining: number;
  /** Working days past the appointment date. */
  overdueBy: number;
  /** Finished (completed or returned): counts stop at the completion day. */
  finished: boolean;
  /** Days the clock was paused while the citizen supplied documents. */
  paused: number;
}

/** Every year whose holidays matter: from reception to the latest of today, due and new dates. */
export function yearsInvolved(dossier: Dossier, today: string): number[] {
  const dates = [officeDate(dossier.receivedAt), dossier.appointmentDate, today];
  if (dossier.apology) dates.push(dossier.apology.newAppointmentDate);
  if (dossier.completedAt) dates.push(officeDate(dossier.completedAt));
  const years = dates.map((d) => Number(d.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Undefined for dossiers that ended without a result (refused, withdrawn, stopped). */
export function progressOf(dossier: Dossier, holidays: readonly HolidayCalendar[], today: string): Progress | undefined {
  if (ENDED_WITHOUT_RESULT.has(dossier.status)) return undefined;
  const calendar = createWorkCalendar(mergeHolidayCalendars(holidays));
  const finishedAt = dossier.completedAt ?? dossier.returnedAt;
  const end = finishedAt ? officeDate(finishedAt) : today;
  const counted = countdown(calendar, officeDate(dossier.receivedAt), dossier.appointmentDate, end);
  const paused = dossier.supplement?.pausedWorkingDays ?? 0;
  return {
    elapsed: Math.max(0, counted.elapsed - paused),
    remaining: finishedAt ? 0 : counted.remaining,
    overdueBy: counted.overdueBy,
    finished: finishedAt !== undefined,
    paused,
  };
}
