/**
 * What the index is made of, as flat typed arrays (the same shape built from procedures or loaded
 * from a serialised index), and the stages that build it from procedures.
 */
import { tokenizeAccented } from './fold.js';
import { levelBits, levelsBits } from './levels.js';
import type { SearchableProcedure } from './types.js';

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

interface TextIds {
  terms: number[];
  accents: number[];
  brackets: number[];
}

/** Stage 1: every distinct text tokenized once (agencies and fields recur), terms interned. */
class TextTable {
  readonly terms = new Interner();
  readonly accents = new Interner();
  private readonly cache = new Map<string, TextIds>();

  of(text: string): TextIds {
    let out = this.cache.get(text);
    if (!out) {
      const tokens = tokenizeAccented(text);
      const n = tokens.terms.length;
      out = { terms: new Array<number>(n), accents: new Array<number>(n), brackets: bracketFlags(text, tokens.starts) };
      for (let i = 0; i < n; i++) {
        out.terms[i] = this.terms.id(tokens.terms[i] as string);
        out.accents[i] = this.accents.id(tokens.accents[i] as string);
      }
      this.cache.set(text, out);
    }
    return out;
  }
}

/** 1 for each token that starts inside brackets. */
function bracketFlags(text: string, starts: readonly number[]): number[] {
  const flags = new Array<number>(starts.length).fill(0);
  if (!text.includes('(')) return flags;
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

/** Calls `visit` with the term ids of each searchable text of a procedure and where it is. */
function eachSource(p: SearchableProcedure, table: TextTable, visit: (ids: number[], where: number) => void): void {
  visit(table.of(p.name).terms, IN_NAME);
  if (p.keywords) for (const k of p.keywords) visit(table.of(k).terms, IN_KEYWORDS);
  const field = fieldText(p);
  if (field !== undefined) visit(table.of(field).terms, IN_FIELD);
  if (p.agencies) for (const a of p.agencies) visit(table.of(a.name).terms, IN_AGENCIES);
}

/**
 * Stage 2: one posting per (term, procedure) with the bits of every text that holds it, in
 * procedure order. Returns the per-procedure lists flat, to be regrouped by term.
 */
function docTerms(procedures: readonly SearchableProcedure[], table: TextTable): { start: Int32Array; terms: number[]; fields: number[] } {
  const start = new Int32Array(procedures.length + 1);
  const terms: number[] = [];
  const fields: number[] = [];
  let seen = new Int32Array(1024).fill(-1);
  let slot = new Int32Array(1024);
  for (let doc = 0; doc < procedures.length; doc++) {
    eachSource(procedures[doc] as SearchableProcedure, table, (ids, where) => {
      for (const t of ids) {
        if (t >= seen.length) {
          const grown = new Int32Array(seen.length * 2).fill(-1);
          grown.set(seen);
          seen = grown;
          const grownSlot = new Int32Array(slot.length * 2);
          grownSlot.set(slot);
          slot = grownSlot;
        }
        if (seen[t] !== doc) {
          seen[t] = doc;
          slot[t] = terms.length;
          terms.push(t);
          fields.push(where);
        } else fields[slot[t] as number]! |= where;
      }
    });
    start[doc + 1] = terms.length;
  }
  return { start, terms, fields };
}

/** Stage 3: the per-procedure lists regrouped by term (counting sort: no per-term arrays). */
function postings(termCount: number, lists: ReturnType<typeof docTerms>): Pick<IndexData, 'df' | 'postStart' | 'postDocs' | 'postFields'> {
  const df = new Int32Array(termCount);
  for (const t of lists.terms) df[t]!++;
  const postStart = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) postStart[t + 1] = (postStart[t] as number) + (df[t] as number);
  const total = postStart[termCount] as number;
  const postDocs = new Int32Array(total);
  const postFields = new Uint8Array(total);
  const cursor = postStart.slice(0, termCount);
  const n = lists.start.length - 1;
  for (let doc = 0; doc < n; doc++) {
    for (let k = lists.start[doc] as number; k < (lists.start[doc + 1] as number); k++) {
      const t = lists.terms[k] as number;
      const at = cursor[t]!++;
      postDocs[at] = doc;
      postFields[at] = lists.fields[k] as number;
    }
  }
  return { df, postStart, postDocs, postFields };
}

/** Stage 4: the name syllables of every procedure, flat, with accents and bracket flags. */
function names(procedures: readonly SearchableProcedure[], table: TextTable): Pick<IndexData, 'nameStart' | 'nameTerms' | 'nameAccents' | 'nameBrackets'> {
  const nameStart = new Int32Array(procedures.length + 1);
  procedures.forEach((p, d) => (nameStart[d + 1] = (nameStart[d] as number) + table.of(p.name).terms.length));
  const total = nameStart[procedures.length] as number;
  const nameTerms = new Int32Array(total);
  const nameAccents = new Int32Array(total);
  const nameBrackets = new Uint8Array(total);
  procedures.forEach((p, d) => {
    const ids = table.of(p.name);
    const at = nameStart[d] as number;
    nameTerms.set(ids.terms, at);
    nameAccents.set(ids.accents, at);
    nameBrackets.set(ids.brackets, at);
  });
  return { nameStart, nameTerms, nameAccents, nameBrackets };
}

/** Level bits from `levels`, else from what the name says ("… (cấp tỉnh)"). */
export function levelOf(p: SearchableProcedure): number {
  const bits = levelsBits(p.levels);
  if (bits) return bits;
  const said = /cấp (xã|huyện|tỉnh|bộ|trung ương)/i.exec(p.name.normalize('NFC'));
  return said ? levelBits(said[1] as string) : 0;
}

/** Builds the index data from procedures, stage by stage. */
export function buildIndexData(procedures: readonly SearchableProcedure[]): IndexData {
  const table = new TextTable();
  const lists = docTerms(procedures, table);
  const name = names(procedures, table);
  const levels = new Uint8Array(procedures.length);
  procedures.forEach((p, d) => (levels[d] = levelOf(p)));
  return {
    size: procedures.length,
    terms: table.terms.values,
    ...postings(table.terms.values.length, lists),
    ...name,
    accents: table.accents.values,
    levels,
  };
}
