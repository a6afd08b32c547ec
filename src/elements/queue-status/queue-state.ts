/**
 * The queue as the widget holds it: a snapshot moved forward by stream events, and what a
 * citizen's own ticket number means in it. Pure functions, no DOM.
 */
import { estimateWait, type MinuteRange, type QueueEvent, type QueueService, type QueueSnapshot } from '../../model/queue.js';

/** The snapshot after `event` (unchanged for an event it already includes or does not know). */
export function applyEvent(snapshot: QueueSnapshot, event: QueueEvent): QueueSnapshot {
  if (event.id <= snapshot.lastEventId) return snapshot;
  const services = snapshot.services.map((service) => {
    if (service.id !== event.service) return service;
    const next: QueueService = { ...service, waiting: event.waiting };
    if (event.type === 'issued') next.lastIssued = Math.max(service.lastIssued ?? 0, event.number);
    else {
      next.lastCalled = Math.max(service.lastCalled ?? 0, event.number);
      next.counters = service.counters.map((c) => (c.id === event.counter ? { ...c, serving: event.number } : c));
    }
    next.estimate = estimateWait(next.waiting, next.counters.length, next.serviceMinutes);
    return next;
  });
  return { ...snapshot, services, lastEventId: event.id };
}

export type TicketView =
  | { state: 'unknown-service'; number: number }
  | { state: 'not-issued'; number: number; service: QueueService }
  | { state: 'waiting'; number: number; service: QueueService; ahead: number; estimate: MinuteRange | null }
  | { state: 'your-turn'; number: number; service: QueueService; counter: string }
  | { state: 'passed'; number: number; service: QueueService };

/** The service that prints `number`: the one with the greatest first number not above it. */
export function serviceOf(snapshot: QueueSnapshot, number: number): QueueService | undefined {
  let found: QueueService | undefined;
  for (const s of snapshot.services) if (s.firstNumber <= number && (!found || s.firstNumber > found.firstNumber)) found = s;
  return found;
}

export function ticketView(snapshot: QueueSnapshot, number: number): TicketView {
  const service = serviceOf(snapshot, number);
  if (!service) return { state: 'unknown-service', number };
  const counter = service.counters.find((c) => c.serving === number);
  if (counter) return { state: 'your-turn', number, service, counter: counter.name };
  if (service.lastIssued === null || number > service.lastIssued) return { state: 'not-issued', number, service };
  const lastCalled = service.lastCalled ?? service.firstNumber - 1;
  if (number <= lastCalled) return { state: 'passed', number, service };
  const ahead = number - lastCalled - 1;
  return { state: 'waiting', number, service, ahead, estimate: estimateWait(ahead, service.counters.length, service.serviceMinutes) };
}

/** A ticket number as typed: digits only, spaces and a leading "#" or "số" forgiven. */
export function parseTicket(text: string): number | undefined {
  const cleaned = text.trim().replace(/^(#|số|so)\s*/i, '').replace(/\s+/g, '');
  if (!/^\d{1,6}$/.test(cleaned)) return undefined;
  const n = Number(cleaned);
  return n >= 1 ? n : undefined;
}
