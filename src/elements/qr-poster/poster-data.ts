/** What a poster shows of a procedure, from the full record or a search summary. Pure. */
import type { Channel, Procedure, ProcedureSummary } from '../../model/procedure.js';

export interface PosterItem {
  code: string;
  name: string;
  field: string;
  /** Processing time per channel, as the catalogue words it. */
  times: Array<{ channel: Channel; text: string }>;
  /** A single processing time when only a summary was given. */
  time?: string;
}

export function posterItem(p: Procedure | ProcedureSummary): PosterItem {
  const item: PosterItem = { code: p.code, name: p.name, field: p.field.name, times: [] };
  const channels = (p as Procedure).channels;
  if (Array.isArray(channels) && channels.length && typeof channels[0] === 'object') {
    const seen = new Set<string>();
    for (const c of channels as Procedure['channels']) {
      const text = c.processingTime.text.trim();
      if (!text || seen.has(`${c.kind}`)) continue;
      seen.add(c.kind);
      item.times.push({ channel: c.kind, text });
    }
  } else if ((p as ProcedureSummary).processingTime) {
    item.time = (p as ProcedureSummary).processingTime;
  }
  return item;
}

/** Codes from the `codes` attribute: comma, semicolon, space or line separated, duplicates dropped. */
export function splitCodes(value: string | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,;]+/).map((c) => c.trim()).filter(Boolean))];
}
