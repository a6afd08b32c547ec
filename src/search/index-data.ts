/**
 * What the index is made of, as flat typed arrays (the same shape built from procedures or loaded
 * from a serialised index), and the stages that build it from procedures.
 */
import { foldSyllable, syllableSpans, tokenizeAccented } from './fold.js';
import { levelBits } from './levels.js';
import type { SearchableProcedure } from './types.js';
import { hashOf, WrittenTable } from './written-table.js';

/** Where a syllable was found, as bits of a posting. */
export const IN_NAME = 1;
export const IN_KEYWORDS = 2;
export const IN_FIELD = 4;
export const IN_AGENCIES = 8;

export interface IndexData {
  size: number;
  /** Folded canonical syllables; a term's id is its place here. */
  terms: string[];
  /** Procedures whose texts hold each term. */
  df: Int32Array;
  /** Postings of term t, one per procedure: postDocs/postFields[postStart[t]] … [postStart[t + 1] - 1]. */
  postStart: Int32Array;
  postDocs: Int32Array;
  /** IN_NAME | IN_KEYWORDS | … for each posting. */
  postFields: Uint8Array;
  /** Name syllables of procedure d: nameTerms[nameStart[d]] … [nameStart[d + 1] - 1]. */
  nameStart: Int32Array;
  nameTerms: Int32Array;
  /** Accent key of each name syllable, as an id into `accents`. */
  nameAccents: Int32Array;
  accents: string[];
  /** 1 for a name syllable inside brackets. */
  nameBrackets: Uint8Array;
  /** Level bits of each procedure (see levels.ts); 0 when unknown. */
  levels: Uint8Array;
}

/** Interned strings: id by value, value by id. */
class Interner {
  readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

/** A growable Int32Array. */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Stage 1, reading: the syllables of a text as term and accent ids. Each distinct written
 * syllable ("Cấp", "cấp", "hộ") is folded once; after that a syllable costs a hash of its
 * letters and a probe of the table of spellings (see written-table.ts).
 * The last text read is in `terms`, `accents` and `brackets` (scratch, `count` long).
 */
class SyllableReader {
  readonly termIds = new Interner();
  readonly accentIds = new Interner();
  private readonly written = new WrittenTable();
  private readonly writtenTerm = new IntList(1024);
  private readonly writtenAccent = new IntList(1024);
  private spans = new Int32Array(512);
  terms = new Int32Array(256);
  accents = new Int32Array(256);
  brackets = new Uint8Array(256);
  count = 0;

  read(text: string): number {
    let n = syllableSpans(text, this.spans);
    if (n < 0 && text.length * 2 > this.spans.length) {
      this.spans = new Int32Array(text.length * 2 + 2);
      n = syllableSpans(text, this.spans);
    }
    if (n < 0) return this.readExact(text);
    this.ensure(n);
    let depth = 0;
    let at = 0;
    for (let k = 0; k < n; k++) {
      const start = this.spans[2 * k] as number;
      const end = this.spans[2 * k + 1] as number;
      // Brackets: count opening and closing ones between syllables.
      for (; at < start; at++) {
        const c = text.charCodeAt(at);
        if (c === 40) depth++;
        else if (c === 41 && depth > 0) depth--;
      }
      at = end;
      const hash = hashOf(text, start, end);
      let id = this.written.find(text, start, end, hash);
      if (id < 0) id = this.learn(text, start, end, hash);
      this.terms[k] = this.writtenTerm.data[id] as number;
      this.accents[k] = this.writtenAccent.data[id] as number;
      this.brackets[k] = depth > 0 ? 1 : 0;
    }
    return (this.count = n);
  }

  /** A spelling not seen before: folded once, its term and accent ids kept. */
  private learn(text: string, start: number, end: number, hash: number): number {
    const id = this.written.add(text, start, end, hash);
    const t = foldSyllable(this.written.values[id] as string);
    this.writtenTerm.push(this.termIds.id(t.term));
    this.writtenAccent.push(this.accentIds.id(t.accent));
    return id;
  }

