// The real records of ../shared/national, read as they are from their committed copy in
// test/fixtures/national (byte for byte; test/search/national.node.test.ts checks it when
// ../shared is beside the clone), so the tests run in a clone anywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const NATIONAL_DIR = process.env.MOTCUA_NATIONAL_DIR ?? resolve(import.meta.dirname, '../fixtures/national');

/** Every full record file (all but catalogue.json), parsed, with its file name. */
export function nationalRecords(): { file: string; record: Record<string, any> }[] {
  return readdirSync(NATIONAL_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'catalogue.json')
    .sort()
    .map((file) => ({ file, record: JSON.parse(readFileSync(join(NATIONAL_DIR, file), 'utf8')) }));
}

export function nationalCatalogue(): Record<string, string>[] {
  return JSON.parse(readFileSync(join(NATIONAL_DIR, 'catalogue.json'), 'utf8'));
}
