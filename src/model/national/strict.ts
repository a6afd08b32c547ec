import { NationalRecordError } from './error.js';
import { isRec, text, type Rec } from './read.js';

/**
 * Readers that fail loudly: a value of the wrong type is an error naming its key, never read as
 * "absent" (which would silently turn a broken fee into no fee).
 */
export class KeyReader {
  constructor(readonly code: string | undefined) {}

  fail(key: string, vi: string, en: string): never {
    throw new NationalRecordError(key, `${vi} tại ${key} / ${en} at ${key}`, this.code);
  }

  /** A list of objects: absent → []; a lone object → [it]; anything else → error. */
  objects(v: unknown, key: string): Rec[] {
    if (v === undefined || v === null) return [];
    const items = Array.isArray(v) ? v : [v];
    items.forEach((item, i) => {
      if (!isRec(item)) this.fail(Array.isArray(v) ? `${key}.${i}` : key, 'cần một đối tượng', 'expected an object');
    });
    return items as Rec[];
  }

  /** A non-negative number, or a numeric string; absent, null and '' → undefined. */
  number(v: unknown, key: string): number | undefined {
    if (v === undefined || v === null || v === '') return undefined;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(?:[.,]\d+)?\s*$/.test(v) ? Number(v.trim().replace(',', '.')) : NaN;
    if (!Number.isFinite(n) || n < 0) this.fail(key, `số không hợp lệ (${JSON.stringify(v)})`, 'not a valid number');
    return n;
  }

  /** Text of a string or number; absent and null → ''; an object or array → error. */
  text(v: unknown, key: string): string {
    if (v === undefined || v === null) return '';
    if (typeof v === 'string' || typeof v === 'number') return text(v);
    return this.fail(key, 'cần một chuỗi', 'expected a text');
  }

  /** true / false when the record says so; absent → undefined; anything else → error. */
  flag(v: unknown, key: string): boolean | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    return this.fail(key, 'cần true hoặc false', 'expected a boolean');
  }
}
