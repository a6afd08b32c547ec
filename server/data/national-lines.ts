// The real lines of the national catalogue the sample is built on (codes, names, fields, levels)
// and the full national records served as imported, copied into the repository by
// scripts/national-sample.mjs from ../shared/national. Plain modules: the browser tests import the
// sample data too.
import { NATIONAL_CATALOGUE } from './national-catalogue.js';
import { NATIONAL_RECORDS } from './national-records.js';

export interface NationalLine {
  code: string;
  name: string;
  field: string;
  level: string;
  agency: string;
}

export interface NationalCatalogueFile {
  /** Where the lines come from, which script copied them, and by which rule. */
  source: string;
  madeBy: string;
  rule: string;
  /** Lines in the source catalogue. */
  total: number;
  lines: NationalLine[];
}

export function nationalLines(): NationalLine[] {
  return NATIONAL_CATALOGUE.lines;
}

const byCode = new Map(NATIONAL_RECORDS.map((r) => [String(r.code), r]));

/** The full national records copied beside the lines, by code. */
export function nationalRecordsByCode(): ReadonlyMap<string, Record<string, unknown>> {
  return byCode;
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

/** "Thủ tục đăng ký khai sinh" and "Đăng ký khai sinh" are one name (as scripts/national-sample.mjs matches them). */
export const nameKey = (s: string) => fold(s).replace(/^thu tuc /, '').replace(/[.;]$/, '');
