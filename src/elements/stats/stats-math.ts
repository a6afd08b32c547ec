/** Pure arithmetic for the statistics element: rates, period labels, axis ticks. */
import type { DossierCounts, SatisfactionCounts } from '../../model/stats.js';

/** Early plus on-time out of resolved; undefined when nothing was resolved (no 0 % for "no data"). */
export function onTimeRate(c: Pick<DossierCounts, 'early' | 'onTime' | 'resolved'>): number | undefined {
  return c.resolved > 0 ? (c.early + c.onTime) / c.resolved : undefined;
}

/** Very satisfied plus satisfied out of all responses. */
export function satisfiedRate(c: SatisfactionCounts): number | undefined {
  return c.responses > 0 ? (c.verySatisfied + c.satisfied) / c.responses : undefined;
}

/** Statistics periods are read by the rule in src/domain. */
export { parsePeriod, type PeriodParts } from '../../domain/periods.js';

/** A round axis maximum ≥ `max` (1, 2, 2.5, 5 × 10ⁿ) and its tick values from 0. */
export function axisTicks(max: number, count = 4): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw && Number.isInteger(s)) ?? Math.ceil(raw);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(v);
  return { top, ticks };
}

/** The index of the largest value (first on ties); -1 for an empty list. */
export function indexOfMax(values: readonly number[]): number {
  let best = -1;
  values.forEach((v, i) => {
    if (best < 0 || v > values[best]!) best = i;
  });
  return best;
}
