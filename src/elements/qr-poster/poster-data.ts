/** What a poster shows of a procedure, from the full record or a search summary. Pure. */
import type { Channel, Procedure, ProcedureSummary } from '../../model/procedure.js';

export interface PosterItem {
  code: string;
  name: string;
  field: string;
  /**
   * Processing times as the catalogue words them, channels with the same wording grouped; a single
   * group with every channel means "the same whichever way you apply" (shown without channel names).
   */
  times: Array<{ channels: Channel[]; text: string }>;
  /** Whether `times` covers every channel with one wording. */
  sameForAll: boolean;
  /** A single processing time when only a summary was given. */
  time?: string;
}

export function posterItem(p: Procedure | ProcedureSummary): PosterItem {
  const item: PosterItem = { code: p.code, name: p.name, field: p.field.name, times: [], sameForAll: false };
  const channels = (p as Procedure).channels;
  if (Array.isArray(channels) && channels.length && typeof channels[0] === 'object') {
    for (const c of channels as Procedure['channels']) {
      const text = c.processingTime.text.trim();
      if (!text) continue;
      const group = item.times.find((t) => t.text === text);
      if (group) {
        if (!group.channels.includes(c.kind)) group.channels.push(c.kind);
      } else item.times.push({ channels: [c.kind], text });
    }
    item.sameForAll = item.times.length === 1;
  } else if ((p as ProcedureSummary).processingTime) {
    item.time = (p as ProcedureSummary).processingTime;
  }
  return item;
}

/** Codes from the `codes` attribute: comma, semicolon, space or line separated, duplicates dropped. */
export function splitCodes(value: string | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,;]+/).map((c) => c.trim()).filter(Boolean))];
}
