// How the simulator writes values the way OpenCPS does: dates in the format of each field
// (§1.6), single-item lists as bare objects (§1.5), HTML or plain text (§2.1).
import type { Quirks } from './quirks.js';

/** A wall-clock time in Asia/Ho_Chi_Minh, as the seed writes it: `2026-11-02 09:00`. */
export type LocalTime = string;

const parts = (t: LocalTime) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(t);
  if (!m) throw new Error(`seed time ${t}`);
  return { y: m[1]!, mo: m[2]!, d: m[3]!, h: m[4] ?? '00', mi: m[5] ?? '00' };
};

/** Epoch ms of a Vietnam wall-clock time (UTC+7, no daylight saving). */
export const epochOf = (t: LocalTime): number => {
  const p = parts(t);
  return Date.UTC(+p.y, +p.mo - 1, +p.d, +p.h - 7, +p.mi);
};

export type DateFormat = 'normal' | 'timestamp' | 'serviceinfo-detail' | 'lucene' | 'epoch' | 'epoch-string';

/** `t` in `format`, or in the normal pattern when the six-formats quirk is off. */
export function formatDate(t: LocalTime | '', format: DateFormat, quirks: Quirks): string | number {
  if (t === '') return '';
  const p = parts(t);
  const normal = `${p.d}/${p.mo}/${p.y} ${p.h}:${p.mi}:00`;
  if (!quirks.sixDateFormats) return normal;
  switch (format) {
    case 'normal':
      return normal;
    case 'timestamp': // the Z is a literal: the time is +07:00
      return `${p.y}-${p.mo}-${p.d}T${p.h}:${p.mi}:00.000Z`;
    case 'serviceinfo-detail': {
      const h12 = String(((+p.h + 11) % 12) + 1).padStart(2, '0'); // hh, no AM/PM
      return `${p.d}-${p.mo}-${p.y} ${h12}:${p.mi}:00`;
    }
    case 'lucene':
      return `${p.y}${p.mo}${p.d}${p.h}${p.mi}00`;
    case 'epoch':
      return epochOf(t);
    case 'epoch-string':
      return String(epochOf(t));
  }
}

/** What CXF/Jettison does to a JAXB answer: every list of one becomes that one element. */
export function bareSingles(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(bareSingles);
    return items.length === 1 ? items[0] : items;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bareSingles(v)]));
  }
  return value;
}

/** The seed's HTML, or its text when the deployment stores plain text. */
export function htmlOrText(html: string, quirks: Quirks): string {
  if (quirks.htmlFields) return html;
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<\/(p|li|div)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
