// The /api/v1 routing table.
import { Router } from './router.js';
import { lookupDossier } from './routes/dossiers.js';
import { getHolidays } from './routes/holidays.js';
import { getProcedure, getSearchIndex, listFields, searchProcedures } from './routes/procedures.js';
import { getQueue, streamQueue } from './routes/queue.js';
import { getRoster } from './routes/roster.js';
import { getStats } from './routes/stats.js';
import { getSurveyForm, submitSurveyResponse } from './routes/surveys.js';
import type { Handler } from './types.js';

export const API_BASE = '/api/v1';

export function createApiRouter(): Router<Handler> {
  return new Router<Handler>()
    .add('GET', '/procedures', searchProcedures)
    .add('GET', '/procedures/search-index', getSearchIndex)
    .add('GET', '/procedures/:code', getProcedure)
    .add('GET', '/fields', listFields)
    .add('POST', '/dossiers/lookup', lookupDossier)
    .add('GET', '/holidays', getHolidays)
    .add('GET', '/surveys/form', getSurveyForm)
    .add('POST', '/surveys/responses', submitSurveyResponse)
    .add('GET', '/roster', getRoster)
    .add('GET', '/stats', getStats)
    .add('GET', '/queue', getQueue)
    .add('GET', '/queue/stream', streamQueue);
}
