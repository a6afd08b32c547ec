// The statistics the sample data already holds (three years of dossier outcomes and seeded
// satisfaction answers, plus the live sample dossiers), summed by day and month once at start.
// Stored survey responses are not here: they are summed by SQL on every request.
import type { DossierCounts, Procedure, SatisfactionCounts, Timeliness } from '../src/model/index.js';
import { baseCode } from '../src/domain/procedure-code.js';
import { DayIndex, type DayRow } from './day-index.js';
import type { DossierEntry, SampleData } from './types.js';

export const UNKNOWN_FIELD = { code: 'khac', name: 'Khác' };

export interface StatsHistory {
  /** Dossier outcomes by field code. */
  dossiers: DayIndex<DossierCounts>;
  /** Seeded satisfaction answers by agency. */
  satisfaction: DayIndex<SatisfactionCounts>;
}

export const zeroCounts = (): DossierCounts => ({ received: 0, resolved: 0, early: 0, onTime: 0, late: 0, inProgress: 0, overdue: 0 });
export const zeroSatisfaction = (): SatisfactionCounts => ({ responses: 0, verySatisfied: 0, satisfied: 0, dissatisfied: 0 });

export function addCounts(into: DossierCounts, value: DossierCounts): void {
  for (const key of Object.keys(into) as Array<keyof DossierCounts>) into[key] += value[key];
}

export function addSatisfaction(into: SatisfactionCounts, value: SatisfactionCounts): void {
  for (const key of Object.keys(into) as Array<keyof SatisfactionCounts>) into[key] += value[key];
}

function outcomeCounts(outcome: Timeliness): DossierCounts {
  const counts = zeroCounts();
  counts.received = 1;
  if (outcome === 'early') counts.early = 1;
  else if (outcome === 'on-time') counts.onTime = 1;
  else if (outcome === 'late') counts.late = 1;
  else if (outcome === 'in-progress') counts.inProgress = 1;
  else counts.overdue = 1;
  if (outcome === 'early' || outcome === 'on-time' || outcome === 'late') counts.resolved = 1;
  return counts;
}


function* dossierRows(
  data: SampleData,
  procedures: ReadonlyMap<string, Procedure>,
  dossiers: Iterable<DossierEntry>,
): Iterable<DayRow<DossierCounts>> {
  for (const row of data.dossierHistory) yield { day: row.receivedOn, key: row.fieldCode, value: outcomeCounts(row.outcome) };
  for (const { dossier, receivedOn } of dossiers) {
    const code = dossier.procedure.code;
    const field = (procedures.get(code) ?? procedures.get(baseCode(code) ?? code))?.field.code ?? UNKNOWN_FIELD.code;
    yield { day: receivedOn, key: field, value: outcomeCounts(dossier.timeliness) };
  }
}

function* satisfactionRows(data: SampleData): Iterable<DayRow<SatisfactionCounts>> {
  for (const row of data.surveyHistory) {
    const value = zeroSatisfaction();
    value.responses = 1;
    if (row.overall === 'very-satisfied') value.verySatisfied = 1;
    else if (row.overall === 'satisfied') value.satisfied = 1;
    else value.dissatisfied = 1;
    yield { day: row.createdOn, key: row.agency, value };
  }
}

export function buildStatsHistory(
  data: SampleData,
  procedures: ReadonlyMap<string, Procedure>,
  dossiers: Iterable<DossierEntry>,
): StatsHistory {
  return {
    dossiers: new DayIndex(dossierRows(data, procedures, dossiers), zeroCounts, addCounts),
    satisfaction: new DayIndex(satisfactionRows(data), zeroSatisfaction, addSatisfaction),
  };
}
