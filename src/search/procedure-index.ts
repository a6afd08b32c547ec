/**
 * The procedure index: an inverted index of folded syllables over flat typed arrays (built from
 * procedures, or loaded prebuilt), searched reading by reading (the literal query and each
 * synonym rewrite) by the staged scorer. See ./index.ts for the ranking rules.
 */
import { isLocalVariant } from '../domain/procedure-code.js';
import { baseCode, CodeIndex, isCodeShaped, looksLikeCode, type CodeHit } from './codes.js';
import { Vocabulary } from './expand.js';
import { FacetIndex } from './facets.js';
import { accentKey, fold, tokenize } from './fold.js';
import { acceptedTerms, matchesOf, type Highlighting } from './highlight.js';
import { buildIndexData, IN_FIELD, IN_NAME, type IndexData } from './index-data.js';
import { QueryPlanner, type Lexicon, type QueryVariant } from './query.js';
import { IN_BRACKETS, QUALIFIER, QUALIFIER_START, Scorer, type Reading, type ScoringTables } from './scorer.js';
import { firstOf } from './top.js';
import { deserializeIndex, serializeIndex, type SerializedIndex } from './serialize.js';
import { defaultStopPhrases, defaultSynonyms } from './synonyms.js';
import type { ProcedureIndex, ProcedureIndexOptions, SearchableProcedure, SearchHit, SearchOptions, SearchResult } from './types.js';
import { defaultLevelHints } from './vocabulary/levels.js';
import { defaultQualifiers } from './vocabulary/qualifiers.js';

const CODE_SCORE = 1000;
/** What an unasked name syllable costs, relative to one found in about 1 procedure in 20. */
const SPEC_SHARE = 20;
const SPEC_MIN = 0.15;
const SPEC_MAX = 1.5;
const SPEC_POWER = 1;

