// The /api/v1 routing table.
import type { Backend } from './backends/backend.js';
import { REFERENCE } from './backends/reference.js';
import { openApiHandler } from './openapi/route.js';
import { Router } from './router.js';
import { ApiError } from './errors.js';
import type { Handler } from './types.js';

export const API_BASE = '/api/v1';

/** A back end without a queue-number machine (OpenCPS has none) answers its routes with a 404. */
const noQueue: Handler = () => {
  throw new ApiError(404, 'QUEUE_NOT_AVAILABLE', 'Văn phòng này chưa kết nối máy phát số thứ tự.');
};

/** The routes of the contract, each answered by the back end the server runs. */
export function createApiRouter(backend: Backend = REFERENCE): Router<Handler> {
  return new Router<Handler>()
    .add('GET', '/procedures', backend.searchProcedures)
    .add('GET', '/procedures/search-index', backend.getSearchIndex)
    .add('GET', '/procedures/:code', backend.getProcedure)
    .add('GET', '/fields', backend.listFields)
    .add('POST', '/dossiers/lookup', backend.lookupDossier)
    .add('GET', '/holidays', backend.getHolidays)
    .add('GET', '/surveys/form', backend.getSurveyForm)
    .add('POST', '/surveys/responses', backend.submitSurveyResponse)
    .add('GET', '/roster', backend.getRoster)
    .add('GET', '/stats', backend.getStats)
    .add('GET', '/openapi.json', openApiHandler(backend.name))
    .add('GET', '/queue', backend.queue?.getQueue ?? noQueue)
    .add('GET', '/queue/stream', backend.queue?.streamQueue ?? noQueue);
}
