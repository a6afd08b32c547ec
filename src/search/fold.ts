/**
 * Vietnamese folding and syllable tokens.
 *
 * Matching works on folded text: marks stripped, đ/Đ/Ð → d, lower case. Canonical tokens also
 * make the i/y spellings meet (kí/ký, lí/lý, mĩ/mỹ, qui/quy). Old and new tone placement
 * (hoà/hòa, thuỷ/thủy) meet once marks are gone; the accent key keeps the marks, with the tone
 * moved to the end of the syllable, so a query typed with marks can still prefer exact spelling.
 *
 * Every token keeps its range in the ORIGINAL string (which need not be NFC), so hits can be
 * highlighted on the text the citizen sees.
 */

const MARKS = /\p{M}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Vietnamese tone marks: grave, acute, tilde, hook above, dot below. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

const clusterCache = new Map<string, string>();

function isCombining(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/** Folds one cluster (a base character and the marks that follow it). */
function foldCluster(cluster: string): string {
  let folded = clusterCache.get(cluster);
  if (folded === undefined) {
    // ð is what Ð (U+00D0, the Icelandic eth often typed for Đ) lower-cases to.
    folded = cluster.normalize('NFD').toLowerCase().replace(MARKS, '').replace(/[đð]/g, 'd');
    if (clusterCache.size < 8192) clusterCache.set(cluster, folded);
  }
  return folded;
}

/** Index just past the cluster that starts at `i`. */
function clusterEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1);
  while (j < text.length && isCombining(text.charCodeAt(j))) j++;
  return j;
}

/** Folds text for matching: NFC-equivalent input, marks stripped, đ/Đ/Ð → d, lower case. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (code < 0x80 && !isCombining(next)) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
      i++;
      continue;
    }
    const end = clusterEnd(text, i);
    out += foldCluster(text.slice(i, end));
    i = end;
  }
  return out;
}

function isVowel(c: string | undefined): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
}

/**
 * Canonical form of a folded syllable: a final y after a consonant (or after "qu") is written i,
 * so kí/ký, lí/lý, mĩ/mỹ, tỉ/tỷ and qui/quy meet, while thuỷ, hay and y (as in y tế) keep theirs.
 */
export function canonical(folded: string): string {
  const n = folded.length;
  // Short numbers compare by value: "mức độ 02" is "mức độ 2".
  if (n > 1 && n <= 3 && folded.charCodeAt(0) === 48 /* 0 */ && /^\d+$/.test(folded)) return String(Number(folded));
  if (n < 2 || folded.charCodeAt(n - 1) !== 121 /* y */) return folded;
  const before = folded[n - 2];
  if (!isVowel(before) || (before === 'u' && n === 3 && folded[0] === 'q')) {
    return folded.slice(0, n - 1) + 'i';
  }
  return folded;
}

const accentCache = new Map<string, string>();

/**
 * Accent key of one original syllable: lower case, marks kept, the tone moved to the end, i/y
 * canonical. "hoà" and "hòa" share a key; "ban", "bán" and "bạn" do not.
 */
export function accentKey(original: string): string {
  let key = accentCache.get(original);
  if (key !== undefined) return key;
  const nfd = original.normalize('NFD').toLowerCase();
  const tones = nfd.match(TONES);
  const base = nfd.replace(TONES, '').normalize('NFC');
  const plain = base.replace(/[ăâ]/g, 'a').replace(/[êe]/g, 'e').replace(/[ôơ]/g, 'o').replace(/ư/g, 'u');
  // Apply the i/y rule on the unmarked letters, keep the marked vowels of the base.
  // Numbers have no marks: their key is their canonical form ("02" → "2").
  if (/^\d+$/.test(plain)) key = canonical(plain);
  else key = undefined;
  const canon = canonical(plain) !== plain ? base.slice(0, -1) + 'i' : base;
  key ??= tones ? canon + tones[0] : canon;
  if (accentCache.size < 16384) accentCache.set(original, key);
  return key;
}

