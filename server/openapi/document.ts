// The motcua contract as an OpenAPI 3.1 document, served at /api/v1/openapi.json. The schemas
// come from src/model (schemas.ts); this file only says which call takes and answers which, with
// the statuses and headers the reference server and the gateway give.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { componentSchemas, queryParameters, QUERIES, type ComponentName } from './schemas.js';

type Json = Record<string, unknown>;

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: ComponentName) => ({ 'application/json': { schema: ref(name) } });
const ok = (name: ComponentName, description: string) => ({ description, content: json(name), headers: { 'Cache-Control': { $ref: '#/components/headers/NoStore' } } });
const error = (description: string, retryAfter = false): Json => ({
  description,
  content: json('ErrorBody'),
  ...(retryAfter ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } } : {}),
});
const GATEWAY = { '502': error('The back end behind a gateway answered outside its contract, or not at all (`BACKEND_UNEXPECTED`, `BACKEND_UNREACHABLE`, `BACKEND_TIMEOUT`); `details[0].path` names the call') };
const param = (name: string, where: 'query' | 'header', description: string, required = false, pattern?: string): Json => ({
  name,
  in: where,
  required,
  description,
  schema: pattern ? { type: 'string', pattern } : { type: 'string' },
});
const DOSSIER_CREDENTIALS = [
  param('Authorization', 'header', '`Bearer <token>` from a look-up (`access.token`)'),
  param('Lookup-Key', 'header', 'The key printed on the receipt, instead of a token'),
];

