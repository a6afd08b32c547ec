// The one motcua contract over pluggable back ends. Each operation answers one call of /api/v1
// with the contract's body (src/model), so a back end is a set of handlers: the reference back end
// is the embedded sample data, the OpenCPS one translates every call to an OpenCPS v2 portal.
// The routes (api.ts) only ever call the back end the server was started with.
import type { Database } from '../db/database.js';
import type { Handler } from '../types.js';

/** Every operation of the contract, in the order of the API table (docs/api.md). */
export const OPERATIONS = [
  'searchProcedures',
  'getSearchIndex',
  'getProcedure',
  'listFields',
  'lookupDossier',
  'getHolidays',
  'getSurveyForm',
  'submitSurveyResponse',
  'getRoster',
  'getStats',
] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface Backend extends Record<Operation, Handler> {
  /** `reference` or `opencps`: shown in logs and the OpenAPI document's description. */
  readonly name: string;
  /** Where it gets its data, for the start-up line (never a password). */
  readonly describe: string;
  /** Whether the server should load the embedded sample data (only the reference back end reads it). */
  readonly usesSampleData: boolean;
  /** Files the back end serves under its own path (OpenCPS form templates), outside /api/v1. */
  readonly files?: BackendFiles;
  /** The queue-number machine's status and stream (GET /queue, /queue/stream), when there is one. */
  readonly queue?: { getQueue: Handler; streamQueue: Handler };
  close?(): Promise<void>;
}

export interface BackendFiles {
  /** Path prefix on the server, e.g. `/forms/opencps/`. */
  readonly prefix: string;
  /** The file at `path` (prefix included), or undefined for a 404. */
  get(path: string): Promise<{ body: Buffer; name: string } | undefined>;
}

/** What the server hands a back end when it starts. */
export interface BackendDeps {
  db: Database;
  log: (message: string) => void;
  now: () => number;
}

/** Makes a back end once the database is open. */
export type BackendFactory = (deps: BackendDeps) => Backend | Promise<Backend>;
