import * as z from 'zod/mini';
import { FacetCount, IsoDate, Text, pageOf } from './common.js';

/**
 * Administrative level that carries out a procedure. Until 7/2025 local government had three tiers
 * (province, district, commune); since then two (province, commune). Old data keeps `district`.
 */
export const Level = z.enum(['ministry', 'province', 'district', 'commune']);
export type Level = z.infer<typeof Level>;

/** How a dossier can be submitted: at the desk, online, or through the public postal service. */
export const Channel = z.enum(['in-person', 'online', 'postal']);
export type Channel = z.infer<typeof Channel>;

/**
 * Online service level. Current data says `full` (toàn trình) or `partial` (một phần);
 * older data says mức độ 2/3/4, kept as-is so it still displays.
 */
export const OnlineLevel = z.enum(['full', 'partial', 'level-2', 'level-3', 'level-4']);
export type OnlineLevel = z.infer<typeof OnlineLevel>;

/** A field (lĩnh vực) such as Hộ tịch, referenced by code. */
export const FieldRef = z.object({ code: Text, name: Text });
export type FieldRef = z.infer<typeof FieldRef>;

/** A field with how many procedures the catalogue has in it (`GET /fields`). */
export const Field = z.object({ code: Text, name: Text, count: z.int().check(z.gte(0)) });
export type Field = z.infer<typeof Field>;

export const Duration = z.object({
  /** Machine-readable amount when the catalogue gives one; `undefined` for "trong ngày"-style text only. */
  value: z.optional(z.number().check(z.gte(0))),
  unit: z.enum(['working-days', 'days', 'hours', 'months']),
  /** The catalogue's own wording, shown as-is. */
  text: z.string(),
});
export type Duration = z.infer<typeof Duration>;

export const Fee = z.object({
  /** Amount in đồng; 0 for free, absent when the fee depends on the case. */
  amount: z.optional(z.number().check(z.gte(0))),
  text: z.string(),
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

export const DocumentItem = z.object({
  name: Text,
  originals: z.int().check(z.gte(0)),
  copies: z.int().check(z.gte(0)),
  form: z.optional(FormLink),
  note: z.optional(z.string()),
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

/**
 * National procedure code: base `1.001108`, or a local variant that appends the agency,
 * `1.000494.000.00.00.H29`.
 */
export const ProcedureCode = z.string().check(
  z.regex(/^\d\.\d{6}(\.[0-9A-Za-z]{1,4}){0,5}$/, 'mã thủ tục không hợp lệ (ví dụ 1.001108)'),
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
export const ProcedureQuery = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  field: z.optional(z.string().check(z.maxLength(50))),
  level: z.optional(Level),
  channel: z.optional(Channel),
  onlineLevel: z.optional(OnlineLevel),
  page: z.optional(z.int().check(z.gte(1), z.lte(10000))),
  pageSize: z.optional(z.int().check(z.gte(1), z.lte(100))),
});
export type ProcedureQuery = z.infer<typeof ProcedureQuery>;
