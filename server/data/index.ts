import type { Dossier, HolidayList, Procedure, RosterWeek, SurveyForm } from '../../src/model/index.js';
import { officeToday } from '../../src/domain/office-time.js';
import { buildDocumentedDossiers, buildDossiers, demoLookups, type DemoLookup } from './dossiers.js';
import { buildHistory, type DossierHistoryRow, type SurveyHistoryRow } from './history.js';
import { HOLIDAYS } from './holidays.js';
import { buildProcedures } from './procedures.js';
import { buildRosterWeeks } from './roster.js';
import { buildSurveyForm } from './survey-form.js';

export type { DemoLookup } from './dossiers.js';
export { DOCUMENTED_DOSSIERS } from './dossiers.js';
export type { DossierHistoryRow, SurveyHistoryRow } from './history.js';
export { FIELDS } from './fields.js';
export { HTML_SAMPLE_CODE } from './procedures.js';

export interface SampleData {
  procedures: Procedure[];
  dossiers: Array<{ dossier: Dossier; lookupKey: string }>;
  holidays: HolidayList[];
  rosterWeeks: RosterWeek[];
  surveyForm: SurveyForm;
  dossierHistory: DossierHistoryRow[];
  surveyHistory: SurveyHistoryRow[];
  /** Code/key pairs of this data set worth showing on the demo page (codes carry dates relative to `today`). */
  demoLookups: DemoLookup[];
}

/**
 * The reference server's data: deterministic for a given `today` (taken as a date in Vietnam's
 * time zone); dossier and roster dates are relative to it so the demo always looks current.
 * Every call returns fresh objects, so callers may mutate them.
 */
export function loadSampleData(today: Date): SampleData {
  const day = officeToday(today);
  const procedures = buildProcedures();
  const dossiers = [...buildDossiers(day, procedures), ...buildDocumentedDossiers(procedures)];
  const { dossierHistory, surveyHistory } = buildHistory(day);
  return {
    procedures,
    dossiers,
    holidays: structuredClone(HOLIDAYS),
    rosterWeeks: buildRosterWeeks(day),
    surveyForm: buildSurveyForm(),
    dossierHistory,
    surveyHistory,
    demoLookups: demoLookups(dossiers),
  };
}

/**
 * Demo look-ups for the data as loaded today. Keys never change; codes embed the receipt date, so
 * a server started with another `today` should use `loadSampleData(today).demoLookups` instead.
 */
export const DEMO_LOOKUPS: readonly DemoLookup[] = demoLookups(buildDossiers(officeToday(), buildProcedures()));
