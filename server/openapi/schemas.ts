// The contract's schemas (src/model) as OpenAPI 3.1 components, generated with zod's
// toJSONSchema — never written by hand, so the document cannot drift from what the server and
// the SDK validate. Shared parts become $refs through a registry.
import * as z from 'zod/mini';
import {
  Dossier,
  DossierLookupRequest,
  ErrorBody,
  FieldList,
  HolidayList,
  Procedure,
  ProcedurePage,
  ProcedureQuery,
  ProcedureSearchBundle,
  QueueEvent,
  QueueSnapshot,
  RosterWeek,
  Stats,
  StatsQuery,
  SurveyForm,
  SurveyReceipt,
  SurveyResponse,
} from '../../src/model/index.js';

export const COMPONENTS = {
  Procedure,
  ProcedurePage,
  ProcedureSearchBundle,
  FieldList,
  DossierLookupRequest,
  Dossier,
  HolidayList,
  SurveyForm,
  SurveyResponse,
  SurveyReceipt,
  RosterWeek,
  Stats,
  QueueSnapshot,
  QueueEvent,
  ErrorBody,
} as const;
export type ComponentName = keyof typeof COMPONENTS;

type Json = Record<string, unknown>;

/** Drops what a component must not carry inside an OpenAPI document ($schema, $id). */
function tidy(schema: Json): Json {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/**
 * JSON Schemas of the components, in zod's "input" view: objects stay open to new optional
 * fields (the SDK ignores fields it does not know), and defaults are not required of senders.
 */
export function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, { target: 'draft-2020-12', io: 'input', uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, Json> };
  return Object.fromEntries(Object.entries(out.schemas).map(([id, s]) => [id, tidy(s)]));
}

/** A query schema's properties as OpenAPI parameters (`in: query`). */
export function queryParameters(schema: z.ZodMiniObject, numeric: readonly string[] = []): Json[] {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: numeric.includes(name) ? { ...s, type: 'integer' } : s,
  }));
}

export const QUERIES = { ProcedureQuery, StatsQuery };
