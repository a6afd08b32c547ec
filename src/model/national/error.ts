/**
 * Raised when a national-database record cannot become a Procedure. `code` is the record's
 * procedure code when it has one (so a batch report says which record failed), `key` the missing
 * or invalid key in the record's own spelling (`MATTHC`, `name`, `executionMethods.0.fees.1.value`).
 */
export class NationalRecordError extends Error {
  readonly key: string;
  readonly code: string | undefined;
  constructor(key: string, message: string, code?: string) {
    super(code ? `${code}: ${message}` : message);
    this.name = 'NationalRecordError';
    this.key = key;
    this.code = code || undefined;
  }
}

/** Whether `e` is a NationalRecordError (also across bundle copies, by name). */
export function isNationalRecordError(e: unknown): e is NationalRecordError {
  return e instanceof NationalRecordError || (e instanceof Error && e.name === 'NationalRecordError' && 'key' in e);
}
