// The real lines of the national catalogue the sample is built on (codes, names, fields, levels),
// copied into the repository by scripts/national-sample.mjs from ../shared/national/catalogue.json.
import { readFileSync } from 'node:fs';
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
