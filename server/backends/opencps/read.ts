// Tolerant readers for OpenCPS answers: a list may arrive as a bare object or be absent (§1.5),
// numbers may arrive as strings. Anything else that does not fit is a ShapeError naming the
// field, which the gateway turns into a 502 (client.ts), never a half-filled answer.
import { DateFormatError, readOpencpsDate, type ReadDate } from './dates.js';

export class ShapeError extends Error {
  override name = 'ShapeError';
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
  }
}

export type Rec = Record<string, unknown>;

export function obj(v: unknown, path: string): Rec {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ShapeError(path, `cần một đối tượng, nhận ${kind(v)}`);
  return v as Rec;
}

/** A list, whatever the provider made of it: absent or empty → [], a bare object → [it]. */
export function items(v: unknown, path: string): Rec[] {
  if (v === undefined || v === null || v === '') return [];
  const list = Array.isArray(v) ? v : [v];
  return list.map((x, i) => obj(x, `${path}[${i}]`));
}

/** Same for lists of strings (`choices`, `answers`). */
export function strings(v: unknown, path: string): string[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map((x, i) => text(x, `${path}[${i}]`));
}

export function text(v: unknown, path: string): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new ShapeError(path, `cần chuỗi, nhận ${kind(v)}`);
}

/** A string that must be one (a code, an identifier): a number there is outside the document. */
export function str(v: unknown, path: string): string {
  if (typeof v !== 'string') throw new ShapeError(path, `cần chuỗi, nhận ${kind(v)}`);
  return v;
}

/** A number, or a string of one; undefined when absent or empty. */
export function num(v: unknown, path: string): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new ShapeError(path, `cần số, nhận ${JSON.stringify(v).slice(0, 30)}`);
  return n;
}

/** A required number. */
export function count(v: unknown, path: string): number {
  const n = num(v, path);
  if (n === undefined) throw new ShapeError(path, 'thiếu số');
  return n;
}

export function date(v: unknown, path: string): ReadDate | undefined {
  try {
    return readOpencpsDate(v);
  } catch (error) {
    if (error instanceof DateFormatError) throw new ShapeError(path, error.message);
    throw error;
  }
}

/** `"true"`, `true`, `1` → true. */
export const flag = (v: unknown) => v === true || v === 1 || v === 'true' || v === '1';

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'mảng';
  return typeof v === 'string' ? `chuỗi ${JSON.stringify(v.slice(0, 30))}` : typeof v;
}
