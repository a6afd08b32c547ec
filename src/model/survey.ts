import * as z from 'zod/mini';
import { IsoDateTime, Text } from './common.js';
import { DossierCode } from './dossier.js';

/** The five parts of SIPAS, the Ministry of Home Affairs' satisfaction index. */
export const SipasPart = z.enum(['access', 'procedure', 'official', 'result', 'feedback']);
export type SipasPart = z.infer<typeof SipasPart>;

export const CriterionOption = z.object({
  value: Text,
  label: Text,
  /** Drives colour and emoji; the label always carries the meaning too. */
  tone: z.enum(['positive', 'neutral', 'negative']),
});
export type CriterionOption = z.infer<typeof CriterionOption>;

export const Criterion = z.object({
  id: z.string().check(z.regex(/^[a-zA-Z][\w-]{0,39}$/)),
  label: Text,
  required: z.boolean(),
  options: z.array(CriterionOption).check(z.minLength(2)),
  /** Known already (e.g. total time from the dossier): shown, not asked. */
  prefilled: z.optional(z.object({ value: Text, source: Text })),
});
export type Criterion = z.infer<typeof Criterion>;

export const SurveySection = z.object({
  id: Text,
  part: SipasPart,
  title: Text,
  criteria: z.array(Criterion),
});
export type SurveySection = z.infer<typeof SurveySection>;

export const SurveyForm = z.object({
  id: Text,
  version: z.int().check(z.gte(1)),
  title: Text,
  intro: z.optional(z.string()),
  sections: z.array(SurveySection).check(z.minLength(1)),
  comment: z.object({ maxLength: z.int().check(z.gte(0), z.lte(5000)) }),
  /** The dossier being evaluated, when the form was asked for one. */
  dossier: z.optional(
    z.object({
      code: DossierCode,
      procedureName: Text,
      agency: Text,
      officialId: z.optional(z.string()),
    }),
  ),
  agencies: z.array(z.object({ id: Text, name: Text })),
  officials: z.array(z.object({ id: Text, name: Text, agencyId: Text })),
});
export type SurveyForm = z.infer<typeof SurveyForm>;

/** One citizen's evaluation as sent to `POST /surveys/responses`. */
export const SurveyResponse = z.object({
  formId: Text,
  formVersion: z.int().check(z.gte(1)),
  dossierCode: z.optional(DossierCode),
  /** Criterion id → chosen option value. */
  answers: z.record(z.string().check(z.maxLength(40)), z.string().check(z.maxLength(40))),
  comment: z.optional(z.string().check(z.maxLength(1000, 'ý kiến tối đa 1000 ký tự'))),
  agencyId: z.optional(z.string().check(z.maxLength(60))),
  officialId: z.optional(z.string().check(z.maxLength(60))),
  channel: z.enum(['web', 'kiosk', 'link']),
  /** When the citizen pressed send, which may be long before a queued response arrives. */
  createdAt: z.optional(IsoDateTime),
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;

/** The server's answer to a stored response; `duplicate` when the idempotency key was seen before. */
export const SurveyReceipt = z.object({
  id: Text,
  receivedAt: IsoDateTime,
  duplicate: z.boolean(),
});
export type SurveyReceipt = z.infer<typeof SurveyReceipt>;
