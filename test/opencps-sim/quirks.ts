// The behaviours of OpenCPS v2 that /work/shared/backends/opencps-v2.md documents, each one a
// switch: on (the default) the simulator behaves as the published source does; off it behaves
// as a tidier deployment might. The gateway must cope with both.

export interface Quirks {
  /** §1.3 Without the right `groupId` header, lists are empty and look-ups by code answer 403. */
  groupIdRequired: boolean;
  /** §1.4 A wrong dossier secret answers HTTP 203 with the bare text `secretKey not sucess` (off: 401 JSON). */
  failureAs203: boolean;
  /** §1.4 Anything not found answers 403 `{"message":"No Content.",…}` (off: 404 with the same body). */
  notFoundAs403: boolean;
  /** §2.1 Every `*Text` field of a procedure is HTML (off: plain text). */
  htmlFields: boolean;
  /** §1.5 A list with one element arrives as the bare element (off: always arrays). */
  bareSingleItems: boolean;
  /** §1.6 Each field in its own one of six date formats (off: every date `dd/MM/yyyy HH:mm:ss`). */
  sixDateFormats: boolean;
  /** §3.1 The dossier secret is a 4-digit PIN (off: 6 characters). */
  fourDigitPin: boolean;
  /** §3.1 Look-up answers carry the applicant's full personal data (off: left out). */
  personalData: boolean;
  /** §4.2 Every vote POST stores another row (off: one row per voting, replaced). */
  duplicateVotes: boolean;
  /** §1.7 No CORS headers, and OPTIONS is refused (off: `Access-Control-Allow-Origin: *`). */
  noCors: boolean;
  /** §5 The holiday list leaves `holidayType` at 0; only `/holidays/{yyyyMMdd}` has the real type. */
  holidayListLosesType: boolean;
  /** §2.2 BE-3.0: a guest's procedure detail has `serviceConfigs: []` (the list still has them). Off in both presets. */
  detailWithoutConfigs: boolean;
  /** Not in the document's code but seen in deployments: no `/holidays/{yyyyMMdd}` route (404). Off in both presets. */
  noHolidayByDate: boolean;
  /**
   * Answers outside the document, to prove the gateway fails cleanly: a 200 HTML login page, a
   * 500, JSON of the wrong shape, or a connection closed without an answer.
   */
  misbehave: 'html-200' | 'status-500' | 'wrong-shape' | 'drop' | undefined;
}

export const DOCUMENTED: Readonly<Quirks> = Object.freeze({
  groupIdRequired: true,
  failureAs203: true,
  notFoundAs403: true,
  htmlFields: true,
  bareSingleItems: true,
  sixDateFormats: true,
  fourDigitPin: true,
  personalData: true,
  duplicateVotes: true,
  noCors: true,
  holidayListLosesType: true,
  noHolidayByDate: false,
  detailWithoutConfigs: false,
  misbehave: undefined,
});

/** Every quirk off: the tidiest deployment the gateway may meet. */
export const TIDY: Readonly<Quirks> = Object.freeze({
  groupIdRequired: false,
  failureAs203: false,
  notFoundAs403: false,
  htmlFields: false,
  bareSingleItems: false,
  sixDateFormats: false,
  fourDigitPin: false,
  personalData: false,
  duplicateVotes: false,
  noCors: false,
  holidayListLosesType: false,
  noHolidayByDate: false,
  detailWithoutConfigs: false,
  misbehave: undefined,
});
