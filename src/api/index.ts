export { createClient, type MotcuaClient } from './client.js';
export type { CallOptions, ClientOptions, RetryConfig } from './transport.js';
export type { ProceduresResource } from './procedures.js';
export type { DossiersResource } from './dossiers.js';
export type { DossierCredential, SubmitOptions, SurveysResource } from './surveys.js';
export type { RosterResource } from './roster.js';
export type { StatsResource } from './stats.js';
export type { CalendarResource } from './calendar.js';
export * from './errors.js';
