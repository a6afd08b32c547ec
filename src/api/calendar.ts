import * as z from 'zod/mini';
import { HolidayList } from '../model/calendar.js';
import type { CallOptions, Transport } from './transport.js';
import { check } from './validate.js';

export interface CalendarResource {
  /** Days off and swapped working days of a year, as decided for that year. */
  holidays(year: number, options?: CallOptions): Promise<HolidayList>;
}

const YearInput = z.object({ year: z.int().check(z.gte(1000), z.lte(9999)) });

export function calendarResource(transport: Transport): CalendarResource {
  return {
    async holidays(year, options) {
      const q = check(YearInput, { year }, 'request');
      const body = await transport.send({ method: 'get', path: 'holidays', searchParams: { ...q }, policy: 'read' }, options);
      return check(HolidayList, body, 'response');
    },
  };
}
