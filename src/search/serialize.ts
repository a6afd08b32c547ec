/**
 * A prebuilt index as plain JSON-safe data: built once (by the server or an import script),
 * shipped beside the catalogue, and loaded without tokenizing anything. Versioned and checked
 * on load: an index of another format version, of another catalogue (a checksum of every code
 * and name) or with inconsistent arrays is refused with a SearchIndexError, never half-used.
 *
 * Integer arrays travel as base64 of little-endian bytes, each at the narrowest width that holds
 * its values ("u8:", "u16:", "i32:" before the data).
 */
import type { IndexData } from './index-data.js';
import type { SearchableProcedure } from './types.js';

export const INDEX_FORMAT = 'motcua-search-index';
/** Bump when the layout or the meaning of any array changes. */
export const INDEX_VERSION = 1;

type ArrayName = 'postStart' | 'postDocs' | 'postFields' | 'nameStart' | 'nameTerms' | 'nameAccents' | 'nameBrackets' | 'levels';
const ARRAYS: readonly ArrayName[] = ['postStart', 'postDocs', 'postFields', 'nameStart', 'nameTerms', 'nameAccents', 'nameBrackets', 'levels'];

export interface SerializedIndex {
  format: typeof INDEX_FORMAT;
  version: number;
  /** Number of procedures. */
  size: number;
  /** FNV-1a of every code and name in order: the catalogue the index was built from. */
  checksum: string;
  terms: string[];
  accents: string[];
  arrays: Record<ArrayName, string>;
}

/** A serialised index that cannot be used with these procedures; `reason` says why. */
export class SearchIndexError extends Error {
  constructor(readonly reason: 'format' | 'version' | 'catalogue' | 'corrupt', message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

export function isSearchIndexError(error: unknown): error is SearchIndexError {
  return error instanceof SearchIndexError;
}

/** FNV-1a (32 bits) of the codes and names, in order. */
export function catalogueChecksum(procedures: readonly SearchableProcedure[]): string {
  let h = 0x811c9dc5;
  const mix = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  for (const p of procedures) {
    mix(p.code);
    mix('\u0001');
    mix(p.name);
    mix('\u0002');
  }
  return `${procedures.length}:${(h >>> 0).toString(16).padStart(8, '0')}`;
}

function encode(values: ArrayLike<number>): string {
  let max = 0;
  let min = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v > max) max = v;
    if (v < min) min = v;
  }
  const width = min < 0 || max > 0xffff ? 4 : max > 0xff ? 2 : 1;
  const bytes = new Uint8Array(values.length * width);
  for (let i = 0, at = 0; i < values.length; i++) {
    const v = values[i] as number;
    for (let b = 0; b < width; b++) bytes[at++] = (v >>> (8 * b)) & 0xff;
  }
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `${width === 4 ? 'i32' : width === 2 ? 'u16' : 'u8'}:${btoa(binary)}`;
}

function decode(text: unknown, name: string): Int32Array {
  const match = typeof text === 'string' ? /^(u8|u16|i32):([A-Za-z0-9+/]*={0,2})$/.exec(text) : null;
  if (!match) throw new SearchIndexError('corrupt', `search index: array ${name} is not encoded data`);
  const width = match[1] === 'i32' ? 4 : match[1] === 'u16' ? 2 : 1;
  let binary: string;
  try {
    binary = atob(match[2] as string);
  } catch {
    throw new SearchIndexError('corrupt', `search index: array ${name} is not valid base64`);
  }
  if (binary.length % width !== 0) throw new SearchIndexError('corrupt', `search index: array ${name} has a partial value`);
  const out = new Int32Array(binary.length / width);
  for (let i = 0, at = 0; i < out.length; i++) {
    let v = 0;
    for (let b = 0; b < width; b++) v |= binary.charCodeAt(at++) << (8 * b);
    out[i] = v;
  }
  return out;
}

export function serializeIndex(data: IndexData, procedures: readonly SearchableProcedure[]): SerializedIndex {
  const arrays = {} as Record<ArrayName, string>;
  for (const name of ARRAYS) arrays[name] = encode(data[name]);
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    size: data.size,
    checksum: catalogueChecksum(procedures),
    terms: [...data.terms],
    accents: [...data.accents],
    arrays,
  };
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new SearchIndexError('corrupt', `search index: ${what}`);
}

/** Offsets: length `count + 1`, from 0, never decreasing, ending at `total`. */
function checkOffsets(start: Int32Array, count: number, total: number, name: string): void {
  check(start.length === count + 1 && start[0] === 0 && start[count] === total, `${name} does not fit its lists`);
  for (let i = 0; i < count; i++) check((start[i] as number) <= (start[i + 1] as number), `${name} decreases`);
}

function checkBelow(values: Int32Array, limit: number, name: string): void {
  for (let i = 0; i < values.length; i++) check((values[i] as number) >= 0 && (values[i] as number) < limit, `${name} out of range`);
}

/** Checks a serialised index against the procedures and turns it back into index data. */
export function deserializeIndex(input: unknown, procedures: readonly SearchableProcedure[]): IndexData {
  const s = input as Partial<SerializedIndex> | null;
  if (typeof s !== 'object' || s === null || s.format !== INDEX_FORMAT) {
    throw new SearchIndexError('format', 'search index: not a motcua search index');
  }
  if (s.version !== INDEX_VERSION) {
    throw new SearchIndexError('version', `search index: version ${String(s.version)}, this motcua reads version ${INDEX_VERSION}`);
  }
  if (s.size !== procedures.length || s.checksum !== catalogueChecksum(procedures)) {
    throw new SearchIndexError('catalogue', 'search index: built from another catalogue than the procedures given');
  }
  check(Array.isArray(s.terms) && s.terms.every((t) => typeof t === 'string'), 'terms are not strings');
  check(Array.isArray(s.accents) && s.accents.every((t) => typeof t === 'string'), 'accents are not strings');
  check(typeof s.arrays === 'object' && s.arrays !== null, 'arrays missing');
  const terms = s.terms as string[];
  const accents = s.accents as string[];
  const a = {} as Record<ArrayName, Int32Array>;
  for (const name of ARRAYS) a[name] = decode((s.arrays as Record<string, unknown>)[name], name);
  const n = procedures.length;
  checkOffsets(a.postStart, terms.length, a.postDocs.length, 'postStart');
  check(a.postFields.length === a.postDocs.length, 'postFields does not match postDocs');
  checkBelow(a.postDocs, n, 'postDocs');
  checkBelow(a.postFields, 16, 'postFields');
  checkOffsets(a.nameStart, n, a.nameTerms.length, 'nameStart');
  check(a.nameAccents.length === a.nameTerms.length && a.nameBrackets.length === a.nameTerms.length, 'name arrays differ in length');
  checkBelow(a.nameTerms, terms.length, 'nameTerms');
  checkBelow(a.nameAccents, Math.max(1, accents.length), 'nameAccents');
  check(a.levels.length === n, 'levels does not match the procedures');
  const df = new Int32Array(terms.length);
  for (let t = 0; t < terms.length; t++) df[t] = (a.postStart[t + 1] as number) - (a.postStart[t] as number);
  return {
    size: n,
    terms,
    accents,
    df,
    postStart: a.postStart,
    postDocs: a.postDocs,
    postFields: Uint8Array.from(a.postFields),
    nameStart: a.nameStart,
    nameTerms: a.nameTerms,
    nameAccents: a.nameAccents,
    nameBrackets: Uint8Array.from(a.nameBrackets),
    levels: Uint8Array.from(a.levels),
  };
}
