/**
 * motcua/national: importing procedure records of the national database (CSDL quốc gia về thủ tục
 * hành chính) — the current national API, the legacy MATTHC package and lines of the national
 * catalogue — into `Procedure`s, with typed errors. DOM-free; kept out of the main entry so pages
 * that only display procedures do not carry the importer. See docs/import.md.
 */
export {
  fromNationalProcedure,
  convertNationalRecords,
  NationalRecordError,
  isNationalRecordError,
  detectShape,
  type RecordShape,
  type NationalRecord,
  type NationalImport,
  type NationalRecordFailure,
} from './model/national/index.js';
