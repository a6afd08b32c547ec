/**
 * Importing the national catalogue: converting the real records of ../shared/national (the 2,642
 * catalogue lines and the four full API records), and what a page pays to take the resulting file
 * in local mode (`catalogue-url`: check every entry, summarise, index). Run through `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openIndex } from '../../src/elements/procedure-search/local-index.js';
import { readCatalogue, toProcedureSummary } from '../../src/index.js';
import { convertNationalRecords } from '../../src/national.js';

const DIR = process.env.MOTCUA_NATIONAL_DIR ?? resolve(import.meta.dirname, '../../../shared/national');
const RUNS = 7;

function median(run: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    run();
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return ms.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

export default async function bench(): Promise<void> {
  const lines: unknown[] = JSON.parse(readFileSync(join(DIR, 'catalogue.json'), 'utf8'));
  const records = readdirSync(DIR)
    .filter((f) => f.endsWith('.json') && f !== 'catalogue.json')
    .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as unknown);
  const all = [...lines, ...records];
  const converted = convertNationalRecords(all);
  const file = JSON.parse(JSON.stringify(converted.procedures)) as unknown;
  const bytes = Buffer.byteLength(JSON.stringify(converted.procedures));

  const convert = median(() => convertNationalRecords(all));
  const full = median(() => {
    for (let i = 0; i < 100; i++) convertNationalRecords(records);
  }) / (100 * records.length);
  const load = median(() => {
    const read = readCatalogue(file);
    if (read.ok) openIndex(read.procedures.map(toProcedureSummary));
  });
  console.log(`convert ${all.length} records (${lines.length} catalogue lines + ${records.length} full): median ${convert.toFixed(0)} ms over ${RUNS} runs`);
  console.log(`one full API record: ${(full * 1000).toFixed(0)} µs`);
  console.log(`catalogue file: ${(bytes / 1024).toFixed(0)} KiB; check + summarise + index in local mode: median ${load.toFixed(0)} ms`);
}
