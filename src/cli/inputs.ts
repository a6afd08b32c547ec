// What `import-national` reads: files and folders of JSON, each holding one record, an array of
// records, or an API envelope `{ data: … }`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A record with where it came from, for the report (`file#3` = the 4th record of an array file). */
export interface SourcedRecord {
  where: string;
  record: unknown;
}

/** A file that could not be read as JSON records. */
export interface FileProblem {
  where: string;
  message: string;
}

/** The .json files a path names: itself, or every .json under a folder (sorted, so output is stable). */
export function jsonFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true })
    .map(String)
    .filter((f) => f.toLowerCase().endsWith('.json'))
    .sort()
    .map((f) => join(path, f))
    .filter((f) => statSync(f).isFile());
}

/** `{ data: x }` (the portal's answer) → x; `{ procedures | items | records: [...] }` → the list. */
function unwrap(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.includes('data') && (typeof o.data === 'object' && o.data !== null) && !('code' in o) && !('MATTHC' in o)) return o.data;
  for (const k of ['procedures', 'items', 'records']) if (Array.isArray(o[k]) && !('code' in o)) return o[k];
  return value;
}

/** Records of one file; a file that is not JSON is a problem, reported, not fatal. */
export function readRecords(file: string, cwd: string): { records: SourcedRecord[]; problem?: FileProblem } {
  const where = relative(cwd, file) || file;
  let value: unknown;
  try {
    value = unwrap(JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
  } catch (error) {
    return { records: [], problem: { where, message: `không đọc được JSON / not readable as JSON: ${(error as Error).message}` } };
  }
  if (Array.isArray(value)) return { records: value.map((record, i) => ({ where: `${where}#${i}`, record })) };
  return { records: [{ where, record: value }] };
}
