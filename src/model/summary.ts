import type { Duration, Procedure, ProcedureSummary } from './procedure.js';

// Rough hours per unit, only to pick the shortest channel time.
const UNIT_HOURS: Record<Duration['unit'], number> = { hours: 1, 'working-days': 24, days: 24, months: 720 };

function shortestTime(procedure: Procedure): string | undefined {
  let best: { hours: number; text: string } | undefined;
  for (const channel of procedure.channels) {
    const time = channel.processingTime;
    if (!time.text) continue;
    // "Trong ngày"-style text has no value: count it as one unit.
    const hours = (time.value ?? 1) * UNIT_HOURS[time.unit];
    if (!best || hours < best.hours) best = { hours, text: time.text };
  }
  return best?.text;
}

/** What a search result shows of a procedure (`GET /procedures` items, the local index). */
export function toProcedureSummary(procedure: Procedure): ProcedureSummary {
  const summary: ProcedureSummary = {
    code: procedure.code,
    name: procedure.name,
    field: procedure.field,
    levels: procedure.levels,
    channels: [...new Set(procedure.channels.map((c) => c.kind))],
  };
  if (procedure.onlineLevel) summary.onlineLevel = procedure.onlineLevel;
  const time = shortestTime(procedure);
  if (time) summary.processingTime = time;
  if (procedure.keywords) summary.keywords = procedure.keywords;
  return summary;
}
