// The real lines of the national catalogue the sample is built on (codes, names, fields, levels),
// copied into the repository by scripts/national-sample.mjs from ../shared/national/catalogue.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface NationalLine {
  code: string;
  name: string;
  field: string;
  level: string;
  agency: string;
}

let lines: NationalLine[] | undefined;

export function nationalLines(): NationalLine[] {
  lines ??= (JSON.parse(readFileSync(join(import.meta.dirname, 'national-catalogue.json'), 'utf8')) as { lines: NationalLine[] }).lines;
  return lines;
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

/** "Thủ tục đăng ký khai sinh" and "Đăng ký khai sinh" are one name (as scripts/national-sample.mjs matches them). */
export const nameKey = (s: string) => fold(s).replace(/^thu tuc /, '').replace(/[.;]$/, '');

let records: Map<string, Record<string, unknown>> | undefined;

/** The full national records copied beside the lines (server/data/national-records), by code. */
export function nationalRecordsByCode(): Map<string, Record<string, unknown>> {
  if (records) return records;
  const dir = join(import.meta.dirname, 'national-records');
  records = new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>)
      .map((r) => [String(r.code), r]),
  );
  return records;
}
