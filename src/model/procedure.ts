import * as z from 'zod/mini';
import { FacetCount, FieldRef, IsoDate, Text, pageOf } from './common.js';
import { CHANNELS, FACET_NAMES, FACETS, LEVELS, ONLINE_LEVELS, type FacetName, type FacetValueOf } from '../domain/facets.js';
import { PROCEDURE_CODE } from '../domain/procedure-code.js';

export { FieldRef } from './common.js';

/**
 * Administrative level that carries out a procedure. Until 7/2025 local government had three tiers
 * (province, district, commune); since then two (province, commune). Old data keeps `district`.
 */
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

/** How a dossier can be submitted: at the desk, online, or through the public postal service. */
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/**
 * Online service level. Current data says `full` (toàn trình) or `partial` (một phần);
 * older data says mức độ 2/3/4, kept as-is so it still displays.
 */
export const OnlineLevel = z.enum(ONLINE_LEVELS);
export type OnlineLevel = z.infer<typeof OnlineLevel>;


/** A field with how many procedures the catalogue has in it (`GET /fields`). */
export const Field = z.object({ code: Text, name: Text, count: z.int().check(z.gte(0)) });
export type Field = z.infer<typeof Field>;

export const Duration = z.object({
  /** Machine-readable amount when the catalogue gives one; `undefined` for "trong ngày"-style text only. */
  value: z.optional(z.number().check(z.gte(0))),
  unit: z.enum(['working-days', 'days', 'hours', 'months']),
  /** The catalogue's own wording, shown as-is. */
  text: z.string(),
  /**
   * The source's unit when it is none of the above (the national API's `OTHER`): `value` is then
   * absent, so no deadline is computed from it, and `text` keeps the number.
   */
  unitText: z.optional(z.string()),
});
export type Duration = z.infer<typeof Duration>;

/**
 * One charge as the national record lists it: `fee` is a lệ phí (`FEE`), `service-fee` a phí
 * (`SERVICE_FEE`); a type the record gives that is neither stays in `typeText`.
 */
export const FeeItem = z.object({
  type: z.optional(z.enum(['fee', 'service-fee'])),
  typeText: z.optional(z.string()),
  /** Absent when the record gives none, or gives 0 beside a text that names a charge ("see the text"). */
  amount: z.optional(z.number().check(z.gte(0))),
  /** ISO 4217 code when known (`VND`, `USD`), else the record's own currency name. */
  currency: z.optional(z.string()),
  text: z.string(),
});
export type FeeItem = z.infer<typeof FeeItem>;

export const Fee = z.object({
  /** Amount in đồng; 0 for free, absent when the fee depends on the case or is in another currency. */
  amount: z.optional(z.number().check(z.gte(0))),
  text: z.string(),
  /** Each charge with its own currency, when the source lists them (imported national records). */
  items: z.optional(z.array(FeeItem)),
});
export type Fee = z.infer<typeof Fee>;

/** One way of submitting, each with its own processing time and fee. */
export const ChannelInfo = z.object({
  kind: Channel,
  processingTime: Duration,
  fee: Fee,
  description: z.optional(z.string()),
});
export type ChannelInfo = z.infer<typeof ChannelInfo>;

export const FormLink = z.object({ name: Text, url: z.string() });
export type FormLink = z.infer<typeof FormLink>;

/** A file the national record attaches to a document (a form template): a storage path, not a URL. */
export const AttachedFile = z.object({ name: Text, path: z.string() });
export type AttachedFile = z.infer<typeof AttachedFile>;

export const DocumentItem = z.object({
  name: Text,
  originals: z.int().check(z.gte(0)),
  copies: z.int().check(z.gte(0)),
  form: z.optional(FormLink),
  note: z.optional(z.string()),
  /** The national document code (`000.00.00.G01-KQ002617`). */
  code: z.optional(z.string()),
  /** Whether the record marks the document as required; absent when it does not say. */
  required: z.optional(z.boolean()),
  /** The document can be filled in as an electronic form on the portal. */
  electronicForm: z.optional(z.boolean()),
  /** Template files the record attaches (names and storage paths, not downloadable links). */
  files: z.optional(z.array(AttachedFile)),
});
export type DocumentItem = z.infer<typeof DocumentItem>;

/** Required documents for one case (trường hợp); `title` is absent when there is only one case. */
export const DocumentCase = z.object({
  title: z.optional(z.string()),
  items: z.array(DocumentItem),
});
export type DocumentCase = z.infer<typeof DocumentCase>;

export const Agency = z.object({
  name: Text,
  role: z.optional(z.enum(['implementing', 'deciding', 'authorised', 'coordinating'])),
  /** The agency's code in the national database (`G01s.108.000`), when given. */
  code: z.optional(z.string()),
});
export type Agency = z.infer<typeof Agency>;

export const LegalBasis = z.object({
  number: z.optional(z.string()),
  title: Text,
  issuedBy: z.optional(z.string()),
  issuedOn: z.optional(IsoDate),
});
export type LegalBasis = z.infer<typeof LegalBasis>;

export const Step = z.object({ title: Text, description: z.optional(z.string()) });
export type Step = z.infer<typeof Step>;

/** A case (trường hợp) the national record lists with its own code and time limit. */
export const ProcedureCase = z.object({
  code: z.optional(z.string()),
  name: Text,
  processingTime: z.optional(Duration),
});
export type ProcedureCase = z.infer<typeof ProcedureCase>;