/** True when the text carries Vietnamese marks (or đ), i.e. the user typed with diacritics. */
export function hasMarks(text: string): boolean {
  return fold(text) !== text.toLowerCase();
}

/** Per character: its folded letters, its letter with shape marks kept (ă, ơ, đ), its tone mark. */
interface CharInfo {
  folded: string;
  shaped: string;
  tone: string;
}

const charCache = new Map<number, CharInfo>();

function charInfo(code: number): CharInfo {
  let info = charCache.get(code);
  if (!info) {
    const nfd = String.fromCharCode(code).normalize('NFD').toLowerCase();
    const tone = nfd.match(TONES)?.[0] ?? '';
    const shaped = nfd.replace(TONES, '').normalize('NFC');
    info = { folded: foldCluster(String.fromCharCode(code)), shaped, tone };
    charCache.set(code, info);
  }
  return info;
}

/**
 * Tokens with their accent keys, in one pass over the text (no normalisation per syllable): what
 * the index builds from. Equal to {@link tokenize} plus `accentKey` of each token's original text.
 */
export interface AccentedTokens extends Tokens {
  accents: string[];
}

export function tokenizeAccented(text: string): AccentedTokens {
  const terms: string[] = [];
  const accents: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let folded = '';
  let shaped = '';
  let tone = '';
  let start = -1;
  let end = -1;
  let simple = true;
  const close = (): void => {
    const term = canonical(folded);
    terms.push(term);
    // An NFD cluster or a stray mark: take the slow, exact path.
    if (!simple) accents.push(accentKey(text.slice(start, end)));
    else if (term.length !== folded.length) accents.push(term); // a number: "02" is "2"
    else accents.push((term !== folded ? shaped.slice(0, -1) + 'i' : shaped) + tone);
    starts.push(start);
    ends.push(end);
    folded = shaped = tone = '';
    start = -1;
    simple = true;
  };
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    let f: string;
    let j = i + 1;
    if (code < 0x80 && !isCombining(next)) {
      f = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : (text[i] as string);
      if (isWordChar(f)) {
        shaped += f;
      }
    } else if (!isCombining(next) && !(code >= 0xd800 && code <= 0xdbff)) {
      const info = charInfo(code);
      f = info.folded;
      if (isWordChar(f)) {
        shaped += info.shaped;
        if (info.tone) tone = info.tone;
      }
    } else {
      j = clusterEnd(text, i);
      f = foldCluster(text.slice(i, j));
      if (isWordChar(f)) simple = false;
    }
    if (isWordChar(f)) {
      if (start < 0) start = i;
      folded += f;
      end = j;
    } else if (start >= 0) close();
    i = j;
  }
  if (start >= 0) close();
  return { terms, accents, starts, ends };
}

/**
 * The term and accent key of one syllable as {@link syllableSpans} finds them (letters and
 * digits, no combining marks nor surrogates): what {@link tokenizeAccented} gives for it, without
 * its lists.
 */
export function foldSyllable(syllable: string): { term: string; accent: string } {
  let folded = '';
  let shaped = '';
  let tone = '';
  for (let i = 0; i < syllable.length; i++) {
    const code = syllable.charCodeAt(i);
    if (code < 0x80) {
      const f = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : (syllable[i] as string);
      folded += f;
      shaped += f;
    } else {
      const info = charInfo(code);
      folded += info.folded;
      shaped += info.shaped;
      if (info.tone) tone = info.tone;
    }
  }
  const term = canonical(folded);
  if (term.length !== folded.length) return { term, accent: term }; // a number: "02" is "2"
  return { term, accent: (term !== folded ? shaped.slice(0, -1) + 'i' : shaped) + tone };
}

/** Per UTF-16 code: 1 letter or digit, 2 other, 3 needs the exact path (mark, surrogate); 0 not seen. */
const charClass = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = charClass[code] as number;
  if (c === 0) {
    if (isCombining(code) || (code >= 0xd800 && code <= 0xdfff)) c = 3;
    else c = isWordChar(foldCluster(String.fromCharCode(code))) ? 1 : 2;
    charClass[code] = c;
  }
  return c;
}

