// The office's queue at any instant: open or closed (hours, weekends, holidays from the work
// calendar), the day's simulated plan, the snapshot and the events after a given id.
import { createWorkCalendar, formatIsoDate, isoWeekday, mergeHolidayCalendars, type WorkCalendar } from '../../src/calendar/index.js';
import { estimateWait, type MinuteRange, type QueueClosedReason, type QueueEvent, type QueueSnapshot } from '../../src/model/index.js';
import type { HolidayList } from '../../src/model/index.js';
import { officeDayAt, officeInstant, officeIsoTime } from '../../src/domain/office-time.js';
import { parseSession } from './clock.js';
import { DEFAULT_LAYOUT, numberBase, type ServiceLayout } from './layout.js';
import { ID_DAY, planDay, type DayPlan, type PlannedEvent } from './plan.js';

export interface QueueOptions {
  /** Seed of the simulated day (default 17): the same seed and date give the same tickets. */
  seed?: number;
  layout?: ServiceLayout[];
  /** Heartbeat comment interval of the stream (ms, default 15 000). */
  heartbeatMs?: number;
  /** How often the stream looks for events that became due (ms, default 100). */
  tickMs?: number;
}

export interface OfficeInfo {
  office: string;
  hours: { morning: string; afternoon: string };
  holidays: HolidayList[];
}

export interface QueueOffice {
  snapshot(now: number): QueueSnapshot;
  /** Events with id > `after` that happened by `now` (today's only: yesterday's queue is gone). */
  eventsAfter(after: number, now: number): PlannedEvent[];
  toWire(event: PlannedEvent): QueueEvent;
  /** The last event id that happened by `now` (the day's base id before the first). */
  lastId(now: number): number;
}

export function createQueueOffice(info: OfficeInfo, options: QueueOptions = {}): QueueOffice {
  const seed = options.seed ?? 17;
  const layout = options.layout ?? DEFAULT_LAYOUT;
  const sessions = [parseSession(info.hours.morning), parseSession(info.hours.afternoon)];
  const calendar = createWorkCalendar(mergeHolidayCalendars(info.holidays));
  // A day's plan is a few hundred tickets; keep the last two days (a stream spans midnight).
  const plans = new Map<string, DayPlan>();
  function plan(date: string): DayPlan {
    let found = plans.get(date);
    if (!found) {
      const working = calendar.isWorkingDay(date);
      found = working ? planDay(date, seed, layout, sessions) : { date, baseId: planDay(date, seed, [], []).baseId, tickets: [], events: [] };
      plans.set(date, found);
      if (plans.size > 2) plans.delete(plans.keys().next().value!);
    }
    return found;
  }

  /** How many of the day's events happened by `msOfDay` (events are sorted by time). */
  function countBy(events: PlannedEvent[], msOfDay: number): number {
    let lo = 0;
    let hi = events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (events[mid]!.at <= msOfDay) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function eventsAfter(after: number, now: number): PlannedEvent[] {
    const { date, msOfDay } = officeDayAt(now);
    const day = plan(date);
    const from = Math.max(0, after - day.baseId);
    if (from >= ID_DAY) return [];
    const to = countBy(day.events, msOfDay);
    return from >= to ? [] : day.events.slice(from, to);
  }

  function lastId(now: number): number {
    const { date, msOfDay } = officeDayAt(now);
    const day = plan(date);
    return day.baseId + countBy(day.events, msOfDay);
  }

  function toWire(e: PlannedEvent): QueueEvent {
    const at = officeIsoTime(officeInstant(formatIsoDate(Math.floor(e.id / ID_DAY)), e.at));
    const service = layout[e.ticket.service]!;
    const base = { id: e.id, at, service: service.id, number: e.ticket.number, waiting: e.waiting };
    return e.type === 'issued' ? { ...base, type: 'issued' } : { ...base, type: 'called', counter: service.counters[e.ticket.counter]!.id };
  }

  return {
    snapshot: (now) => buildSnapshot({ info, layout, sessions, calendar, now, day: plan(officeDayAt(now).date), lastId: lastId(now) }),
    eventsAfter,
    toWire,
    lastId,
  };
}

interface SnapshotInput {
  info: OfficeInfo;
  layout: ServiceLayout[];
  sessions: Array<[number, number]>;
  calendar: WorkCalendar;
  now: number;
  day: DayPlan;
  lastId: number;
}

function buildSnapshot({ info, layout, sessions, calendar, now, day, lastId }: SnapshotInput): QueueSnapshot {
  const { date, msOfDay } = officeDayAt(now);
  const status = openState(calendar, date, msOfDay, sessions);
  const services = layout.map((service, index) => {
    const mine = day.tickets.filter((t) => t.service === index && t.issuedAt <= msOfDay);
    const called = mine.filter((t) => t.calledAt <= msOfDay);
    const serving = service.counters.map((_, c) => called.filter((t) => t.counter === c).at(-1)?.number ?? null);
    const perTicket = quartiles(called.filter((t) => t.doneAt <= msOfDay).map((t) => (t.doneAt - t.calledAt) / 60_000));
    const waiting = mine.length - called.length;
    return {
      id: service.id,
      name: service.name,
      counters: service.counters.map((c, i) => ({ id: c.id, name: c.name, serving: serving[i]! })),
      firstNumber: numberBase(index) + 1,
      lastIssued: mine.at(-1)?.number ?? null,
      lastCalled: called.at(-1)?.number ?? null,
      waiting,
      serviceMinutes: perTicket,
      estimate: estimateWait(waiting, service.counters.length, perTicket),
    };
  });
  return {
    office: info.office,
    date,
    asOf: officeIsoTime(now),
    open: status.open,
    ...(status.reason ? { closedReason: status.reason } : {}),
    ...(status.holiday ? { holiday: status.holiday } : {}),
    hours: info.hours,
    ...(status.opensAt ? { opensAt: status.opensAt } : {}),
    services,
    lastEventId: lastId,
  };
}

/** Lower and upper quartile of the observed minutes; null below three observations. */
export function quartiles(minutes: number[]): MinuteRange | null {
  if (minutes.length < 3) return null;
  const sorted = [...minutes].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
  return { min: Math.max(1, Math.floor(at(0.25))), max: Math.max(1, Math.ceil(at(0.75))) };
}

interface OpenState {
  open: boolean;
  reason?: QueueClosedReason;
  holiday?: string;
  opensAt?: string;
}

function openState(calendar: WorkCalendar, date: string, msOfDay: number, sessions: Array<[number, number]>): OpenState {
  const firstStart = sessions[0]![0];
  if (!calendar.isWorkingDay(date)) {
    const holiday = calendar.holidayName(date);
    const opensAt = officeIsoTime(officeInstant(calendar.nextWorkingDay(date), firstStart));
    if (holiday !== undefined) return { open: false, reason: 'holiday', holiday, opensAt };
    return { open: false, reason: isoWeekday(date) >= 6 ? 'weekend' : 'outside-hours', opensAt };
  }
  if (sessions.some(([start, end]) => msOfDay >= start && msOfDay < end)) return { open: true };
  const later = sessions.find(([start]) => start > msOfDay);
  const opensAt = later ? officeIsoTime(officeInstant(date, later[0])) : officeIsoTime(officeInstant(calendar.nextWorkingDay(date), firstStart));
  return { open: false, reason: 'outside-hours', opensAt };
}