function paths(): Json {
  return {
    '/procedures': {
      get: { operationId: 'searchProcedures', summary: 'Tìm thủ tục / search procedures, with facets', parameters: queryParameters(QUERIES.ProcedureQuery, ['page', 'pageSize']), responses: { '200': ok('ProcedurePage', 'A page of hits'), '400': error('A query parameter is invalid (`INVALID_QUERY`, named in details)'), ...GATEWAY } },
    },
    '/procedures/search-index': {
      get: { operationId: 'getSearchIndex', summary: 'The whole catalogue for on-device search', responses: { '200': ok('ProcedureSearchBundle', 'Summaries and the prebuilt index'), ...GATEWAY } },
    },
    '/procedures/{code}': {
      get: {
        operationId: 'getProcedure',
        summary: 'Một thủ tục đầy đủ / one procedure in full',
        parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' }, example: '1.001193' }],
        responses: { '200': ok('Procedure', 'The procedure'), '400': error('Malformed code (`INVALID_CODE`)'), '404': error('No such procedure (`PROCEDURE_NOT_FOUND`)'), ...GATEWAY },
      },
    },
    '/fields': { get: { operationId: 'listFields', summary: 'Lĩnh vực / fields with counts', responses: { '200': ok('FieldList', 'Fields'), ...GATEWAY } } },
    '/dossiers/lookup': {
      post: {
        operationId: 'lookupDossier',
        summary: 'Tra cứu hồ sơ / a dossier by code and receipt key',
        description: 'An unknown code and a wrong key get the same 404. Failures are limited per client (and, on a gateway, per code). Never cached.',
        requestBody: { required: true, content: json('DossierLookupRequest') },
        responses: { '200': ok('Dossier', 'The dossier, with `access` for the survey calls'), '404': error('Unknown code or wrong key (`DOSSIER_NOT_FOUND`), the same answer for both'), '422': error('Invalid body (`VALIDATION_FAILED`)'), '429': error('Too many failures (`TOO_MANY_ATTEMPTS`)', true), ...GATEWAY },
      },
    },
    '/holidays': {
      get: { operationId: 'getHolidays', summary: 'Ngày nghỉ và ngày làm bù / days off and make-up working days', parameters: [param('year', 'query', 'Four digits', true, '^\\d{4}$')], responses: { '200': ok('HolidayList', 'The year'), '400': error('Invalid year'), ...GATEWAY } },
    },
    '/surveys/form': {
      get: {
        operationId: 'getSurveyForm',
        summary: 'Phiếu đánh giá / the evaluation form, for a dossier when named',
        parameters: [param('dossier', 'query', 'Dossier code; then a credential is required'), ...DOSSIER_CREDENTIALS],
        responses: { '200': ok('SurveyForm', 'The form'), '401': error('No credential (`DOSSIER_ACCESS_REQUIRED`) or an expired token (`DOSSIER_TOKEN_EXPIRED`)'), '404': error('Unknown dossier or wrong credential (`DOSSIER_NOT_FOUND`)'), '429': error('Too many failures', true), ...GATEWAY },
      },
    },
    '/surveys/responses': {
      post: {
        operationId: 'submitSurveyResponse',
        summary: 'Gửi đánh giá / one response, stored exactly once',
        description: 'A replay with the same Idempotency-Key and body gets the first receipt (200, `duplicate: true`); the same key with another body is a 409.',
        parameters: [param('Idempotency-Key', 'header', '8–100 characters A-Z a-z 0-9 _ -', true, '^[A-Za-z0-9_-]{8,100}$'), ...DOSSIER_CREDENTIALS],
        requestBody: { required: true, content: json('SurveyResponse') },
        responses: { '201': ok('SurveyReceipt', 'Stored'), '200': ok('SurveyReceipt', 'A replay: the first receipt'), '400': error('Missing or invalid Idempotency-Key'), '401': error('Dossier credential needed'), '404': error('Unknown dossier or wrong credential'), '409': error('`IDEMPOTENCY_CONFLICT` or `SURVEY_ALREADY_SUBMITTED`'), '422': error('Answers do not fit the form (`VALIDATION_FAILED`)'), '429': error('Too many submissions', true), ...GATEWAY },
      },
    },
    '/roster': {
      get: { operationId: 'getRoster', summary: 'Lịch trực / the duty roster of a week', parameters: [param('week', 'query', 'ISO week, default this week', false, '^\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])$')], responses: { '200': ok('RosterWeek', 'The week (an empty frame if unplanned)'), '400': error('Invalid week'), ...GATEWAY } },
    },
    '/queue': {
      get: { operationId: 'getQueue', summary: 'Số thứ tự / the queue-number machine now', responses: { '200': ok('QueueSnapshot', 'Open or closed; per service and counter the number served, waiting and an estimated wait range'), '404': error('No queue machine behind this server (`QUEUE_NOT_AVAILABLE`)'), ...GATEWAY } },
    },
    '/queue/stream': {
      get: {
        operationId: 'streamQueue',
        summary: 'Số thứ tự trực tiếp / every ticket issued and called, as Server-Sent Events',
        description: 'Each event has an increasing `id:` and a `data:` line holding a QueueEvent (JSON); a reconnection with `Last-Event-ID` (or `?lastEventId=`) resumes after that id with none missed or repeated. Comment lines are heartbeats (every 15 s).',
        parameters: [param('lastEventId', 'query', 'Resume after this event id', false, '^\\d+$'), param('Last-Event-ID', 'header', 'As the browser sends it on reconnection')],
        responses: {
          '200': { description: 'An event stream; each `data:` is a QueueEvent', content: { 'text/event-stream': { schema: { type: 'string' }, 'x-event-schema': ref('QueueEvent') } } },
          '400': error('Invalid event id'),
          '404': error('No queue machine behind this server (`QUEUE_NOT_AVAILABLE`)'),
        },
      },
    },
    '/stats': {
      get: { operationId: 'getStats', summary: 'Thống kê / outcomes and satisfaction', parameters: queryParameters(QUERIES.StatsQuery), responses: { '200': ok('Stats', 'Counts by period and field'), '400': error('Invalid range'), ...GATEWAY } },
    },
  };
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** The document; `backend` names the server's back end in the description. */
export function openApiDocument(backend = 'reference'): Json {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'motcua API',
      version: version(),
      summary: 'Hợp đồng API một cửa / the one-stop office contract the motcua widgets speak',
      description: `Generated from the zod schemas in src/model. Every error is \`{ error: { code, message, details? } }\`. This server's back end: ${backend}. Check an implementation with \`npx motcua conformance <baseUrl>\`.`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api/v1' }],
    paths: paths(),
    components: {
      schemas: componentSchemas(),
      headers: {
        RetryAfter: { description: 'Seconds to wait', schema: { type: 'integer', minimum: 1 } },
        NoStore: { description: '`no-store`: answers are never cached (look-ups carry a token)', schema: { type: 'string' } },
      },
    },
  };
}
