// GET /roster?week=YYYY-Www: the duty roster, or the week's empty frame (never 404).
import * as z from 'zod/mini';
import { isoWeek, weekDates } from '../../src/calendar/index.js';
import { IsoWeek, type RosterWeek } from '../../src/model/index.js';
import { ApiError } from '../errors.js';
import { parseQuery } from '../query.js';
import type { AppState, Context, Reply } from '../types.js';

const RosterQuery = z.object({ week: z.optional(IsoWeek) });

const DEFAULT_OFFICE = 'Bộ phận Một cửa';
const DEFAULT_HOURS = { morning: '07:30–11:30', afternoon: '13:30–17:00' };

function holidayName(state: AppState, date: string): string | undefined {
  const list = state.holidays.get(Number(date.slice(0, 4)));
  return list?.holidays.find((h) => h.date === date)?.name;
}

/** The seven days of a week nobody has planned yet, with public holidays named. */
export function emptyWeek(state: AppState, week: string, dates: string[]): RosterWeek {
  const sample = state.data.rosterWeeks[0];
  return {
    week,
    office: sample?.office ?? DEFAULT_OFFICE,
    hours: sample?.hours ?? DEFAULT_HOURS,
    days: dates.map((date) => {
      const day: RosterWeek['days'][number] = {
        date,
        sessions: [
          { session: 'morning', slots: [] },
          { session: 'afternoon', slots: [] },
        ],
      };
      const holiday = holidayName(state, date);
      if (holiday) day.holiday = holiday;
      return day;
    }),
  };
}

export function getRoster({ url, state }: Context): Reply {
  const query = parseQuery(url.searchParams, RosterQuery, ['week']);
  const week = query.week ?? isoWeek(state.today());
  let dates: string[];
  try {
    dates = weekDates(week);
  } catch {
    // The pattern allows W53 in every year; only some years have one.
    throw new ApiError(400, 'INVALID_QUERY', `Năm ${week.slice(0, 4)} không có tuần ${week.slice(6)}.`, {
      details: [{ path: 'week', message: 'tuần không có trong năm này' }],
    });
  }
  return { body: state.roster.get(week) ?? emptyWeek(state, week, dates) };
}
