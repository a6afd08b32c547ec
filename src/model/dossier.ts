import * as z from 'zod/mini';
import { IsoDate, IsoDateTime, Text } from './common.js';
import { CHANNELS } from '../domain/facets.js';
import { DOSSIER_CODE, DOSSIER_CODE_EXAMPLE } from '../domain/dossier-code.js';
import { LOOKUP_KEY } from '../domain/lookup-key.js';

/**
 * The ten national dossier status codes. Labels are the wording citizens see on the national
 * portal; the elements translate them through i18n.
 */
export const DOSSIER_STATUS = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
} as const;

export const DossierStatus = z.literal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
export type DossierStatus = z.infer<typeof DossierStatus>;

/**
 * Dossier code as printed on the receipt: agency code, `yyMMdd`, counter, e.g.
 * `000.00.53.H48-220921-0099`.
 */
export const DossierCode = z.string().check(
  z.regex(DOSSIER_CODE, `mã hồ sơ không hợp lệ (ví dụ ${DOSSIER_CODE_EXAMPLE})`),
);

/** The short key printed on the receipt; it keeps strangers from reading others' dossiers. */
export const LookupKey = z.string().check(
  z.regex(LOOKUP_KEY, 'mã tra cứu gồm 4–12 chữ hoặc số'),
);

export const DossierLookupRequest = z.object({ code: DossierCode, lookupKey: LookupKey });

/** A dossier token: opens the survey of this one dossier until `expiresAt`, nothing else. */
export const DossierAccess = z.object({
  token: z.string().check(z.regex(/^[\w.-]{10,200}$/, 'mã truy cập không hợp lệ')),
  expiresAt: IsoDateTime,
});
export type DossierAccess = z.infer<typeof DossierAccess>;
export type DossierLookupRequest = z.infer<typeof DossierLookupRequest>;

/** One step of the handling, possibly at another agency (liên thông). */
export const TimelineStep = z.object({
  title: Text,
  agency: Text,
  /** Official's name, already masked or public (the handling official is public information). */
  handler: z.optional(z.string()),
  state: z.enum(['done', 'current', 'pending']),
  startedAt: z.optional(IsoDateTime),
  finishedAt: z.optional(IsoDateTime),
  note: z.optional(z.string()),
});
export type TimelineStep = z.infer<typeof TimelineStep>;

/** Citizen's data, masked by the server: never the full name or ID number. */
export const MaskedApplicant = z.object({
  name: z.string(),
  idNumber: z.optional(z.string()),
  phone: z.optional(z.string()),
  address: z.optional(z.string()),
});
export type MaskedApplicant = z.infer<typeof MaskedApplicant>;

/** The written apology a late dossier carries, with the new appointment date. */
export const Apology = z.object({
  issuedOn: IsoDate,
  agency: Text,
  reason: Text,
  newAppointmentDate: IsoDate,
});
export type Apology = z.infer<typeof Apology>;

/** Status 5: what the citizen must still bring; the days spent on it do not count against the office. */
export const SupplementRequest = z.object({
  requestedOn: IsoDate,
  items: z.array(Text),
  note: z.optional(z.string()),
  /** Working days the clock is paused while the citizen supplies documents. */
  pausedWorkingDays: z.optional(z.int().check(z.gte(0))),
});
export type SupplementRequest = z.infer<typeof SupplementRequest>;

/** Status 6: fees or taxes to pay before the result is issued. */
export const FeeDue = z.object({
  name: Text,
  amount: z.number().check(z.gte(0)),
  paid: z.boolean(),
});
export type FeeDue = z.infer<typeof FeeDue>;

/**
 * On-time state: `early`/`on-time`/`late` once finished; `in-progress` while within the deadline;
 * `overdue` while unfinished past it.
 */
export const Timeliness = z.enum(['early', 'on-time', 'late', 'in-progress', 'overdue']);
export type Timeliness = z.infer<typeof Timeliness>;

export const Dossier = z.object({
  code: DossierCode,
  procedure: z.object({ code: z.string(), name: Text }),
  receivingAgency: Text,
  status: DossierStatus,
  applicant: MaskedApplicant,
  // The procedure model's Channel, built from the same list: the dossier schemas need not carry
  // every procedure schema (a page with only the tracker loads just these).
  channel: z.enum(CHANNELS),
  receivedAt: IsoDateTime,
  appointmentDate: IsoDate,
  completedAt: z.optional(IsoDateTime),
  returnedAt: z.optional(IsoDateTime),
  /** Working days the law allows for this procedure. */
  legalWorkingDays: z.optional(z.int().check(z.gte(0))),
  timeliness: Timeliness,
  /** Agency holding the dossier now (absent once returned). */
  currentHolder: z.optional(z.string()),
  timeline: z.array(TimelineStep),
  apology: z.optional(Apology),
  supplement: z.optional(SupplementRequest),
  fees: z.optional(z.array(FeeDue)),
  /** How the citizen collects the result. */
  delivery: z.enum(['desk', 'post', 'online']),
  /** Reason for statuses 3, 7 and 8. */
  reason: z.optional(z.string()),
  /**
   * Only in the answer to a look-up: a short-lived token that stands for the look-up key in the
   * survey calls for this dossier (`surveys.form` / `surveys.submit` with `token`).
   */
  access: z.optional(DossierAccess),
});
export type Dossier = z.infer<typeof Dossier>;
