/**
 * The real national catalogue (2,642 procedures), as the search tests and the benchmark read it.
 *
 * A committed copy (test/fixtures/national/catalogue.json, byte for byte the file in
 * ../shared/national) rather than a path outside the clone: the labelled queries name codes of
 * this exact version, so the set and its catalogue travel together, and the tests run in any
 * clone. national.node.test.ts checks the copy still equals ../shared/national when it is there.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One record of the national export as it is in the file. */
export interface NationalRecord {
  code: string;
  name: string;
  field: string;
  /** "Cấp bộ, Cấp tỉnh, Cấp xã", "Cơ quan khác"… */
  level: string;
  /** Often empty. */
  agency: string;
}

/** A record as the index takes it. */
export interface NationalProcedure {
  code: string;
  name: string;
  field: string;
  levels: string[];
  agencies: { name: string }[];
}

export const nationalFile = fileURLToPath(new URL('../fixtures/national/catalogue.json', import.meta.url));

export function readNationalRecords(): NationalRecord[] {
  return JSON.parse(readFileSync(nationalFile, 'utf8')) as NationalRecord[];
}

export function toProcedure(r: NationalRecord): NationalProcedure {
  return {
    code: r.code,
    name: r.name,
    field: r.field,
    levels: r.level.split(',').map((l) => l.trim()).filter(Boolean),
    agencies: r.agency.trim() ? [{ name: r.agency.trim() }] : [],
  };
}

let cached: NationalProcedure[] | undefined;

/** The catalogue, read once per process. */
export function nationalCatalogue(): NationalProcedure[] {
  cached ??= readNationalRecords().map(toProcedure);
  return cached;
}
