/** `createClient()`: the typed, validating client of the one-stop API. */
import { calendarResource, type CalendarResource } from './calendar.js';
import { dossiersResource, type DossiersResource } from './dossiers.js';
import { proceduresResource, type ProceduresResource } from './procedures.js';
import type { QueueResource } from './queue.js';
import { lazyQueueResource } from './queue-lazy.js';
import { rosterResource, type RosterResource } from './roster.js';
import { statsResource, type StatsResource } from './stats.js';
import { surveysResource, type SurveysResource } from './surveys.js';
import { createTransport, type ClientOptions, type Transport } from './transport.js';

export interface MotcuaClient {
  readonly procedures: ProceduresResource;
  readonly dossiers: DossiersResource;
  readonly surveys: SurveysResource;
  readonly roster: RosterResource;
  readonly stats: StatsResource;
  readonly calendar: CalendarResource;
  readonly queue: QueueResource;
}

/** Builds each resource of a client on a transport; an element alone takes only those it calls. */
export type ResourceFactories = { readonly [K in keyof MotcuaClient]: (transport: Transport) => MotcuaClient[K] };

export const resourceFactories: ResourceFactories = {
  procedures: proceduresResource,
  dossiers: dossiersResource,
  surveys: surveysResource,
  roster: rosterResource,
  stats: statsResource,
  calendar: calendarResource,
  queue: lazyQueueResource,
};

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
  const client = {} as Record<keyof MotcuaClient, unknown>;
  for (const [name, make] of Object.entries(resourceFactories)) client[name as keyof MotcuaClient] = make(transport);
  return Object.freeze(client as MotcuaClient);
}
