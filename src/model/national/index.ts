/**
 * Import of national procedure records: the current national API (camelCase), the legacy exchange
 * package (MATTHC …) and lines of the national catalogue list, recognised by their keys.
 */
import type { Procedure } from '../procedure.js';
import { fromCatalogueEntry } from './catalogue-entry.js';
import { fromCurrentRecord } from './current-shape.js';
import { detectShape } from './detect.js';
import { NationalRecordError, isNationalRecordError } from './error.js';
import { fromLegacyRecord } from './legacy-shape.js';
import { isRec } from './read.js';

export { NationalRecordError, isNationalRecordError } from './error.js';
export { detectShape, type RecordShape } from './detect.js';

/**
 * Maps one national record to a Procedure, keeping every fact it holds (see docs/import.md):
 * channels with time, unit and fees in their currency, documents per case, steps split per
 * "Bước N", agencies by role, legal basis, results, subjects, requirements, dates. A value with no
 * field of its own is kept in `notes`. Throws NationalRecordError with the record's code (when it
 * has one) and the key at fault.
 */
export function fromNationalProcedure(record: unknown): Procedure {
  const { shape, record: r } = detectShape(record);
  if (shape === 'national-legacy') return fromLegacyRecord(r);
  if (shape === 'national-catalogue') return fromCatalogueEntry(r);
  return fromCurrentRecord(r);
}

/** A record that did not convert: where it was, its code when it has one, the key and the reason. */
export interface NationalRecordFailure {
  index: number;
  code?: string;
  key: string;
  message: string;
}

export interface NationalImport {
  procedures: Procedure[];
  failures: NationalRecordFailure[];
}

function codeOf(record: unknown): string | undefined {
  if (!isRec(record)) return undefined;
  const c = record.code ?? record.MATTHC;
  return typeof c === 'string' && c.trim() ? c.trim() : undefined;
}

/**
 * Converts a batch: every good record becomes a Procedure, every bad one is reported (a second
 * record with a code already imported is a failure too: a catalogue is looked up by code).
 * Never throws for a bad record; only a failure that is not a NationalRecordError (a bug) escapes.
 */
export function convertNationalRecords(records: readonly unknown[]): NationalImport {
  const out: NationalImport = { procedures: [], failures: [] };
  const seen = new Set<string>();
  records.forEach((record, index) => {
    try {
      const p = fromNationalProcedure(record);
      if (seen.has(p.code)) {
        throw new NationalRecordError('code', 'mã thủ tục bị trùng trong lô / duplicate code in the batch', p.code);
      }
      seen.add(p.code);
      out.procedures.push(p);
    } catch (error) {
      if (!isNationalRecordError(error)) throw error;
      const failure: NationalRecordFailure = { index, key: error.key, message: error.message };
      const code = error.code ?? codeOf(record);
      if (code) failure.code = code;
      out.failures.push(failure);
    }
  });
  return out;
}
