import * as z from 'zod/mini';
import { IsoDate, Text } from './common.js';

export const CalendarDay = z.object({ date: IsoDate, name: Text });
export type CalendarDay = z.infer<typeof CalendarDay>;

/**
 * Days off and swapped working days for a year, decided each year by the government; the API
 * supplies them so no year is hard-coded in the library.
 */
export const HolidayList = z.object({
  year: z.int(),
  /** Days off, including weekdays swapped off. */
  holidays: z.array(CalendarDay),
  /** Weekend days made working days by a swap decision. */
  workdays: z.array(CalendarDay),
});
export type HolidayList = z.infer<typeof HolidayList>;
