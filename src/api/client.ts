/** `createClient()`: the typed, validating client of the one-stop API. */
import { calendarResource, type CalendarResource } from './calendar.js';
import { dossiersResource, type DossiersResource } from './dossiers.js';
import { proceduresResource, type ProceduresResource } from './procedures.js';
import { rosterResource, type RosterResource } from './roster.js';
import { statsResource, type StatsResource } from './stats.js';
import { surveysResource, type SurveysResource } from './surveys.js';
import { createTransport, type ClientOptions } from './transport.js';

export interface MotcuaClient {
  readonly procedures: ProceduresResource;
  readonly dossiers: DossiersResource;
  readonly surveys: SurveysResource;
  readonly roster: RosterResource;
  readonly stats: StatsResource;
  readonly calendar: CalendarResource;
}

/**
 * Every call validates its input before sending (ValidationError `where: 'request'`, nothing sent)
 * and its answer after (ValidationError `where: 'response'`), and fails only with the SDK's errors.
 *
 * @example
 * const api = createClient({ baseUrl: 'https://motcua.example.gov.vn/api/v1' });
 * const page = await api.procedures.search({ q: 'khai sinh' });
 */
export function createClient(options: ClientOptions): MotcuaClient {
  const transport = createTransport(options);
  return Object.freeze({
    procedures: proceduresResource(transport),
    dossiers: dossiersResource(transport),
    surveys: surveysResource(transport),
    roster: rosterResource(transport),
    stats: statsResource(transport),
    calendar: calendarResource(transport),
  });
}
