import * as z from 'zod/mini';
import { IsoDate, IsoDateTime, Text } from './common.js';

/** ISO week, `YYYY-Www`, e.g. `2026-W47`. */
export const IsoWeek = z.string().check(z.regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'tuần phải có dạng YYYY-Www'));

export const Session = z.enum(['morning', 'afternoon']);
export type Session = z.infer<typeof Session>;

export const DutyOfficial = z.object({
  name: Text,
  title: z.optional(z.string()),
  office: Text,
  phone: z.optional(z.string()),
  /** Name of the official this one replaces for the slot (a mid-week change). */
  replaces: z.optional(z.string()),
});
export type DutyOfficial = z.infer<typeof DutyOfficial>;

export const DutySlot = z.object({
  desk: Text,
  fields: z.array(Text),
  officials: z.array(DutyOfficial),
});
export type DutySlot = z.infer<typeof DutySlot>;

export const RosterDay = z.object({
  date: IsoDate,
  /** Set when the day is a public holiday: no desk is staffed. */
  holiday: z.optional(z.string()),
  sessions: z.array(z.object({ session: Session, slots: z.array(DutySlot) })),
});
export type RosterDay = z.infer<typeof RosterDay>;

export const RosterWeek = z.object({
  week: IsoWeek,
  office: Text,
  /** Office hours per session as published, e.g. `07:30–11:30`. */
  hours: z.object({ morning: z.string(), afternoon: z.string() }),
  days: z.array(RosterDay),
  updatedAt: z.optional(IsoDateTime),
});
export type RosterWeek = z.infer<typeof RosterWeek>;
