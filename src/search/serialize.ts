/**
 * A prebuilt index as plain JSON-safe data: built once (by the server or an import script),
 * shipped beside the catalogue, and loaded without tokenizing anything. Versioned and checked
 * on load: an index of another format version, of another catalogue (a checksum of every code
 * and name) or with inconsistent arrays is refused with a SearchIndexError, never half-used.
 *
 * Integer arrays travel as base64, each in the narrowest form that holds its values: packed bits
 * ("b1:", "b4:"), little-endian bytes ("u8:", "u16:", "i32:") or unsigned LEB128 varints ("v:"),
 * the postings as gaps between procedure numbers. Name syllables travel as accent keys only; their
 * folded terms follow from them.
 */
import { canonical, fold } from './fold.js';
import type { IndexData } from './index-data.js';
import type { SearchableProcedure } from './types.js';

export const INDEX_FORMAT = 'motcua-search-index';
/** Bump when the layout or the meaning of any array changes. */
export const INDEX_VERSION = 1;

/** Names of the packed integer arrays a serialised index carries. */
export type ArrayName = 'postStart' | 'postGaps' | 'postFields' | 'nameStart' | 'nameAccents' | 'nameBrackets' | 'levels';
const ARRAYS: readonly ArrayName[] = ['postStart', 'postGaps', 'postFields', 'nameStart', 'nameAccents', 'nameBrackets', 'levels'];

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

type Encoding = 'b1' | 'b4' | 'u8' | 'u16' | 'i32' | 'v';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTET = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) SEXTET[ALPHABET.charCodeAt(i)] = i;

/** Base64 by hand: the same in every runtime, and far faster than Node's `atob`/`btoa`. */
function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 0x6000) {
    const end = Math.min(bytes.length, start + 0x6000);
    let out = '';
    for (let i = start; i < end; i += 3) {
      const a = bytes[i] as number;
      const b = i + 1 < end ? (bytes[i + 1] as number) : 0;
      const c = i + 2 < end ? (bytes[i + 2] as number) : 0;
      out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | (b >> 4)]!;
      out += i + 1 < end ? ALPHABET[((b & 15) << 2) | (c >> 6)]! : '=';
      out += i + 2 < end ? ALPHABET[c & 63]! : '=';
    }
    parts.push(out);
  }
  return parts.join('');
}

/** Bytes of base64 text, or undefined when it is not base64. */
function fromBase64(text: string): Uint8Array | undefined {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
  if (text.length % 4 !== 0 || text.length - end > 2) return undefined;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let count = 0;
  let at = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? (SEXTET[code] as number) : -1;
    if (v < 0) return undefined;
    bits = (bits << 6) | v;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out[at++] = (bits >> count) & 0xff;
    }
  }
  return out;
}

/** The narrowest fixed width that holds the values, unless `varint` is asked for. */
function encode(values: ArrayLike<number>, varint = false): string {
  let max = 0;
  let min = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v > max) max = v;
    if (v < min) min = v;
  }
  const n = values.length;
  let kind: Encoding;
  let bytes: Uint8Array;
  if (varint && min >= 0) {
    kind = 'v';
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      let v = values[i] as number;
      while (v >= 0x80) {
        out.push((v & 0x7f) | 0x80);
        v >>>= 7;
      }
      out.push(v);
    }
    bytes = Uint8Array.from(out);
  } else if (min >= 0 && max <= 15) {
    const bits = max <= 1 ? 1 : 4;
    kind = bits === 1 ? 'b1' : 'b4';
    const per = 8 / bits;
    bytes = new Uint8Array(Math.ceil(n / per));
    for (let i = 0; i < n; i++) bytes[(i / per) | 0]! |= (values[i] as number) << (bits * (i % per));
  } else {
    const width = min < 0 || max > 0xffff ? 4 : max > 0xff ? 2 : 1;
    kind = width === 4 ? 'i32' : width === 2 ? 'u16' : 'u8';
    bytes = new Uint8Array(n * width);
    for (let i = 0, at = 0; i < n; i++) {
      const v = values[i] as number;
      for (let b = 0; b < width; b++) bytes[at++] = (v >>> (8 * b)) & 0xff;
    }
  }
  return `${kind}:${n}:${toBase64(bytes)}`;
}

