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
export type { Rec as NationalRecord } from './read.js';

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
  /** Catalogue lines (names, fields, levels only) left out because a full record of the same code came in the batch. */
  superseded: { index: number; code: string }[];
}

function codeOf(record: unknown): string | undefined {
  if (!isRec(record)) return undefined;
  const c = record.code ?? record.MATTHC;
  return typeof c === 'string' && c.trim() ? c.trim() : undefined;
}

const isLine = (p: Procedure) => p.source?.shape === 'national-catalogue';

/**
 * Converts a batch: every good record becomes a Procedure, every bad one is reported. A catalogue
 * is looked up by code, so one code appears once: a full record wins over a catalogue line of the
 * same code (the line is `superseded`, wherever it came in the batch); two full records, or two
 * lines, of one code make the second a failure. Never throws for a bad record; only an error that
 * is not a NationalRecordError (a bug) escapes.
 */
export function convertNationalRecords(
  records: readonly unknown[],
  options: { onProgress?: (done: number, total: number) => void } = {},
): NationalImport {
  const out: NationalImport = { procedures: [], failures: [], superseded: [] };
  const at = new Map<string, { slot: number; index: number }>();
  records.forEach((record, index) => {
    try {
      const p = fromNationalProcedure(record);
      const seen = at.get(p.code);
      if (!seen) {
        at.set(p.code, { slot: out.procedures.push(p) - 1, index });
      } else if (isLine(p) && !isLine(out.procedures[seen.slot]!)) {
        out.superseded.push({ index, code: p.code });
      } else if (!isLine(p) && isLine(out.procedures[seen.slot]!)) {
        out.superseded.push({ index: seen.index, code: p.code });
        out.procedures[seen.slot] = p;
        at.set(p.code, { slot: seen.slot, index });
      } else {
        throw new NationalRecordError('code', 'mã thủ tục bị trùng trong lô / duplicate code in the batch', p.code);
      }
    } catch (error) {
      if (!isNationalRecordError(error)) throw error;
      const failure: NationalRecordFailure = { index, key: error.key, message: error.message };
      const code = error.code ?? codeOf(record);
      if (code) failure.code = code;
      out.failures.push(failure);
    }
    options.onProgress?.(index + 1, records.length);
  });
  return out;
}
