// Which template gives a real national line its demo details: the hand-written one of the same
// name, else one made from the line's field and level with plausible times and fees.
import { profileFor } from './fields.js';
import { nameKey, type NationalLine } from './national-lines.js';
import type { Rng } from './prng.js';
import { TEMPLATES, type ProcedureTemplate } from './procedure-templates.js';

const BY_NAME = new Map<string, ProcedureTemplate>();
for (const t of TEMPLATES) if (!BY_NAME.has(nameKey(t.name))) BY_NAME.set(nameKey(t.name), t);
const BY_CODE = new Map(TEMPLATES.flatMap((t) => (t.code ? [[t.code, t] as const] : [])));

/** The template of the same name, or of the same code when the real name starts with the template's. */
function handWritten(line: NationalLine): ProcedureTemplate | undefined {
  const key = nameKey(line.name);
  const named = BY_NAME.get(key);
  if (named) return named;
  const coded = BY_CODE.get(line.code);
  return coded && key.startsWith(nameKey(coded.name).slice(0, 40)) ? coded : undefined;
}

const DAYS = [0, 1, 3, 5, 5, 7, 10, 10, 15, 20, 30];
const FEES = ['Không', 'Miễn phí', '50.000 đồng/hồ sơ', '100.000 đồng/hồ sơ', '200.000 đồng/giấy phép', 'Theo Nghị quyết của Hội đồng nhân dân tỉnh'];
const LEVEL_LETTER: Record<string, string> = { 'cấp bộ': 'B', 'cấp tỉnh': 'T', 'cấp xã': 'X' };

function made(line: NationalLine, rng: Rng): ProcedureTemplate {
  const levels = line.level.split(',').map((l) => LEVEL_LETTER[l.trim().toLowerCase()] ?? '').join('');
  const online = rng.weighted([['full', 2], ['partial', 5], [null, 3]] as const);
  return { field: profileFor(line.field), name: line.name, levels, days: rng.pick(DAYS), fee: rng.pick(FEES), online };
}

/**
 * The template for a line, and whether the sample also holds the line's pre-reform district
 * variant: only for hand-written templates that list the district level (H) and a line now done
 * at commune level, as a province's system still keeps those records.
 */
export function templateFor(line: NationalLine, rng: Rng): { t: ProcedureTemplate; old: boolean } {
  const t = handWritten(line);
  if (!t) return { t: made(line, rng), old: false };
  return { t, old: t.levels.includes('H') && /Cấp xã/.test(line.level) };
}
