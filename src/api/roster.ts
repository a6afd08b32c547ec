import * as z from 'zod/mini';
import { IsoWeek, RosterWeek } from '../model/roster.js';
import type { CallOptions, Transport } from './transport.js';
import { check } from './validate.js';

export interface RosterResource {
  /** The duty roster of an ISO week (`2026-W47`); the server's current week when omitted. */
  week(week?: string, options?: CallOptions): Promise<RosterWeek>;
}

const WeekInput = z.object({ week: z.optional(IsoWeek) });

export function rosterResource(transport: Transport): RosterResource {
  return {
    async week(week, options) {
      const q = check(WeekInput, { week }, 'request');
      const body = await transport.send({ method: 'get', path: 'roster', searchParams: { ...q }, policy: 'read' }, options);
      return check(RosterWeek, body, 'response');
    },
  };
}