  /** Text with combining marks or surrogates: the exact tokenizer. */
  private readExact(text: string): number {
    const t = tokenizeAccented(text);
    const n = t.terms.length;
    this.ensure(n);
    const flags = bracketFlags(text, t.starts);
    for (let k = 0; k < n; k++) {
      this.terms[k] = this.termIds.id(t.terms[k] as string);
      this.accents[k] = this.accentIds.id(t.accents[k] as string);
      this.brackets[k] = flags[k] as number;
    }
    return (this.count = n);
  }

  private ensure(n: number): void {
    if (n <= this.terms.length) return;
    this.terms = new Int32Array(n * 2);
    this.accents = new Int32Array(n * 2);
    this.brackets = new Uint8Array(n * 2);
  }
}

/** 1 for each token that starts inside brackets. */
function bracketFlags(text: string, starts: readonly number[]): number[] {
  const flags = new Array<number>(starts.length).fill(0);
  let depth = 0;
  let at = 0;
  starts.forEach((start, i) => {
    for (; at < start; at++) {
      const c = text.charCodeAt(at);
      if (c === 40) depth++;
      else if (c === 41 && depth > 0) depth--;
    }
    if (depth > 0) flags[i] = 1;
  });
  return flags;
}

function fieldText(p: SearchableProcedure): string | undefined {
  if (p.field === undefined) return undefined;
  return typeof p.field === 'string' ? p.field : p.field.name;
}

/** Per-procedure lists, flat: the distinct terms of each procedure with where they occur. */
interface DocTerms {
  start: Int32Array;
  terms: Int32Array;
  fields: Int32Array;
}

/**
 * Stage 2: one pass over the procedures. Names go to the name arrays; every text's syllables to
 * one entry per (term, procedure) with the bits of every text that holds it.
 */
class DocCollector {
  private readonly reader = new SyllableReader();
  private readonly texts = new Map<string, Int32Array>();
  private seen = new Int32Array(4096).fill(-1);
  private slot = new Int32Array(4096);
  readonly docStart: Int32Array;
  readonly docTerms: IntList;
  readonly docFields: IntList;
  readonly nameStart: Int32Array;
  readonly nameTerms: IntList;
  readonly nameAccents: IntList;
  readonly nameBrackets: IntList;

  constructor(n: number) {
    this.docStart = new Int32Array(n + 1);
    this.nameStart = new Int32Array(n + 1);
    this.docTerms = new IntList(n * 24);
    this.docFields = new IntList(n * 24);
    this.nameTerms = new IntList(n * 20);
    this.nameAccents = new IntList(n * 20);
    this.nameBrackets = new IntList(n * 20);
  }

  get terms(): string[] {
    return this.reader.termIds.values;
  }

  get accents(): string[] {
    return this.reader.accentIds.values;
  }

  add(doc: number, p: SearchableProcedure): void {
    const r = this.reader;
    const n = r.read(p.name);
    for (let k = 0; k < n; k++) {
      this.nameTerms.push(r.terms[k] as number);
      this.nameAccents.push(r.accents[k] as number);
      this.nameBrackets.push(r.brackets[k] as number);
    }
    this.nameStart[doc + 1] = this.nameTerms.length;
    this.post(doc, r.terms, n, IN_NAME);
    if (p.keywords) for (const k of p.keywords) this.postText(doc, k, IN_KEYWORDS);
    const field = fieldText(p);
    if (field !== undefined) this.postText(doc, field, IN_FIELD);
    if (p.agencies) for (const a of p.agencies) this.postText(doc, a.name, IN_AGENCIES);
    this.docStart[doc + 1] = this.docTerms.length;
  }

  /**
   * A text other than the name: fields and agencies are shared by many procedures (140 fields
   * and 164 agencies for 2,642 national procedures), so each is read once.
   */
  private postText(doc: number, text: string, where: number): void {
    let terms = this.texts.get(text);
    if (terms === undefined) {
      terms = this.reader.terms.slice(0, this.reader.read(text));
      this.texts.set(text, terms);
    }
    this.post(doc, terms, terms.length, where);
  }

  /** Syllables (term ids) of one text, into the procedure's list. */
  private post(doc: number, terms: Int32Array, n: number, where: number): void {
    for (let k = 0; k < n; k++) {
      const t = terms[k] as number;
      if (t >= this.seen.length) this.grow(t);
      if (this.seen[t] !== doc) {
        this.seen[t] = doc;
        this.slot[t] = this.docTerms.length;
        this.docTerms.push(t);
        this.docFields.push(where);
      } else this.docFields.data[this.slot[t] as number]! |= where;
    }
  }

