import { NationalRecordError } from './error.js';
import { isRec, type Rec } from './read.js';

/** The record shapes the importer reads (see docs/import.md). */
export type RecordShape = 'national-api' | 'national-legacy' | 'national-catalogue';

// Keys only the current national API writes (camelCase, nested).
const CURRENT_KEYS = [
  'executionMethods', 'executionCases', 'executionSteps', 'categoriesDetails', 'legalBasisesDetails',
  'departmentsExecuting', 'codeNotation', 'isFullProcess', 'isWard', 'isProvince', 'isMinistry',
];
// Keys of the legacy exchange package (upper case, Vietnamese abbreviations).
const LEGACY_KEYS = ['MATTHC', 'TENTTHC', 'CACHTHUCTHUCHIEN', 'THANHPHANHOSO', 'TRINHTUTHUCHIEN', 'CAPTHUCHIEN', 'LINHVUCTHUCHIEN'];

/**
 * Tells the shape by the keys present: any legacy key → legacy; any key only the current API has →
 * current; `code` and `name` with a text `level` or `field` and nothing else of the API → a line of
 * the national catalogue list (code, name, field, level, agency). Anything else is not a record.
 */
export function detectShape(record: unknown): { shape: RecordShape; record: Rec } {
  if (!isRec(record)) {
    throw new NationalRecordError('', 'Bản ghi thủ tục phải là một đối tượng JSON / a record must be a JSON object');
  }
  if (LEGACY_KEYS.some((k) => k in record)) return { shape: 'national-legacy', record };
  if (CURRENT_KEYS.some((k) => k in record)) return { shape: 'national-api', record };
  const lightweight = typeof record.level === 'string' || typeof record.field === 'string';
  if ('code' in record && 'name' in record && lightweight) return { shape: 'national-catalogue', record };
  if ('code' in record || 'name' in record) return { shape: 'national-api', record };
  const code = typeof record.code === 'string' ? record.code : undefined;
  throw new NationalRecordError(
    'code',
    'Không nhận ra dạng bản ghi: thiếu code/name (API quốc gia) hoặc MATTHC/TENTTHC (gói trao đổi cũ) / unknown record shape: no code/name (national API) nor MATTHC/TENTTHC (legacy package)',
    code,
  );
}
