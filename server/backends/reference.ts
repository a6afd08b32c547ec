// The reference back end: the embedded sample data (server/data) through the existing routes.
// A thin adapter on purpose: the route logic, the database and the statistics stay where they are.
import { lookupDossier } from '../routes/dossiers.js';
import { getHolidays } from '../routes/holidays.js';
import { getProcedure, getSearchIndex, listFields, searchProcedures } from '../routes/procedures.js';
import { getQueue, streamQueue } from '../routes/queue.js';
import { getRoster } from '../routes/roster.js';
import { getStats } from '../routes/stats.js';
import { getSurveyForm, submitSurveyResponse } from '../routes/surveys.js';
import type { Backend, BackendFactory } from './backend.js';

export const REFERENCE: Backend = Object.freeze({
  name: 'reference',
  describe: 'dữ liệu mẫu nhúng / embedded sample data',
  usesSampleData: true,
  searchProcedures,
  getSearchIndex,
  getProcedure,
  listFields,
  lookupDossier,
  getHolidays,
  getSurveyForm,
  submitSurveyResponse,
  getRoster,
  getStats,
  queue: { getQueue, streamQueue },
});

export const referenceBackend: BackendFactory = () => REFERENCE;
