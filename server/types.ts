// Shapes the server works with: the sample data (api.md) and the search index it consumes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
  Dossier,
  FacetCount,
  HolidayList,
  Procedure,
  RosterWeek,
  SurveyForm,
  Timeliness,
} from '../src/model/index.js';
import type { DossierTokens } from './dossier-token.js';
import type { StatsCache } from './stats-cache.js';
import type { RateLimiter } from './rate-limit.js';
import type { Params } from './router.js';
import type { StatsHistory } from './stats-history.js';
import type { QueueHub } from './queue/hub.js';
import type { QueueOffice } from './queue/office.js';
import type { Ledger } from './store/ledger.js';
import type { SurveyStore } from './store/surveys.js';

export interface SampleData {
  procedures: Procedure[];
  dossiers: Array<{ dossier: Dossier; lookupKey: string }>;
  holidays: HolidayList[];
  rosterWeeks: RosterWeek[];
  surveyForm: SurveyForm;
  dossierHistory: Array<{ receivedOn: string; fieldCode: string; outcome: Timeliness }>;
  surveyHistory: Array<{ createdOn: string; agency: string; overall: 'very-satisfied' | 'satisfied' | 'dissatisfied' }>;
}

export interface SearchFilters {
  field?: string;
  level?: string;
  channel?: string;
  onlineLevel?: string;
}

/** What the server needs from `createProcedureIndex` (src/search). */
export interface ProcedureIndexLike {
  search(
    query: string,
    options?: { limit?: number; offset?: number; filters?: SearchFilters },
  ): {
    hits: Array<{ code: string; score: number; matches: Array<{ key: string; ranges: Array<[number, number]> }> }>;
    total: number;
    facets: { field: FacetCount[]; level: FacetCount[]; channel: FacetCount[]; onlineLevel: FacetCount[] };
  };
  /** The prebuilt index as JSON-safe data (motcua/search), for `GET /procedures/search-index`. */
  serialize?(): unknown;
}

export interface DossierEntry {
  dossier: Dossier;
  /** SHA-256 of the lookup key, compared in constant time. */
  keyHash: Buffer;
  /** The office's calendar day it was received (Vietnam time), worked out once. */
  receivedOn: string;
}

export interface AppState {
  /** Today's date in Vietnam (or the fixed test date), `YYYY-MM-DD`. */
  today(): string;
  /** The server's clock (ms): when responses are received, tokens expire, limits reset. */
  now(): number;
  data: SampleData;
  procedures: Map<string, Procedure>;
  fieldNames: Map<string, string>;
  index: ProcedureIndexLike;
  dossiers: Map<string, DossierEntry>;
  holidays: Map<number, HolidayList>;
  roster: Map<string, RosterWeek>;
  surveys: SurveyStore;
  /** The sample data's statistics, summed by day and month at start. */
  history: StatsHistory;
  /** Answers of GET /stats for a short time (stats-cache.ts). */
  statsCache: StatsCache;
  limits: { lookupFailures: RateLimiter; surveys: RateLimiter; stats: RateLimiter };
  tokens: DossierTokens;
  ledger: Ledger;
  /** The ticket machine's simulated day and its event stream (queue/). */
  queue: { office: QueueOffice; hub: QueueHub };
}

export interface Context {
  req: IncomingMessage;
  url: URL;
  params: Params;
  clientIp: string;
  state: AppState;
  /** Reads and parses the JSON body (415/413/400 on failure). */
  body(): Promise<unknown>;
}

export interface Reply {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
  /** A long-lived answer (Server-Sent Events): the handler writes `res` itself; `body` is unused. */
  stream?: (res: ServerResponse) => void;
}

export type Handler = (ctx: Context) => Reply | Promise<Reply>;
