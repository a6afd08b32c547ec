// Small readers shared by every record shape: the national exports are loose about types (a number
// may come as a string, a list as a lone object), so every value is read defensively.

/** A record as read from JSON: an object whose keys are not yet known. */
export type Rec = Record<string, unknown>;

export const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Absent → [], a lone object → [object]; the national export is not consistent about arrays. */
export function list(v: unknown): unknown[] {
  if (v === undefined || v === null || v === '') return [];
  return Array.isArray(v) ? v : [v];
}

export function recs(v: unknown): Rec[] {
  return list(v).filter(isRec);
}

/** Trimmed text of a string or number; '' for anything else. */
export function text(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

/** Lower-case, no tone marks, đ → d: for matching the catalogue's free wording. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐÐ]/g, 'd').toLowerCase();
}

/** A URL-safe code made from a name ("Hộ tịch" → "ho-tich"), for fields that come without a code. */
export function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** "15", 15, "0,5", "15 ngày" → number; blank or non-numeric → undefined. */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  const m = /\d+(?:[.,]\d+)?/.exec(text(v));
  return m ? Number(m[0].replace(',', '.')) : undefined;
}

/** Money: 50000, "50.000", "1,500,000", "50.000 đồng" → 50000. */
export function money(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  const m = /\d[\d.,]*/.exec(text(v));
  if (!m) return undefined;
  const raw = m[0].replace(/[.,]$/, '');
  if (/^\d{1,3}([.,]\d{3})+$/.test(raw)) return Number(raw.replace(/[.,]/g, ''));
  const n = Number(raw.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** "2015-11-15", "2015-11-15T00:00:00", "15/11/2015" → ISO date; anything else → undefined. */
export function isoDate(v: unknown): string | undefined {
  const s = text(v);
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) [y, m, d] = [Number(vn[3]), Number(vn[2]), Number(vn[1])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * Epoch milliseconds → the calendar date in Vietnam (UTC+7, no daylight saving): the national API
 * stores a decision of 10/7/2026 as 2026-07-09T17:00Z. Not a finite, plausible number → undefined.
 */
export function epochDate(v: unknown): string | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) return undefined;
  const d = new Date(v + VIETNAM_OFFSET_MS);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

/** First non-empty text among the keys of a record, or the value itself when it is a string. */
export function pick(v: unknown, ...keys: string[]): string {
  if (!isRec(v)) return text(v);
  for (const k of keys) {
    const t = text(v[k]);
    if (t) return t;
  }
  return '';
}

/** "a, b; c" → ["a", "b", "c"]: keyword lists. */
export function splitList(s: string): string[] {
  return s.split(/[,;]/).map((k) => k.trim()).filter(Boolean);
}

/** Sets `key` on `target` only when `value` is present, so optional fields stay absent, not empty. */
export function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined | '' | false): void {
  if (value === undefined || value === '' || value === false) return;
  if (Array.isArray(value) && value.length === 0) return;
  target[key] = value as T[K];
}

/** "1.500.000" style: thousands with dots, as receipts write đồng. */
export function formatAmount(n: number): string {
  const [whole, frac] = String(n).split('.');
  return `${(whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${frac ? `,${frac}` : ''}`;
}