/** The decision (quyết định công bố) that published the procedure. */
export const Decision = z.object({
  number: z.optional(z.string()),
  date: z.optional(IsoDate),
  issuedBy: z.optional(z.string()),
});
export type Decision = z.infer<typeof Decision>;

/**
 * A fact of an imported record that has no field of its own, kept as text rather than dropped:
 * `key` names where it came from (`description`, `returningMethods`, `dossierReceivingAddresses` …).
 */
export const ProcedureNote = z.object({ key: Text, text: Text });
export type ProcedureNote = z.infer<typeof ProcedureNote>;

/** Where an imported procedure came from: the record shape and the record's own id. */
export const ProcedureSource = z.object({
  shape: z.enum(['national-api', 'national-legacy', 'national-catalogue']),
  id: z.optional(z.string()),
});
export type ProcedureSource = z.infer<typeof ProcedureSource>;

/**
 * National procedure code: base `1.001108`, or a local variant that appends the agency,
 * `1.000494.000.00.00.H29`.
 */
export const ProcedureCode = z.string().check(
  z.regex(PROCEDURE_CODE, 'mã thủ tục không hợp lệ (ví dụ 1.001108)'),
);

/** The fields a search result needs; everything a list shows. */
export const ProcedureSummary = z.object({
  code: ProcedureCode,
  name: Text,
  field: FieldRef,
  levels: z.array(Level),
  onlineLevel: z.optional(OnlineLevel),
  channels: z.array(Channel),
  /** Shortest processing time over the channels, as catalogue text. */
  processingTime: z.optional(z.string()),
  keywords: z.optional(z.array(z.string())),
});
export type ProcedureSummary = z.infer<typeof ProcedureSummary>;

/** A procedure in full: everything a citizen needs before going to the desk. */
export const Procedure = z.object({
  code: ProcedureCode,
  name: Text,
  field: FieldRef,
  levels: z.array(Level),
  onlineLevel: z.optional(OnlineLevel),
  agencies: z.array(Agency),
  channels: z.array(ChannelInfo),
  documents: z.array(DocumentCase),
  steps: z.array(Step),
  results: z.array(z.string()),
  legalBasis: z.array(LegalBasis),
  requirements: z.optional(z.string()),
  subjects: z.optional(z.string()),
  keywords: z.optional(z.array(z.string())),
  /** Page of the procedure on the national public service portal (`ma_thu_tuc=<code>`). */
  nationalUrl: z.optional(z.string()),
  updatedOn: z.optional(IsoDate),
  /** Every field when the record names several; `field` is the first. */
  fields: z.optional(z.array(FieldRef)),
  /** Also carried out by an agency outside the levels (national `isOtherAgency`, "Cơ quan khác"). */
  otherAgency: z.optional(z.boolean()),
  /** The record says the procedure is offered in person only (national `isOfflineOnly`). */
  offlineOnly: z.optional(z.boolean()),
  /** Cases with their own code and time limit. */
  cases: z.optional(z.array(ProcedureCase)),
  decision: z.optional(Decision),
  createdOn: z.optional(IsoDate),
  notes: z.optional(z.array(ProcedureNote)),
  source: z.optional(ProcedureSource),
});
export type Procedure = z.infer<typeof Procedure>;

export const ProcedureFacets = z.object({
  field: z.array(FacetCount),
  level: z.array(FacetCount),
  channel: z.array(FacetCount),
  onlineLevel: z.array(FacetCount),
});
export type ProcedureFacets = z.infer<typeof ProcedureFacets>;

/** A procedure hit: the summary plus where the query matched the name (for highlighting). */
export const ProcedureHit = z.extend(ProcedureSummary, {
  score: z.optional(z.number()),
  /** Character ranges `[start, end)` in `name` that matched the query. */
  highlights: z.optional(z.array(z.tuple([z.int(), z.int()]))),
});
export type ProcedureHit = z.infer<typeof ProcedureHit>;

export const ProcedurePage = z.extend(pageOf(ProcedureHit), { facets: ProcedureFacets });
export type ProcedurePage = z.infer<typeof ProcedurePage>;

export const FieldList = z.object({ items: z.array(Field) });
export type FieldList = z.infer<typeof FieldList>;

/** Query of `GET /procedures`; every part optional. */
/** One optional query parameter per facet, from its descriptor (closed list or bounded text). */
function facetQuery() {
  return Object.fromEntries(
    FACET_NAMES.map((name) => {
      const { values, maxLength }: { values: readonly string[] | undefined; maxLength: number } = FACETS[name];
      return [name, z.optional(values ? z.enum(values as [string, ...string[]]) : z.string().check(z.maxLength(maxLength)))];
    }),
  ) as unknown as { [K in FacetName]: z.ZodMiniOptional<z.ZodMiniType<FacetValueOf<K>>> };
}

/** The query schema, made in a function so that bundles which never use it can drop it whole. */
function procedureQuery() {
  return z.object({
    q: z.optional(z.string().check(z.maxLength(200))),
    ...facetQuery(),
    page: z.optional(z.int().check(z.gte(1), z.lte(10000))),
    pageSize: z.optional(z.int().check(z.gte(1), z.lte(100))),
  });
}
export const ProcedureQuery = /*#__PURE__*/ procedureQuery();
export type ProcedureQuery = z.infer<typeof ProcedureQuery>;
