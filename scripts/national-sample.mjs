// `node scripts/national-sample.mjs [dir]` (default test/fixtures/national, the committed copy of ../shared/national): writes server/data/national-catalogue.ts,
// the lines of the national catalogue the demo server builds its sample procedures from (real
// codes, names, fields and levels), and server/data/national-records.ts, the full national records
// copied as they are (served as imported; the Storybook stories' fixtures). TypeScript modules, not
// .json files, because the sample data is also imported in the browser tests, where a JSON import
// is not a module. The server and the package never read ../shared at run time; this script is how
// the copy is made.
//
// The rule (deterministic, so the file only changes when the source does):
//   1. only lines carried out at commune or province level ("Cấp xã", "Cấp tỉnh"), as a province sees them;
//   2. every such line of the fields citizens bring most to the desk (civil status, certification,
//      residence, identity cards, household businesses, land, building), so the near-duplicates of
//      one name are all there, and the lines the sample dossiers follow (FLOW_CODES);
//   3. every line whose name is one of the procedures the sample's hand-written details describe
//      (server/data/procedure-templates.ts, matched by name), and every line with a full record;
//   4. then the lines with the smallest FNV-1a hash of their code until there are TARGET lines.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from './run.mjs';

const TARGET = 320;
const CORE_FIELDS = [
  'Hộ tịch', 'Chứng thực', 'Đăng ký, quản lý cư trú', 'Cấp, quản lý căn cước',
  'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', 'Lý lịch tư pháp', 'Nuôi con nuôi', 'Đất đai',
  'Hoạt động xây dựng',
];
/** Procedures the sample dossiers follow beyond those fields: food safety, social insurance. */
const FLOW_CODES = ['2.001827', '1.001598'];

const sourceDir = process.argv[2] ?? join(root, 'test/fixtures/national');
const source = join(sourceDir, 'catalogue.json');
const out = join(root, 'server/data/national-catalogue.ts');
const recordsOut = join(root, 'server/data/national-records.ts');

// The full records of the current national API, copied as they are.
const recordFiles = readdirSync(sourceDir).filter((f) => f.endsWith('.json') && f !== 'catalogue.json').sort();
const records = recordFiles.map((f) => JSON.parse(readFileSync(join(sourceDir, f), 'utf8')));
const fullCodes = new Set(records.map((r) => r.code));

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
/** "Thủ tục đăng ký khai sinh" and "Đăng ký khai sinh" are one name. */
const key = (s) => fold(s).replace(/^thu tuc /, '').replace(/[.;]$/, '');

function fnv1a(s) {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Names of the hand-written templates, read from their source (no TypeScript loader needed). */
function templateNames() {
  const text = readFileSync(join(root, 'server/data/procedure-templates.ts'), 'utf8');
  return new Set([...text.matchAll(/^\s*\['([^']+)',\s*'[A-Z]+'/gm)].map((m) => key(m[1])));
}

const lines = JSON.parse(readFileSync(source, 'utf8'));
const local = lines.filter((l) => /Cấp xã|Cấp tỉnh/.test(l.level));
const templates = templateNames();
const chosen = new Set();
for (const l of local) {
  if (CORE_FIELDS.includes(l.field) || FLOW_CODES.includes(l.code) || fullCodes.has(l.code) || templates.has(key(l.name))) chosen.add(l);
}
for (const l of [...local].sort((a, b) => fnv1a(a.code) - fnv1a(b.code))) {
  if (chosen.size >= TARGET) break;
  chosen.add(l);
}
const picked = local.filter((l) => chosen.has(l)); // the source's order (by code)

const file = {
  source: 'CSDL quốc gia về thủ tục hành chính — danh mục thủ tục (../shared/national/catalogue.json)',
  madeBy: 'scripts/national-sample.mjs',
  rule: 'commune or province lines: all of the core citizen fields and the dossier flows, those named like the sample templates or with a full record in national-records.ts, then the smallest FNV-1a hashes of the code',
  total: lines.length,
  lines: picked,
};
const HEAD = '// Made by scripts/national-sample.mjs from ../shared/national; do not edit, run the script again.\n';
writeFileSync(
  out,
  `${HEAD}import type { NationalCatalogueFile } from './national-lines.js';\n\nexport const NATIONAL_CATALOGUE: NationalCatalogueFile = ${JSON.stringify(file, null, 1)};\n`,
);
writeFileSync(
  recordsOut,
  `${HEAD}// The current national API's records (${recordFiles.join(', ')}), as the portal returned them.\nexport const NATIONAL_RECORDS: Record<string, unknown>[] = ${JSON.stringify(records, null, 1)};\n`,
);
const matched = picked.filter((l) => templates.has(key(l.name))).length;
console.log(`national-sample: ${picked.length} of ${local.length} commune/province lines (${matched} named like a template) → ${relative(root, out)}; ${recordFiles.length} full records → ${relative(root, recordsOut)}`);
