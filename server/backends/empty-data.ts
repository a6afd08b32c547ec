// The state a gateway starts with: no sample procedures, dossiers, holidays or history, since
// its back end answers those. The survey form is there only because the state's type wants one.
import { buildSurveyForm } from '../data/survey-form.js';
import type { SampleData } from '../types.js';

export function emptySampleData(): SampleData {
  return { procedures: [], dossiers: [], holidays: [], rosterWeeks: [], surveyForm: buildSurveyForm(), dossierHistory: [], surveyHistory: [] };
}
