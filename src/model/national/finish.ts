import { Procedure } from '../procedure.js';
import { NationalRecordError } from './error.js';

export const nationalUrl = (code: string) =>
  `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${encodeURIComponent(code)}`;

/**
 * Checks a built candidate against the Procedure schema; a rejection names the record's own key
 * (`keys` maps the schema's top-level names to the shape's spelling: `code` → `MATTHC`).
 */
export function finish(candidate: Procedure, keys: Record<string, string>, code: string): Procedure {
  const parsed = Procedure.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String) ?? [];
  const key = [keys[path[0] ?? ''] ?? path[0] ?? '', ...path.slice(1)].join('.');
  throw new NationalRecordError(key, `giá trị không hợp lệ tại ${key} / invalid value at ${key}: ${issue?.message ?? '?'}`, code);
}

/** The one text a record must have; absent → a typed error naming the key. */
export function essential(r: Record<string, unknown>, keys: string[], label: string, code?: string): string {
  for (const key of keys) {
    const v = r[key];
    if (typeof v === 'string' && v.trim()) return v.trim().replace(/\s+/g, ' ');
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  const key = keys[0] ?? '';
  throw new NationalRecordError(key, `bản ghi thiếu ${key} (${label}) / record lacks ${key}`, code);
}
