import * as z from 'zod/mini';
import { IsoDate, IsoDateTime, Text } from './common.js';

/**
 * The live queue of the one-stop office's ticket machine (máy phát số xếp hàng): a snapshot of
 * every service and counter, and the stream of tickets issued and called that keeps it current.
 */

const Count = z.int().check(z.gte(0));
/** A ticket number as printed: service number × 1000 + its place in the day's sequence (`2015`). */
export const TicketNumber = z.int().check(z.gte(1), z.lte(999_999));
/**
 * Event ids grow with every event, across days: a client that reconnects with the last id it saw
 * gets exactly what came after it.
 */
export const QueueEventId = z.int().check(z.gte(0));

/** Minutes one ticket took at a counter today, lower and upper quartile; null before enough were served. */
export const MinuteRange = z.object({
  min: Count,
  max: Count,
});
export type MinuteRange = z.infer<typeof MinuteRange>;

export const QueueCounter = z.object({
  id: Text,
  name: Text,
  /** The number this counter last called (now serving); null before its first call of the day. */
  serving: z.nullable(TicketNumber),
});
export type QueueCounter = z.infer<typeof QueueCounter>;

export const QueueService = z.object({
  id: Text,
  name: Text,
  counters: z.array(QueueCounter),
  /** The day's first number of this service: a ticket belongs to the service with the greatest firstNumber not above it. */
  firstNumber: TicketNumber,
  /** The last number the machine issued for this service today; null before the first. */
  lastIssued: z.nullable(TicketNumber),
  /** The highest number called so far: every number up to it has been called (first come, first served). */
  lastCalled: z.nullable(TicketNumber),
  /** Tickets issued and not yet called. */
  waiting: Count,
  /** Observed minutes per ticket today (quartiles); null until a few tickets were served. */
  serviceMinutes: z.nullable(MinuteRange),
  /** A new ticket's estimated wait in minutes, a range and never a promise; null without observations. */
  estimate: z.nullable(MinuteRange),
});
export type QueueService = z.infer<typeof QueueService>;

export const QueueClosedReason = z.enum(['outside-hours', 'holiday', 'weekend']);
export type QueueClosedReason = z.infer<typeof QueueClosedReason>;

export const QueueSnapshot = z.object({
  office: Text,
  /** The office's calendar day (Vietnam time). */
  date: IsoDate,
  /** When the snapshot was taken. */
  asOf: IsoDateTime,
  open: z.boolean(),
  /** Why the office is closed; absent while open. */
  closedReason: z.optional(QueueClosedReason),
  /** The holiday's name when closedReason is `holiday`. */
  holiday: z.optional(z.string()),
  /** Published office hours, e.g. `07:30–11:30`. */
  hours: z.object({ morning: z.string(), afternoon: z.string() }),
  /** The next opening while closed. */
  opensAt: z.optional(IsoDateTime),
  services: z.array(QueueService),
  /** The id of the last event included; subscribe from it to miss nothing. */
  lastEventId: QueueEventId,
});
export type QueueSnapshot = z.infer<typeof QueueSnapshot>;

export const QueueIssuedEvent = z.object({
  id: QueueEventId,
  type: z.literal('issued'),
  at: IsoDateTime,
  service: Text,
  number: TicketNumber,
  /** Waiting for this service after the event. */
  waiting: Count,
});
export type QueueIssuedEvent = z.infer<typeof QueueIssuedEvent>;

export const QueueCalledEvent = z.object({
  id: QueueEventId,
  type: z.literal('called'),
  at: IsoDateTime,
  service: Text,
  counter: Text,
  number: TicketNumber,
  waiting: Count,
});
export type QueueCalledEvent = z.infer<typeof QueueCalledEvent>;

export const QueueEvent = z.discriminatedUnion('type', [QueueIssuedEvent, QueueCalledEvent]);
export type QueueEvent = z.infer<typeof QueueEvent>;

/**
 * The wait before `ahead` tickets are all served by `counters` counters that each take
 * `perTicket` minutes (a range): the same rule on the server and in the widget, so the two agree.
 */
export function estimateWait(ahead: number, counters: number, perTicket: MinuteRange | null): MinuteRange | null {
  if (!perTicket || counters < 1) return null;
  if (ahead <= 0) return { min: 0, max: 0 };
  const rounds = ahead / counters;
  return { min: Math.floor(rounds * perTicket.min), max: Math.ceil(rounds * perTicket.max) };
}