function decode(text: unknown, name: string): Int32Array {
  const match = typeof text === 'string' ? /^(b1|b4|u8|u16|i32|v):(\d+):([A-Za-z0-9+/]*={0,2})$/.exec(text) : null;
  if (!match) throw new SearchIndexError('corrupt', `search index: array ${name} is not encoded data`);
  const kind = match[1] as Encoding;
  const n = Number(match[2]);
  const bytes = fromBase64(match[3] as string);
  if (!bytes) throw new SearchIndexError('corrupt', `search index: array ${name} is not valid base64`);
  const out = new Int32Array(n);
  const short = () => new SearchIndexError('corrupt', `search index: array ${name} is shorter than it says`);
  if (kind === 'v') {
    let at = 0;
    for (let i = 0; i < n; i++) {
      let v = 0;
      let shift = 0;
      for (;;) {
        if (at >= bytes.length || shift > 28) throw short();
        const b = bytes[at++] as number;
        v |= (b & 0x7f) << shift;
        if (b < 0x80) break;
        shift += 7;
      }
      out[i] = v;
    }
  } else if (kind === 'b1' || kind === 'b4') {
    const bits = kind === 'b1' ? 1 : 4;
    const per = 8 / bits;
    if (bytes.length < Math.ceil(n / per)) throw short();
    const mask = (1 << bits) - 1;
    for (let i = 0; i < n; i++) out[i] = ((bytes[(i / per) | 0] as number) >> (bits * (i % per))) & mask;
  } else {
    const width = kind === 'i32' ? 4 : kind === 'u16' ? 2 : 1;
    if (bytes.length < n * width) throw short();
    for (let i = 0, at = 0; i < n; i++) {
      let v = 0;
      for (let b = 0; b < width; b++) v |= (bytes[at++] as number) << (8 * b);
      out[i] = v;
    }
  }
  return out;
}

/** Postings as gaps: the first procedure of each term's list, then differences. */
function gaps(data: IndexData): Int32Array {
  const out = new Int32Array(data.postDocs.length);
  for (let t = 0; t < data.terms.length; t++) {
    let last = 0;
    for (let k = data.postStart[t] as number; k < (data.postStart[t + 1] as number); k++) {
      out[k] = (data.postDocs[k] as number) - last;
      last = data.postDocs[k] as number;
    }
  }
  return out;
}

export function serializeIndex(data: IndexData, procedures: readonly SearchableProcedure[]): SerializedIndex {
  const arrays: Record<ArrayName, string> = {
    postStart: encode(data.postStart),
    postGaps: encode(gaps(data), true),
    postFields: encode(data.postFields),
    nameStart: encode(data.nameStart),
    nameAccents: encode(data.nameAccents),
    nameBrackets: encode(data.nameBrackets),
    levels: encode(data.levels),
  };
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
  let ok = true;
  for (let i = 0; i < count; i++) if ((start[i] as number) > (start[i + 1] as number)) ok = false;
  check(ok, `${name} decreases`);
}

function checkBelow(values: Int32Array, limit: number, name: string): void {
  let ok = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < 0 || v >= limit) ok = false;
  }
  check(ok, `${name} out of range`);
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
  checkOffsets(a.postStart, terms.length, a.postGaps.length, 'postStart');
  check(a.postFields.length === a.postGaps.length, 'postFields does not match the postings');
  checkBelow(a.postFields, 16, 'postFields');
  const postDocs = new Int32Array(a.postGaps.length);
  for (let t = 0; t < terms.length; t++) {
    let doc = 0;
    for (let k = a.postStart[t] as number; k < (a.postStart[t + 1] as number); k++) {
      doc += a.postGaps[k] as number;
      postDocs[k] = doc;
    }
  }
  checkBelow(postDocs, n, 'postings');
  checkOffsets(a.nameStart, n, a.nameAccents.length, 'nameStart');
  check(a.nameBrackets.length === a.nameAccents.length, 'name arrays differ in length');
  checkBelow(a.nameAccents, Math.max(1, accents.length), 'nameAccents');
  check(a.levels.length === n, 'levels does not match the procedures');
  // Each accent key folds to its term ("Đăng" → "dang").
  const termIds = new Map(terms.map((t, i) => [t, i]));
  const termOf = accents.map((key) => termIds.get(canonical(fold(key))) ?? -1);
  const nameTerms = new Int32Array(a.nameAccents.length);
  for (let p = 0; p < nameTerms.length; p++) nameTerms[p] = termOf[a.nameAccents[p] as number] as number;
  checkBelow(nameTerms, terms.length, 'name syllables');
  const df = new Int32Array(terms.length);
  for (let t = 0; t < terms.length; t++) df[t] = (a.postStart[t + 1] as number) - (a.postStart[t] as number);
  return {
    size: n,
    terms,
    accents,
    df,
    postStart: a.postStart,
    postDocs,
    postFields: Uint8Array.from(a.postFields),
    nameStart: a.nameStart,
    nameTerms,
    nameAccents: a.nameAccents,
    nameBrackets: Uint8Array.from(a.nameBrackets),
    levels: Uint8Array.from(a.levels),
  };
}
