/**
 * The week's roster as an iCalendar file (RFC 5545), so a citizen or an official can put the
 * desk's hours into their own calendar. Pure and DOM-free: the element turns the text into a Blob.
 *
 * - CRLF line endings; lines folded at 75 octets (never inside a UTF-8 sequence);
 * - TEXT values escape `\`, `;`, `,` and newlines;
 * - times are local to Asia/Ho_Chi_Minh (TZID, with its VTIMEZONE: +07:00 all year, no DST);
 * - one VEVENT per staffed slot (day × session × desk) with a UID that stays the same for that
 *   slot whatever else changes, so re-importing an updated week replaces events instead of
 *   doubling them; public holidays come as all-day, transparent events.
 */
import type { DutyOfficial, RosterWeek, Session } from '../../model/index.js';
import { SESSIONS, parseHours } from './roster-week.js';
import { OFFICE_TIME_ZONE } from '../../domain/office-time.js';

export interface IcsLabels {
  morning: string;
  afternoon: string;
  /** Prefix of a holiday event's summary. */
  holiday: string;
  /** `{name}` is the official replaced. */
  replaces: string;
  fields: string;
  phone: string;
}

export const VI_ICS_LABELS: IcsLabels = {
  morning: 'Sáng',
  afternoon: 'Chiều',
  holiday: 'Nghỉ lễ',
  replaces: 'thay cho {name}',
  fields: 'Lĩnh vực',
  phone: 'Điện thoại',
};

export interface IcsOptions {
  labels?: IcsLabels;
  /** Only the desks handling this field. */
  field?: string;
  /** DTSTAMP; defaults to the week's `updatedAt`, else the Unix epoch (keeps output deterministic). */
  stamp?: Date;
  /** Right-hand side of every UID. */
  domain?: string;
}

export const ICS_TZID = OFFICE_TIME_ZONE;
const CRLF = '\r\n';

/** UTF-8 length of one code point, without encoding it (a TextEncoder per character was most of the export's time). */
function utf8Octets(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** UTF-8 length of `text`. */
function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) n += utf8Octets(ch);
  return n;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into chunks of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  if (utf8Length(line) <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  // Iterating by code point keeps multi-byte characters whole.
  for (const ch of line) {
    const size = utf8Octets(ch);
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space counts
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const compactDate = (iso: string) => iso.replace(/-/g, '');
const pad2 = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad2(Math.floor(minutes / 60))}${pad2(minutes % 60)}00`;

function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}${pad2(d.getUTCMinutes())}${pad2(d.getUTCSeconds())}Z`;
}

/** A UID-safe form of a desk name: ASCII letters and digits only. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function fill(template: string, name: string): string {
  return template.replace('{name}', name);
}

function describeOfficial(o: DutyOfficial, labels: IcsLabels): string {
  const parts = [o.name];
  if (o.title) parts.push(o.title);
  parts.push(o.office);
  if (o.phone) parts.push(`${labels.phone}: ${o.phone}`);
  let line = parts.join(' – ');
  if (o.replaces) line += ` (${fill(labels.replaces, o.replaces)})`;
  return line;
}

const DEFAULT_HOURS: Record<Session, { start: number; end: number }> = {
  morning: { start: 7 * 60 + 30, end: 11 * 60 + 30 },
  afternoon: { start: 13 * 60 + 30, end: 17 * 60 },
};

/** The week as an iCalendar (VCALENDAR) text with CRLF line endings. */
export function rosterToIcs(week: RosterWeek, options: IcsOptions = {}): string {
  const labels = options.labels ?? VI_ICS_LABELS;
  const domain = options.domain ?? 'motcua';
  const stamp = utcStamp(options.stamp ?? (week.updatedAt ? new Date(week.updatedAt) : new Date(0)));
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//motcua//duty-roster//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${week.office} – ${week.week}`)}`,
    `X-WR-TIMEZONE:${ICS_TZID}`,
    'BEGIN:VTIMEZONE',
    `TZID:${ICS_TZID}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:ICT',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];

  for (const day of week.days) {
    const date = compactDate(day.date);
    if (day.holiday !== undefined) {
      const next = new Date(`${day.date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      lines.push(
        'BEGIN:VEVENT',
        `UID:${date}-holiday@${domain}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${date}`,
        `DTEND;VALUE=DATE:${compactDate(next.toISOString().slice(0, 10))}`,
        `SUMMARY:${escapeText(`${labels.holiday}: ${day.holiday}`)}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
    for (const session of SESSIONS) {
      const slots = day.sessions.find((s) => s.session === session)?.slots ?? [];
      const hours = parseHours(week.hours[session]) ?? DEFAULT_HOURS[session];
      for (const slot of slots) {
        if (options.field && !slot.fields.includes(options.field)) continue;
        if (slot.officials.length === 0) continue;
        const names = slot.officials.map((o) => (o.replaces ? `${o.name} (${fill(labels.replaces, o.replaces)})` : o.name));
        const description = [
          ...slot.officials.map((o) => describeOfficial(o, labels)),
          `${labels.fields}: ${slot.fields.join(', ')}`,
        ].join('\n');
        lines.push(
          'BEGIN:VEVENT',
          `UID:${date}-${session}-${slug(slot.desk)}@${domain}`,
          `DTSTAMP:${stamp}`,
          `DTSTART;TZID=${ICS_TZID}:${date}T${hhmm(hours.start)}`,
          `DTEND;TZID=${ICS_TZID}:${date}T${hhmm(hours.end)}`,
          `SUMMARY:${escapeText(`${slot.desk} (${labels[session]}): ${names.join(', ')}`)}`,
          `LOCATION:${escapeText(`${week.office}, ${slot.desk}`)}`,
          `DESCRIPTION:${escapeText(description)}`,
          'END:VEVENT',
        );
      }
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The download's file name: `lich-truc-2026-W47.ics`. */
export function icsFileName(week: string): string {
  return `lich-truc-${week}.ics`;
}
