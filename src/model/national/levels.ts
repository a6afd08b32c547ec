import type { Level } from '../procedure.js';
import { fold, list, pick } from './read.js';

const LEVEL_ORDER: Level[] = ['ministry', 'province', 'district', 'commune'];

export interface LevelsRead {
  levels: Level[];
  /** "Cơ quan khác": an agency outside the administrative levels. */
  otherAgency: boolean;
}

/**
 * "Cấp Tỉnh, Cấp Huyện, Cấp Xã", ["Cấp Tỉnh"], [{ TENCAP: "Cấp Xã" }], "Cấp bộ, Cơ quan khác" →
 * levels in canonical order, plus whether "Cơ quan khác" is among them.
 */
export function levelsFromText(v: unknown): LevelsRead {
  const parts = list(v).flatMap((x) => pick(x, 'TENCAP', 'CAPTHUCHIEN', 'TEN', 'MACAP').split(/[,;/]/));
  const found = new Set<Level>();
  let otherAgency = false;
  for (const part of parts) {
    const f = fold(part);
    if (/co quan khac/.test(f)) {
      otherAgency = true;
      continue;
    }
    // "thành phố trực thuộc trung ương" is a province and "thị xã" a district, not a ministry or commune.
    if (/\bbo\b/.test(f) || (/trung uong/.test(f) && !/truc thuoc trung uong/.test(f))) found.add('ministry');
    if ((/tinh/.test(f) && !/thuoc tinh/.test(f)) || /truc thuoc trung uong/.test(f)) found.add('province');
    if (/huyen|\bquan\b|thi xa|thuoc tinh/.test(f)) found.add('district');
    if (/\bxa\b|phuong|thi tran|dac khu/.test(f.replace(/thi xa/g, ''))) found.add('commune');
  }
  return { levels: LEVEL_ORDER.filter((l) => found.has(l)), otherAgency };
}

/**
 * The current API's booleans. Since the two-level local government (7/2025) there is no district
 * flag: `isWard` covers xã, phường and đặc khu, read as `commune`.
 */
export function levelsFromFlags(r: Record<string, unknown>): LevelsRead {
  const levels: Level[] = [];
  if (r.isMinistry === true) levels.push('ministry');
  if (r.isProvince === true) levels.push('province');
  if (r.isWard === true) levels.push('commune');
  return { levels, otherAgency: r.isOtherAgency === true };
}