  private grow(t: number): void {
    const size = Math.max(t + 1, this.seen.length * 2);
    const seen = new Int32Array(size).fill(-1);
    seen.set(this.seen);
    this.seen = seen;
    const slot = new Int32Array(size);
    slot.set(this.slot);
    this.slot = slot;
  }

  lists(): DocTerms {
    return { start: this.docStart, terms: this.docTerms.done(), fields: this.docFields.done() };
  }
}

/**
 * Stage 3: the per-procedure lists regrouped by term (counting sort: no per-term arrays). One loop
 * per function here and in the stages after: V8 optimises a long loop while it runs, and code
 * after it that had never run made it throw that work away on each of the first builds.
 */
function postings(termCount: number, lists: DocTerms): Pick<IndexData, 'df' | 'postStart' | 'postDocs' | 'postFields'> {
  const df = termCounts(termCount, lists.terms);
  const postStart = offsetsOf(df);
  const total = postStart[termCount] as number;
  const postDocs = new Int32Array(total);
  const postFields = new Uint8Array(total);
  fillPostings(lists, postStart.slice(0, termCount), postDocs, postFields);
  return { df, postStart, postDocs, postFields };
}

/** How many procedures hold each term (a term is listed once per procedure). */
function termCounts(termCount: number, terms: Int32Array): Int32Array {
  const df = new Int32Array(termCount);
  for (let k = 0; k < terms.length; k++) df[terms[k] as number]!++;
  return df;
}

/** Where each term's postings start: the running sum of the counts. */
function offsetsOf(counts: Int32Array): Int32Array {
  const start = new Int32Array(counts.length + 1);
  for (let t = 0; t < counts.length; t++) start[t + 1] = (start[t] as number) + (counts[t] as number);
  return start;
}

function fillPostings(lists: DocTerms, cursor: Int32Array, postDocs: Int32Array, postFields: Uint8Array): void {
  const n = lists.start.length - 1;
  for (let doc = 0; doc < n; doc++) {
    for (let k = lists.start[doc] as number; k < (lists.start[doc + 1] as number); k++) {
      const at = cursor[lists.terms[k] as number]!++;
      postDocs[at] = doc;
      postFields[at] = lists.fields[k] as number;
    }
  }
}

/** Level bits from `levels`, else from what the name says ("… (cấp tỉnh)"). */
export function levelOf(p: SearchableProcedure, cache?: Map<string, number>): number {
  let bits = 0;
  if (p.levels) {
    for (const l of p.levels) {
      let b = cache?.get(l);
      if (b === undefined) {
        b = levelBits(l);
        cache?.set(l, b);
      }
      bits |= b;
    }
  }
  if (bits) return bits;
  const said = /cấp (xã|huyện|tỉnh|bộ|trung ương)/i.exec(p.name.normalize('NFC'));
  return said ? levelBits(said[1] as string) : 0;
}

/** Stages 1 and 2 for every procedure, and its level bits (the loop alone, see `postings`). */
function readAll(procedures: readonly SearchableProcedure[], collector: DocCollector, levels: Uint8Array): void {
  const levelCache = new Map<string, number>();
  for (let doc = 0; doc < procedures.length; doc++) {
    const p = procedures[doc] as SearchableProcedure;
    collector.add(doc, p);
    levels[doc] = levelOf(p, levelCache);
  }
}

/** Builds the index data from procedures, stage by stage. */
export function buildIndexData(procedures: readonly SearchableProcedure[]): IndexData {
  const n = procedures.length;
  const collector = new DocCollector(n);
  const levels = new Uint8Array(n);
  readAll(procedures, collector, levels);
  const terms = collector.terms;
  return {
    size: n,
    terms,
    ...postings(terms.length, collector.lists()),
    nameStart: collector.nameStart,
    nameTerms: collector.nameTerms.done(),
    nameAccents: collector.nameAccents.done(),
    nameBrackets: new Uint8Array(collector.nameBrackets.done()),
    accents: collector.accents,
    levels,
  };
}