/**
 * Start and end of each syllable of `text` into `spans` (start, end, start, end…); returns the
 * number of syllables, or -1 when the text has combining marks or surrogates (then use
 * {@link tokenizeAccented}). A fast pre-pass for building: syllables are then read one by one.
 */
export function syllableSpans(text: string, spans: Int32Array): number {
  let n = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = classOf(text.charCodeAt(i));
    if (c === 3) return -1;
    if (c === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (2 * n + 2 > spans.length) return -1;
      spans[2 * n] = start;
      spans[2 * n + 1] = i;
      n++;
      start = -1;
    }
  }
  if (start >= 0) {
    if (2 * n + 2 > spans.length) return -1;
    spans[2 * n] = start;
    spans[2 * n + 1] = text.length;
    n++;
  }
  return n;
}

/** Tokens of a text: canonical folded syllables and their ranges in the original string. */
export interface Tokens {
  /** Canonical folded syllables (see {@link canonical}). */
  terms: string[];
  /** Start of each token in the original text (UTF-16 index). */
  starts: number[];
  /** End (exclusive) of each token in the original text. */
  ends: number[];
}

function isWordChar(folded: string): boolean {
  if (folded.length === 0) return false;
  const c = folded.charCodeAt(0);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(folded);
}

let tokenSpans = new Int32Array(512);

/**
 * Splits text into syllable tokens. Spaces and punctuation separate tokens; Vietnamese words of
 * several syllables are several tokens, and the index rewards them for standing together.
 */
export function tokenize(text: string): Tokens {
  if (text.length * 2 + 2 > tokenSpans.length) tokenSpans = new Int32Array(text.length * 2 + 2);
  const n = syllableSpans(text, tokenSpans);
  if (n < 0) return tokenizeClusters(text);
  const terms: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < n; k++) {
    const start = tokenSpans[2 * k] as number;
    const end = tokenSpans[2 * k + 1] as number;
    terms.push(foldSpan(text, start, end));
    starts.push(start);
    ends.push(end);
  }
  return { terms, starts, ends };
}

/**
 * The canonical term of one syllable `syllableSpans` found (letters and digits, no combining
 * marks): a slice when it is already folded, else its characters folded one by one.
 */
function foldSpan(text: string, start: number, end: number): string {
  let plain = true;
  for (let i = start; i < end && plain; i++) {
    const c = text.charCodeAt(i);
    plain = c < 0x80 && !(c >= 65 && c <= 90);
  }
  if (plain) return canonical(text.slice(start, end));
  let folded = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) folded += charInfo(c).folded;
    else folded += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : (text[i] as string);
  }
  return canonical(folded);
}

/** {@link tokenize} cluster by cluster: for text with combining marks or surrogates. */
function tokenizeClusters(text: string): Tokens {
  const terms: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let current = '';
  let start = -1;
  let end = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    let folded: string;
    let j: number;
    if (code < 0x80 && !isCombining(next)) {
      folded = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : (text[i] as string);
      j = i + 1;
    } else {
      j = clusterEnd(text, i);
      folded = foldCluster(text.slice(i, j));
    }
    if (isWordChar(folded)) {
      if (start < 0) start = i;
      current += folded;
      end = j;
    } else if (start >= 0) {
      terms.push(canonical(current));
      starts.push(start);
      ends.push(end);
      current = '';
      start = -1;
    }
    i = j;
  }
  if (start >= 0) {
    terms.push(canonical(current));
    starts.push(start);
    ends.push(end);
  }
  return { terms, starts, ends };
}

/**
 * End index in the original text of the first `length` folded characters from `start`:
 * used to highlight only the typed part of a prefix match ("kh" in "Khai").
 */
export function foldedPrefixEnd(text: string, start: number, end: number, length: number): number {
  let seen = 0;
  let i = start;
  while (i < end && seen < length) {
    const j = clusterEnd(text, i);
    seen += foldCluster(text.slice(i, j)).length;
    i = j;
  }
  return i;
}
