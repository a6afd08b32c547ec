// One working day of the ticket machine, simulated from a seed and the date alone: the same day
// always gives the same tickets, calls and event ids, so a restarted server (or another
// instance) replays exactly what the first one sent.
import { parseIsoDate } from '../../src/calendar/index.js';
import { createRng, hashString, type Rng } from '../data/prng.js';
import { numberBase, type ServiceLayout } from './layout.js';

/** Event ids are day number × ID_DAY + place in the day (1-based): increasing across days. */
export const ID_DAY = 100_000;

export interface PlannedTicket {
  service: number;
  number: number;
  issuedAt: number;
  /** ms of the day the counter called it, and which counter. */
  calledAt: number;
  counter: number;
  doneAt: number;
}

export interface PlannedEvent {
  id: number;
  type: 'issued' | 'called';
  /** ms since the local midnight. */
  at: number;
  ticket: PlannedTicket;
  /** Tickets of the service waiting after this event. */
  waiting: number;
}

export interface DayPlan {
  date: string;
  /** The id before the day's first event (a snapshot taken before any event carries it). */
  baseId: number;
  tickets: PlannedTicket[];
  events: PlannedEvent[];
}

const MINUTE = 60_000;
/** The machine stops issuing this long before a session ends. */
const LAST_ISSUE = 10 * MINUTE;

/** An exponential gap between arrivals (a Poisson process) of `perHour` on average. */
const gap = (rng: Rng, perHour: number) => (-Math.log(1 - rng.next()) / perHour) * 60 * MINUTE;

/** Short tickets are common, long ones rare: the mean of two uniforms leans to the middle-low. */
function duration(rng: Rng, [lo, hi]: [number, number]): number {
  const u = Math.min(rng.next(), rng.next()) * 0.6 + rng.next() * 0.4;
  return Math.round((lo + u * (hi - lo)) * 60) * 1000;
}

/**
 * One service through one session, first come first served at whichever counter frees first. A
 * ticket that could not be called before the session ends is never issued (the machine stops).
 */
function simulateSession(rng: Rng, layout: ServiceLayout, service: number, [start, end]: [number, number], firstSeq: number): PlannedTicket[] {
  const free = layout.counters.map(() => start);
  const tickets: PlannedTicket[] = [];
  for (let t = start + gap(rng, layout.perHour); t < end - LAST_ISSUE; t += gap(rng, layout.perHour)) {
    let counter = 0;
    for (let c = 1; c < free.length; c++) if (free[c]! < free[counter]!) counter = c;
    // Whole seconds, as a ticket printer stamps them: the wire's times are then exact.
    const issuedAt = Math.round(t / 1000) * 1000;
    const calledAt = Math.max(issuedAt, free[counter]!);
    if (calledAt >= end) break;
    const doneAt = calledAt + duration(rng, layout.minutes);
    free[counter] = doneAt;
    tickets.push({ service, number: numberBase(service) + firstSeq + tickets.length, issuedAt, calledAt, counter, doneAt });
  }
  return tickets;
}

/** The whole day: tickets of every service in both sessions, and the ordered, numbered events. */
export function planDay(date: string, seed: number, layout: ServiceLayout[], sessions: Array<[number, number]>): DayPlan {
  const tickets: PlannedTicket[] = [];
  layout.forEach((service, index) => {
    let seq = 1;
    sessions.forEach((session, s) => {
      const rng = createRng(hashString(`${seed}|${date}|${service.id}|${s}`));
      const made = simulateSession(rng, service, index, session, seq);
      seq += made.length;
      tickets.push(...made);
    });
  });
  return { date, baseId: parseIsoDate(date) * ID_DAY, tickets, events: orderEvents(date, tickets, layout.length) };
}

function orderEvents(date: string, tickets: PlannedTicket[], services: number): PlannedEvent[] {
  const raw = tickets.flatMap((ticket) => [
    { type: 'issued' as const, at: ticket.issuedAt, ticket },
    { type: 'called' as const, at: ticket.calledAt, ticket },
  ]);
  // Time, then a ticket's issue before any call at the same instant, then service and number:
  // a total order, so ids never depend on sort stability.
  raw.sort((a, b) => a.at - b.at || (a.type === b.type ? 0 : a.type === 'issued' ? -1 : 1) || a.ticket.service - b.ticket.service || a.ticket.number - b.ticket.number);
  const waiting = new Array<number>(services).fill(0);
  const baseId = parseIsoDate(date) * ID_DAY;
  return raw.map((e, i) => {
    waiting[e.ticket.service]! += e.type === 'issued' ? 1 : -1;
    return { ...e, id: baseId + i + 1, waiting: waiting[e.ticket.service]! };
  });
}