/** Id by value: each value's place in the list. */
function idsOf(values: readonly string[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (let i = 0; i < values.length; i++) ids.set(values[i] as string, i);
  return ids;
}

/**
 * Qualifiers as accent-id sequences, listed (longest first) by their first syllable's accent id:
 * `byFirst[accent]` is the place of its list in `lists`, -1 for none. Apart from the scan of the
 * names so that what V8 optimises for that hot loop is that loop alone.
 */
function qualifierLists(accents: number, accentIds: Map<string, number>, qualifiers: readonly string[]): { byFirst: Int32Array; lists: number[][][] } {
  const byFirst = new Int32Array(accents).fill(-1);
  const lists: number[][][] = [];
  for (const q of qualifiers) {
    const { starts, ends } = tokenize(q);
    const ids = starts.map((s, i) => accentIds.get(accentKey(q.slice(s, ends[i]))) ?? -1);
    if (ids.length === 0 || ids.includes(-1)) continue; // a qualifier no name uses
    const first = ids[0] as number;
    if (byFirst[first] === -1) byFirst[first] = lists.push([]) - 1;
    lists[byFirst[first] as number]!.push(ids);
  }
  for (const list of lists) list.sort((a, b) => b.length - a.length);
  return { byFirst, lists };
}

/** Per name syllable: brackets from the data, qualifiers from the options' list. */
function nameFlags(data: IndexData, accentIds: Map<string, number>, qualifiers: readonly string[]): Uint8Array {
  const { byFirst, lists } = qualifierLists(data.accents.length, accentIds, qualifiers);
  const { nameStart, nameAccents, nameBrackets } = data;
  const flags = new Uint8Array(nameAccents.length);
  for (let p = 0; p < flags.length; p++) if (nameBrackets[p]) flags[p] = IN_BRACKETS;
  for (let d = 0; d < data.size; d++) {
    const end = nameStart[d + 1] as number;
    for (let p = nameStart[d] as number; p < end; p++) {
      const at = byFirst[nameAccents[p] as number] as number;
      if (at < 0) continue;
      // The longest qualifier here, once ("yếu tố nước ngoài", not also "nước ngoài").
      for (const ids of lists[at] as number[][]) {
        if (p + ids.length > end) continue;
        let same = true;
        for (let k = 1; k < ids.length && same; k++) same = nameAccents[p + k] === ids[k];
        if (!same) continue;
        flags[p]! |= QUALIFIER_START;
        for (let k = 0; k < ids.length; k++) flags[p + k]! |= QUALIFIER;
        p += ids.length - 1;
        break;
      }
    }
  }
  return flags;
}

function onlinePrior(level: string | undefined): number {
  if (level === undefined) return 1;
  const v = fold(level);
  if (v.includes('toan') || v.includes('4')) return 1.03;
  if (v.includes('mot') || v.includes('3')) return 1.015;
  return 1;
}

/**
 * What an unasked name syllable costs, by the rarity of the syllable as written (its accent key:
 * "tử" is rare where folded "tu" is everywhere), relative to one in about 1 procedure in 20.
 */
function nameSpec(data: IndexData): Float32Array {
  const df = nameAccentCounts(data);
  const ref = Math.log(1 + SPEC_SHARE);
  const size = data.size;
  // Loops, not Float32Array.from with a map function: that walks an iterator, an object a value.
  const spec = new Float32Array(df.length);
  for (let a = 0; a < df.length; a++) {
    spec[a] = Math.min(SPEC_MAX, Math.max(SPEC_MIN, (Math.log(1 + size / ((df[a] as number) || 1)) / ref) ** SPEC_POWER));
  }
  return spec;
}

/** Names holding each accent key (the long loop alone: see `postings` in index-data.ts). */
function nameAccentCounts(data: IndexData): Int32Array {
  const { nameStart, nameAccents, size } = data;
  const df = new Int32Array(data.accents.length);
  const seen = new Int32Array(data.accents.length).fill(-1);
  for (let d = 0; d < size; d++) {
    for (let p = nameStart[d] as number; p < (nameStart[d + 1] as number); p++) {
      const a = nameAccents[p] as number;
      if (seen[a] !== d) {
        seen[a] = d;
        df[a]!++;
      }
    }
  }
  return df;
}

/** Idf mass of each procedure's field syllables, from the postings that say "in the field". */
function fieldMass(data: IndexData, idf: Float64Array): Float32Array {
  const mass = new Float32Array(data.size);
  const { postStart, postDocs, postFields } = data;
  for (let t = 0; t < data.terms.length; t++) {
    for (let k = postStart[t] as number; k < (postStart[t + 1] as number); k++) {
      if ((postFields[k] as number) & IN_FIELD) mass[postDocs[k] as number]! += idf[t] as number;
    }
  }
  return mass;
}

function tablesOf<P extends SearchableProcedure>(
  data: IndexData,
  accentIds: Map<string, number>,
  procedures: readonly P[],
  options: ProcedureIndexOptions<P>,
): ScoringTables {
  const idf = idfOf(data);
  const flags = nameFlags(data, accentIds, [...defaultQualifiers, ...(options.qualifiers ?? [])]);
  return { idf, spec: nameSpec(data), flags, prior: priorsOf(procedures, options.boost), fieldMass: fieldMass(data, idf) };
}

/** Rarity of each term (one loop per function: see `postings` in index-data.ts). */
function idfOf(data: IndexData): Float64Array {
  const idf = new Float64Array(data.df.length);
  for (let t = 0; t < idf.length; t++) idf[t] = Math.log(1 + data.size / ((data.df[t] as number) || 1));
  return idf;
}

/** Per procedure: online level and the portal's boost. */
function priorsOf<P extends SearchableProcedure>(procedures: readonly P[], boost: ((p: P) => number) | undefined): Float32Array {
  const prior = new Float32Array(procedures.length);
  for (let d = 0; d < prior.length; d++) {
    const p = procedures[d] as P;
    prior[d] = onlinePrior(p.onlineLevel) * (boost ? Math.max(0, boost(p)) : 1);
  }
  return prior;
}

class Index<P extends SearchableProcedure> implements ProcedureIndex<P> {
  readonly size: number;
  private readonly vocabulary: Vocabulary;
  private readonly accentIds: Map<string, number>;
  private readonly planner: QueryPlanner;
  private readonly facets: FacetIndex;
  private readonly scorer: Scorer;
  private codeIndex?: CodeIndex;
  private keys?: (string | undefined)[];
  // Best score per procedure over the readings of one query.
  private epoch = 0;
  private readonly bestStamp: Uint32Array;
  private readonly best: Float64Array;
  private readonly matched: Int32Array;
  private matchedCount = 0;

  constructor(
    private readonly docs: readonly P[],
    private readonly data: IndexData,
    options: ProcedureIndexOptions<P>,
  ) {
    const n = (this.size = docs.length);
    this.vocabulary = new Vocabulary(data.terms);
    this.accentIds = idsOf(data.accents);
    this.planner = new QueryPlanner(
      [...(options.defaultSynonyms === false ? [] : defaultSynonyms), ...(options.synonyms ?? [])],
      [...defaultStopPhrases, ...(options.stopPhrases ?? [])],
      defaultLevelHints,
    );
    this.facets = new FacetIndex(docs);
    this.scorer = new Scorer(data, tablesOf(data, this.accentIds, docs, options));
    this.bestStamp = new Uint32Array(n);
    this.best = new Float64Array(n);
    this.matched = new Int32Array(n);
  }

  /** What the query planner asks of the catalogue. */
  private readonly lexicon: Lexicon = {
    knows: (term) => this.vocabulary.knows(term),
    split: (term, typing) => this.vocabulary.split(term, typing),
    adjacent: (a, b) => {
      const ia = this.vocabulary.ids.get(a);
      const ib = this.vocabulary.ids.get(b);
      return ia !== undefined && ib !== undefined && this.adjacentInNames(ia, ib);
    },
  };

  /** Some name has term a right before term b: a scan of the names holding the rarer one. */
  private adjacentInNames(a: number, b: number): boolean {
    const { postStart, postDocs, postFields, nameStart, nameTerms, df } = this.data;
    const rare = (df[a] as number) <= (df[b] as number) ? a : b;
    for (let k = postStart[rare] as number; k < (postStart[rare + 1] as number); k++) {
      if (!((postFields[k] as number) & IN_NAME)) continue;
      const d = postDocs[k] as number;
      for (let p = (nameStart[d] as number) + 1; p < (nameStart[d + 1] as number); p++) {
        if (nameTerms[p - 1] === a && nameTerms[p] === b) return true;
      }
    }
    return false;
  }

  /** The index as plain data, to ship beside the catalogue and load with `loadProcedureIndex`. */
  serialize(): SerializedIndex {
    return serializeIndex(this.data, this.docs);
  }

  private consider = (doc: number, score: number): void => {
    if (this.bestStamp[doc] !== this.epoch) {
      this.bestStamp[doc] = this.epoch;
      this.best[doc] = score;
      this.matched[this.matchedCount++] = doc;
    } else if (score > (this.best[doc] as number)) this.best[doc] = score;
  };

  /** Code tokens found (hits) and the rest of the query (words). */
  private codes(text: string): { words: string[]; hits: CodeHit[] } {
    const words: string[] = [];
    const hits: CodeHit[] = [];
    for (const raw of text.trim().split(/\s+/)) {
      if (!raw) continue;
      if (!looksLikeCode(raw)) {
        words.push(raw);
        continue;
      }
      // Built on the first code query: most queries are words.
      const codes = (this.codeIndex ??= new CodeIndex(this.docs.map((d) => d.code)));
      let found = codes.find(raw);
      // A local variant this catalogue lacks still names its national procedure.
      const base = found.length || !isLocalVariant(raw) ? undefined : baseCode(raw);
      if (base) found = codes.find(base).filter((h) => h.rank === 3);
      // A token that finds a code is not searched as words, nor is a whole code that finds none.
      if (found.length) hits.push(...found);
      else if (!isCodeShaped(raw)) words.push(raw);
    }
    return { words, hits };
  }

  private reading(variant: QueryVariant, level: number): Reading {
    return {
      tokens: variant.tokens,
      expansions: variant.tokens.map((t) => this.vocabulary.expand(t)),
      accents: variant.tokens.map((t) => (t.accent === undefined ? -1 : (this.accentIds.get(t.accent) ?? -1))),
      rewritten: variant.rewritten,
      rank: variant.rank,
      level,
    };
  }

  search(query: string, options: SearchOptions = {}): SearchResult<P> {
    const limit = Math.max(0, options.limit ?? 20);
    const offset = Math.max(0, options.offset ?? 0);
    const text = (query ?? '').normalize('NFC');
    const { words, hits: codeHits } = this.codes(text);
    const tokens = this.planner.tokens(words.join(' '), !/\s$/.test(text) && words.length > 0, this.lexicon);
    const level = this.planner.levelHint(tokens);
    const variants = tokens.length ? this.planner.variants(tokens, this.lexicon) : [];

    this.epoch++;
    this.matchedCount = 0;
    for (const hit of codeHits) this.consider(hit.doc, CODE_SCORE + 100 * hit.rank - hit.end / 100);
    for (const variant of variants) this.scorer.run(this.reading(variant, level), this.consider);
    if (codeHits.length === 0 && variants.length === 0 && text.trim() === '') {
      for (let d = 0; d < this.size; d++) this.consider(d, 0);
    }

    const filters = this.facets.compile(options.filters);
    const facets = this.facets.count(this.matched, this.matchedCount, filters);
    // The procedures that pass the filters, kept in place at the front of `matched`.
    let total = 0;
    for (let i = 0; i < this.matchedCount; i++) {
      const doc = this.matched[i] as number;
      if (this.facets.passes(doc, filters, undefined)) this.matched[total++] = doc;
    }
    const page = firstOf(this.matched, total, offset + limit, this.order).slice(offset);
    const highlighting = variants.length ? { accepted: acceptedTerms(this.vocabulary, variants), done: new Map() } : undefined;
    const hits: SearchHit<P>[] = [];
    for (const doc of page) hits.push(this.hit(doc, highlighting, codeHits));
    return { hits, total, facets };
  }

  /** Best score first; among equals, by name. */
  private order = (a: number, b: number): number => (this.best[b] as number) - (this.best[a] as number) || this.byName(a, b);

  private hit(doc: number, highlighting: Highlighting | undefined, codeHits: readonly CodeHit[]): SearchHit<P> {
    const procedure = this.docs[doc] as P;
    let codeHit: CodeHit | undefined;
    for (let k = 0; k < codeHits.length && !codeHit; k++) if (codeHits[k]!.doc === doc) codeHit = codeHits[k];
    const { nameStart, nameTerms, terms } = this.data;
    const from = nameStart[doc] as number;
    const name = { terms, ids: nameTerms, from, count: (nameStart[doc + 1] as number) - from };
    return {
      code: procedure.code,
      score: Math.round((this.best[doc] as number) * 1000) / 1000,
      procedure,
      matches: matchesOf(procedure, name, highlighting, codeHit),
    };
  }

  /** Folded name of a procedure, as a sort key (made on first need). */
  private nameKey(doc: number): string {
    this.keys ??= new Array<string | undefined>(this.size);
    let key = this.keys[doc];
    if (key === undefined) {
      const { nameStart, nameTerms, terms } = this.data;
      const parts: string[] = [];
      for (let k = nameStart[doc] as number; k < (nameStart[doc + 1] as number); k++) parts.push(terms[nameTerms[k] as number] as string);
      key = this.keys[doc] = parts.join(' ');
    }
    return key;
  }

  /** Order among equals: by name (marks folded, so Đ sorts with D), then code. */
  private byName = (a: number, b: number): number => {
    const ka = this.nameKey(a);
    const kb = this.nameKey(b);
    if (ka !== kb) return ka < kb ? -1 : 1;
    const ca = this.docs[a]!.code;
    const cb = this.docs[b]!.code;
    return ca < cb ? -1 : ca > cb ? 1 : a - b;
  };
}

/**
 * Builds the index. Each procedure needs only `code` and `name`; field, levels, channels,
 * online level, agencies and keywords make it findable and filterable by those too.
 */
export function createProcedureIndex<P extends SearchableProcedure>(
  procedures: readonly P[],
  options: ProcedureIndexOptions<P> = {},
): ProcedureIndex<P> {
  return new Index(procedures, buildIndexData(procedures), options);
}

/**
 * An index from a serialised one (`index.serialize()`, made by the server or an import script)
 * for the same procedures, in the same order: no tokenizing, a few milliseconds. Throws a
 * SearchIndexError when the data is of another version, another catalogue, or damaged.
 */
export function loadProcedureIndex<P extends SearchableProcedure>(
  procedures: readonly P[],
  serialized: unknown,
  options: ProcedureIndexOptions<P> = {},
): ProcedureIndex<P> {
  return new Index(procedures, deserializeIndex(serialized, procedures), options);
}
