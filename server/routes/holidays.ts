// GET /holidays?year=YYYY: the year's days off and swapped working days, as data.
import * as z from 'zod/mini';
import type { HolidayList } from '../../src/model/index.js';
import { parseQuery } from '../query.js';
import type { Context, Reply } from '../types.js';

const HolidayQuery = z.object({
  year: z.string().check(z.regex(/^\d{4}$/, 'năm gồm đúng 4 chữ số (ví dụ 2025)')),
});

export function getHolidays({ url, state }: Context): Reply {
  const { year } = parseQuery(url.searchParams, HolidayQuery, ['year']);
  const n = Number(year);
  // A year without data is an empty list, not an error: the client then counts weekends only.
  const body: HolidayList = state.holidays.get(n) ?? { year: n, holidays: [], workdays: [] };
  return { body };
}
