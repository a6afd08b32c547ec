/**
 * Procedure codes (mã thủ tục hành chính): the national base code `1.001108`, and local variants
 * that append the agency, `1.000494.000.00.00.H29`.
 */

/** The national base: one digit, a dot, six digits. */
const BASE_SOURCE = '\\d\\.\\d{6}';
/** One part of the agency a local variant appends. */
const PART_SOURCE = '\\.[0-9A-Za-z]{1,4}';

/** A whole procedure code; letters of the agency part in either case. */
export const PROCEDURE_CODE = /*#__PURE__*/ new RegExp(`^${BASE_SOURCE}(?:${PART_SOURCE}){0,5}$`);

/** The base at the start of a code or of a code being typed (`1.000494.0` names 1.000494). */
const BASE_AT_START = /*#__PURE__*/ new RegExp(`^(${BASE_SOURCE})(?=\\.|$)`);

/** A procedure code in canonical form (no spaces, upper case), or undefined when it is none. */
export function normaliseProcedureCode(raw: string): string | undefined {
  const code = raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return PROCEDURE_CODE.test(code) ? code : undefined;
}

/** The national base of a code: `1.000494` of `1.000494.000.00.00.H29`, `1.001108` of itself. */
export function baseCode(code: string): string | undefined {
  return BASE_AT_START.exec(code)?.[1];
}

/** True when `code` is a local variant (a base code followed by agency parts). */
export function isLocalVariant(code: string): boolean {
  const base = baseCode(code);
  return base !== undefined && base.length < code.length;
}
