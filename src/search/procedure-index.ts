/**
 * The procedure index: an inverted index of folded syllables with positions, scored by idf,
 * the field each syllable matched in, how close the query's syllables stand in the name, and
 * how much of the name the query covers. See docs in ./index.ts for the ranking rules.
 */
import { baseCode, CodeIndex, isCodeShaped, looksLikeCode, type CodeHit } from './codes.js';
import { accentKey, fold, foldedPrefixEnd, tokenize } from './fold.js';
import { defaultQualifiers } from './qualifiers.js';
import { QueryPlanner, type QueryToken, type QueryVariant } from './query.js';
import { defaultStopPhrases, defaultSynonyms } from './synonyms.js';
import { bucketByLength, typoNeighbours, type LengthBuckets } from './typo.js';
import type {
  FacetName,
  Facets,
  FacetValue,
  MatchKey,
  ProcedureIndex,
  ProcedureIndexOptions,
  SearchableProcedure,
  SearchFilters,
  SearchHit,
  SearchMatch,
  SearchOptions,
  SearchResult,
} from './types.js';

const NAME = 0;
const KEYWORDS = 1;
const FIELD = 2;
const AGENCIES = 3;
/** A syllable found in the name counts fully; elsewhere it only helps. */
const FIELD_WEIGHT = [1, 0.75, 0.3, 0.2];
/** Positions of successive keywords/agencies are spread apart so they never look adjacent. */
const ARRAY_GAP = 64;

/** Match quality of a syllable by how it matched. */
const EXACT = 1;
const TYPO = 0.6;
const OPTIONAL_WEIGHT = 0.3;
/** Bonus per adjacent pair of query syllables found in the name in order, by gap. */
const PAIR_BONUS = [0, 0.9, 0.45, 0.3, 0.2];
const WHOLE_PHRASE_BONUS = 0.5;
const START_BONUS = 0.25;
const ACCENT_BONUS = 0.15;
/** Name syllables the query does not cover cost this share per doubling (a quarter in brackets). */
const LENGTH_PENALTY = 0.12;
const BRACKET_SHARE = 0.25;
/**
 * Each qualifier ("cấp lại", "nước ngoài"…) the query did not ask for costs this share: more than
 * a few plain extra words, which narrow the same procedure where a qualifier names another one.
 */
const QUALIFIER_PENALTY = 0.25;
/** Name position flags. */
const IN_BRACKETS = 1;
const QUALIFIER = 2;
const QUALIFIER_START = 4;
/** A procedure must cover this share of the best-covered procedure's query weight. */
const MIN_COVERAGE = 0.6;
const REWRITE_FACTOR = 0.97;
/** A rewritten phrase ("sổ đỏ") whose words are found apart, taken literally. */
const LOOSE_PHRASE_FACTOR = 0.6;
const CODE_SCORE = 1000;

const FACETS: FacetName[] = ['field', 'level', 'channel', 'onlineLevel'];

interface Expansion {
  term: number;
  quality: number;
  /** For a prefix match, the typed length (to highlight only that part). */
  prefix?: number;
}

interface FacetTable {
  ids: Map<string, number>;
  values: string[];
  labels: string[];
  /** Value ids of procedure d: flat[start[d]] … flat[start[d + 1] - 1]. */
  start: Int32Array;
  flat: Int32Array;
}

/** Collects facet values procedure by procedure, in order, into one flat array. */
class FacetBuilder {
  readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  readonly labels: string[] = [];
  private readonly start: Int32Array;
  private readonly flat: number[] = [];

  constructor(n: number) {
    this.start = new Int32Array(n + 1);
  }

  add(doc: number, value: string, label: string): void {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
      this.labels.push(label);
    }
    for (let k = this.start[doc] as number; k < this.flat.length; k++) if (this.flat[k] === id) return;
    this.flat.push(id);
  }

  /** Closes procedure `doc` (call once per procedure, in order). */
  next(doc: number): void {
    this.start[doc + 1] = this.flat.length;
  }

  done(): FacetTable {
    return { ids: this.ids, values: this.values, labels: this.labels, start: this.start, flat: Int32Array.from(this.flat) };
  }
}

class Index<P extends SearchableProcedure> implements ProcedureIndex<P> {
  readonly size: number;
  private readonly docs: readonly P[];
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Postings of term t: postDocs/postWhere[postStart[t]] … [postStart[t + 1] - 1]. */
  private readonly postStart: Int32Array;
  private readonly postDocs: Int32Array;
  /** field << 16 | position */
  private readonly postWhere: Int32Array;
  private readonly df: Int32Array;
  /** Name syllables of procedure d: nameFlat[nameStart[d]] … [nameStart[d + 1] - 1]. */
  private readonly nameStart: Int32Array;
  private readonly nameFlat: Int32Array;
  private readonly nameAccents: string[][] = [];
  private readonly nameFlags: Uint8Array[] = [];
  /** Procedures citizens can complete online come slightly first among equals; times `boost`. */
  private readonly prior: Float32Array;
  private readonly qualifiers: string[][];
  private readonly used: Uint8Array;
  private codeIndex?: CodeIndex;
  private readonly planner: QueryPlanner;
  private readonly facets: Record<FacetName, FacetTable>;
  private sortedTerms?: string[];
  private buckets?: LengthBuckets;
  private order?: Int32Array;
  private readonly expansionCache = new Map<string, Expansion[]>();

  // Scratch buffers reused by every query (no allocation per document).
  private epoch = 0;
  private readonly stamp: Uint32Array;
  private readonly tokStamp: Uint32Array;
  private readonly tokBest: Float64Array;
  private readonly tokQuality: Float64Array;
  private readonly score: Float64Array;
  private readonly cover: Float64Array;
  private readonly bestStamp: Uint32Array;
  private readonly best: Float64Array;

  constructor(procedures: readonly P[], options: ProcedureIndexOptions<P>) {
    this.docs = procedures;
    const n = (this.size = procedures.length);
    this.stamp = new Uint32Array(n);
    this.tokStamp = new Uint32Array(n);
    this.tokBest = new Float64Array(n);
    this.tokQuality = new Float64Array(n);
    this.score = new Float64Array(n);
    this.cover = new Float64Array(n);
    this.bestStamp = new Uint32Array(n);
    this.best = new Float64Array(n);
    this.prior = new Float32Array(n);
    this.planner = new QueryPlanner(
      [...(options.defaultSynonyms === false ? [] : defaultSynonyms), ...(options.synonyms ?? [])],
      [...defaultStopPhrases, ...(options.stopPhrases ?? [])],
    );
    this.qualifiers = [...defaultQualifiers, ...(options.qualifiers ?? [])].map((q) => this.accentsOf(q));

    // The same strings (agencies, fields, names of local variants) recur: tokenize each once.
    const cache = new Map<string, number[]>();
    const ids = (text: string): number[] => {
      let out = cache.get(text);
      if (!out) {
        const terms = tokenize(text).terms;
        out = new Array<number>(terms.length);
        for (let i = 0; i < terms.length; i++) out[i] = this.intern(terms[i] as string);
        cache.set(text, out);
      }
      return out;
    };
    // Every text of a procedure with its field and the offset of its positions.
    const sources = (p: P, visit: (ids: number[], field: number, base: number) => void): void => {
      visit(ids(p.name), NAME, 0);
      const keywords = p.keywords;
      if (keywords) for (let j = 0; j < keywords.length; j++) visit(ids(keywords[j] as string), KEYWORDS, j * ARRAY_GAP);
      const agencies = p.agencies;
      if (agencies) for (let j = 0; j < agencies.length; j++) visit(ids((agencies[j] as { name: string }).name), AGENCIES, j * ARRAY_GAP);
      if (p.field !== undefined) visit(ids(typeof p.field === 'string' ? p.field : p.field.name), FIELD, 0);
    };

    // Pass 1: count postings per term and name lengths; facets and priors on the way.
    const counts: number[] = [];
    this.countOf = counts;
    const facets = { field: new FacetBuilder(n), level: new FacetBuilder(n), channel: new FacetBuilder(n), onlineLevel: new FacetBuilder(n) };
    this.nameStart = new Int32Array(n + 1);
    let longest = 0;
    const count = (list: number[]): void => {
      for (let i = 0; i < list.length; i++) counts[list[i] as number]!++;
    };
    for (let doc = 0; doc < n; doc++) {
      const p = procedures[doc] as P;
      sources(p, count);
      const nameLength = ids(p.name).length;
      this.nameStart[doc + 1] = (this.nameStart[doc] as number) + nameLength;
      if (nameLength > longest) longest = nameLength;
      this.nameAccents.push(this.accentsOf(p.name));
      this.nameFlags.push(this.flagsOf(p.name));
      this.prior[doc] = onlinePrior(p.onlineLevel) * (options.boost ? Math.max(0, options.boost(p)) : 1);
      if (p.field !== undefined) {
        const label = typeof p.field === 'string' ? p.field : p.field.name;
        facets.field.add(doc, typeof p.field === 'string' ? p.field : p.field.code, label);
      }
      if (p.levels) for (const l of p.levels) facets.level.add(doc, l, l);
      if (p.channels) for (const c of p.channels) facets.channel.add(doc, c.kind, c.kind);
      if (p.onlineLevel !== undefined) facets.onlineLevel.add(doc, p.onlineLevel, p.onlineLevel);
      for (const f of FACETS) facets[f].next(doc);
    }
    this.facets = { field: facets.field.done(), level: facets.level.done(), channel: facets.channel.done(), onlineLevel: facets.onlineLevel.done() };
    this.used = new Uint8Array(longest);

    // Pass 2: fill flat posting arrays (no per-term arrays to grow and collect).
    const termCount = this.terms.length;
    this.postStart = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) this.postStart[t + 1] = (this.postStart[t] as number) + (counts[t] as number);
    const total = this.postStart[termCount] as number;
    this.postDocs = new Int32Array(total);
    this.postWhere = new Int32Array(total);
    this.df = new Int32Array(termCount);
    this.nameFlat = new Int32Array(this.nameStart[n] as number);
    const cursor = this.postStart.slice(0, termCount);
    const lastDoc = new Int32Array(termCount).fill(-1);
    let doc = 0;
    const fill = (list: number[], field: number, base: number): void => {
      for (let i = 0; i < list.length; i++) {
        const t = list[i] as number;
        const at = cursor[t]!++;
        this.postDocs[at] = doc;
        this.postWhere[at] = (field << 16) | (base + i);
        if (lastDoc[t] !== doc) {
          lastDoc[t] = doc;
          this.df[t]!++;
        }
      }
    };
    for (; doc < n; doc++) {
      const p = procedures[doc] as P;
      sources(p, fill);
      this.nameFlat.set(ids(p.name), this.nameStart[doc] as number);
    }
    this.countOf = undefined;
  }

  /** Posting counts while building (interned terms start at zero). */
  private countOf?: number[];

  private accentCache = new Map<string, string[]>();

  private accentsOf(text: string): string[] {
    let out = this.accentCache.get(text);
    if (!out) {
      const { starts, ends } = tokenize(text);
      out = starts.map((s, i) => accentKey(text.slice(s, ends[i])));
      this.accentCache.set(text, out);
    }
    return out;
  }

  private flagCache = new Map<string, Uint8Array>();

  /** Per name syllable: inside brackets, part of a qualifier. */
  private flagsOf(text: string): Uint8Array {
    let flags = this.flagCache.get(text);
    if (flags) return flags;
    const { starts } = tokenize(text);
    flags = new Uint8Array(starts.length);
    let depth = 0;
    let at = 0;
    starts.forEach((start, i) => {
      for (; at < start; at++) {
        const c = text[at];
        if (c === '(') depth++;
        else if (c === ')' && depth > 0) depth--;
      }
      if (depth > 0) flags![i] = IN_BRACKETS;
    });
    const accents = this.accentsOf(text);
    for (let i = 0; i < accents.length; i++) {
      for (const q of this.qualifiers) {
        if (q.length && q.every((key, k) => accents[i + k] === key)) {
          flags[i] = (flags[i] as number) | QUALIFIER_START;
          for (let k = 0; k < q.length; k++) flags[i + k] = (flags[i + k] as number) | QUALIFIER;
        }
      }
    }
    this.flagCache.set(text, flags);
    return flags;
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      this.countOf?.push(0);
    }
    return id;
  }

  private idf(term: number): number {
    return Math.log(1 + this.size / ((this.df[term] as number) || 1));
  }

  /** The exact syllable's idf, else that of all its expansions together (0 when none). */
  private tokenIdf(list: Expansion[]): number {
    if (list.length === 0) return 0;
    const first = list[0] as Expansion;
    if (first.quality === EXACT) return this.idf(first.term);
    let df = 0;
    for (const e of list) df += this.df[e.term] as number;
    return Math.log(1 + this.size / Math.min(this.size, Math.max(1, df)));
  }

  // ---- query expansion -------------------------------------------------------------------

  private prefixRange(prefix: string): [number, number] {
    const sorted = (this.sortedTerms ??= [...this.terms].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < sorted.length && (sorted[end] as string).startsWith(prefix)) end++;
    return [lo, end];
  }

  /** Known syllables the typed one stands for: itself, longer ones while typing, one-edit typos. */
  private expand(token: QueryToken): Expansion[] {
    const key = token.term + (token.prefix ? '*' : '');
    const cached = this.expansionCache.get(key);
    if (cached) return cached;
    const out: Expansion[] = [];
    const exact = this.termIds.get(token.term);
    if (exact !== undefined) out.push({ term: exact, quality: EXACT });
    if (token.prefix) {
      const [from, to] = this.prefixRange(token.term);
      const sorted = this.sortedTerms as string[];
      for (let i = from; i < to; i++) {
        const term = sorted[i] as string;
        if (term === token.term) continue;
        // The closer the typed part is to the whole syllable, the surer the match.
        const quality = 0.5 + 0.4 * (token.term.length / term.length);
        out.push({ term: this.termIds.get(term) as number, quality, prefix: token.term.length });
      }
    }
    // Typos only for syllables the catalogue does not know: a known syllable one letter from
    // another ("dung", "dang") is what the user meant far more often than not.
    if (exact === undefined && token.term.length >= 4 && !/\d/.test(token.term)) {
      this.buckets ??= bucketByLength(this.terms);
      for (const id of typoNeighbours(token.term, this.terms, this.buckets)) {
        if (!out.some((e) => e.term === id)) out.push({ term: id, quality: TYPO });
      }
    }
    if (this.expansionCache.size > 2000) this.expansionCache.clear();
    this.expansionCache.set(key, out);
    return out;
  }

  /** Splits "dangky" or "khaisinh" into known syllables (fewest pieces), if it is not a syllable. */
  private split = (term: string, typing: boolean): string[] | undefined => {
    if (term.length < 5 || this.termIds.has(term) || /\d/.test(term)) return undefined;
    if (typing && this.prefixRange(term)[1] > this.prefixRange(term)[0]) return undefined;
    // A syllable one typo away is a likelier reading than two glued syllables ("hong" → "hông").
    this.buckets ??= bucketByLength(this.terms);
    if (typoNeighbours(term, this.terms, this.buckets).length) return undefined;
    const n = term.length;
    const pieces: (number | undefined)[] = new Array(n + 1).fill(undefined);
    const from: number[] = new Array(n + 1).fill(-1);
    pieces[0] = 0;
    for (let end = 1; end <= n; end++) {
      for (let start = Math.max(0, end - 7); start < end; start++) {
        const before = pieces[start];
        if (before === undefined || before >= 4) continue;
        const piece = term.slice(start, end);
        const known = this.termIds.has(piece) || (typing && end === n && this.prefixRange(piece)[1] > this.prefixRange(piece)[0]);
        // Single letters are real syllables ("y", "a") but would split anything; not here.
        if (!known || piece.length < 2) continue;
        if (pieces[end] === undefined || before + 1 < (pieces[end] as number)) {
          pieces[end] = before + 1;
          from[end] = start;
        }
      }
    }
    if (pieces[n] === undefined || (pieces[n] as number) < 2) return undefined;
    const out: string[] = [];
    for (let end = n; end > 0; end = from[end] as number) out.unshift(term.slice(from[end] as number, end));
    return out;
  };

  // ---- search ------------------------------------------------------------------------------

  search(query: string, options: SearchOptions = {}): SearchResult<P> {
    const limit = Math.max(0, options.limit ?? 20);
    const offset = Math.max(0, options.offset ?? 0);
    const text = (query ?? '').normalize('NFC');
    const prefixLast = !/\s$/.test(text);

    // Codes first: a token that looks like a code and finds one is not searched as words, nor
    // is a whole code that finds none (an unknown code matches nothing rather than anything).
    const words: string[] = [];
    const codeHits: CodeHit[] = [];
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
      const base = found.length ? undefined : baseCode(raw);
      if (base) found = codes.find(base).filter((h) => h.rank === 3);
      if (found.length) codeHits.push(...found);
      else if (!isCodeShaped(raw)) words.push(raw);
    }
    const tokens = this.planner.tokens(words.join(' '), prefixLast && words.length > 0, this.split);
    const variants = tokens.length ? this.planner.variants(tokens) : [];

    const bestStamp = ++this.epoch;
    const matched: number[] = [];
    const consider = (doc: number, score: number): void => {
      if (this.bestStamp[doc] !== bestStamp) {
        this.bestStamp[doc] = bestStamp;
        this.best[doc] = score;
        matched.push(doc);
      } else if (score > (this.best[doc] as number)) this.best[doc] = score;
    };
    for (const hit of codeHits) consider(hit.doc, CODE_SCORE + 100 * hit.rank - hit.end / 100);
    for (const variant of variants) this.runVariant(variant, consider);
    const empty = codeHits.length === 0 && variants.length === 0;
    if (empty && text.trim() === '') for (let d = 0; d < this.size; d++) consider(d, 0);

    const filters = this.compileFilters(options.filters);
    const facets = this.countFacets(matched, filters);
    const order = this.nameOrder();
    const results = matched.filter((d) => this.passes(d, filters, undefined));
    results.sort((a, b) => (this.best[b] as number) - (this.best[a] as number) || (order[a] as number) - (order[b] as number));

    const hits: SearchHit<P>[] = results.slice(offset, offset + limit).map((doc) => {
      const procedure = this.docs[doc] as P;
      return {
        code: procedure.code,
        score: Math.round((this.best[doc] as number) * 1000) / 1000,
        procedure,
        matches: this.matchesOf(doc, variants, codeHits),
      };
    });
    return { hits, total: results.length, facets };
  }

  /** Scores one variant of the query and hands each sufficiently covered procedure on. */
  private runVariant(variant: QueryVariant, consider: (doc: number, score: number) => void): void {
    const tokens = variant.tokens;
    const expansions = tokens.map((t) => this.expand(t));
    // What each query syllable weighs: the rarity of the syllable typed, or, when it is only a
    // prefix or a typo, of all the syllables it may stand for together. A rare completion
    // ("ki" → "kích") weighs no more than the syllable typed.
    const full = expansions.map((list) => this.tokenIdf(list));
    const weights = expansions.map((list, i) =>
      list.reduce((w, e) => Math.max(w, Math.min(this.idf(e.term), full[i] as number) * e.quality), 0),
    );
    let required = 0;
    tokens.forEach((t, i) => (required += t.optional ? 0 : (full[i] as number)));
    // A word the catalogue does not know but a synonym does ("GPKD") still counts as asked for
    // in the literal reading, so that reading does not win by ignoring it.
    const known = full.filter((w) => w > 0);
    const typical = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 0;
    tokens.forEach((t, i) => {
      if (t.phrase !== undefined && !t.optional && full[i] === 0) required += typical;
    });
    if (weights.every((w) => w === 0)) return;

    const stamp = ++this.epoch;
    const candidates: number[] = [];
    const touched: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const weight = full[i] as number;
      if (weight === 0) continue;
      const tokStamp = ++this.epoch;
      touched.length = 0;
      for (const e of expansions[i] as Expansion[]) {
        const w = Math.min(this.idf(e.term), weight) * e.quality;
        const q = e.quality;
        const docs = this.postDocs;
        const where = this.postWhere;
        const end = this.postStart[e.term + 1] as number;
        for (let k = this.postStart[e.term] as number; k < end; k++) {
          const doc = docs[k] as number;
          const c = w * (FIELD_WEIGHT[(where[k] as number) >>> 16] as number);
          if (this.tokStamp[doc] !== tokStamp) {
            this.tokStamp[doc] = tokStamp;
            this.tokBest[doc] = c;
            this.tokQuality[doc] = q;
            touched.push(doc);
          } else {
            if (c > (this.tokBest[doc] as number)) this.tokBest[doc] = c;
            if (q > (this.tokQuality[doc] as number)) this.tokQuality[doc] = q;
          }
        }
      }
      const optional = (tokens[i] as QueryToken).optional;
      for (const doc of touched) {
        if (this.stamp[doc] !== stamp) {
          this.stamp[doc] = stamp;
          this.score[doc] = 0;
          this.cover[doc] = 0;
          candidates.push(doc);
        }
        this.score[doc]! += (this.tokBest[doc] as number) * (optional ? OPTIONAL_WEIGHT : 1);
        // Coverage counts how well the syllable matched, wherever it was found.
        if (!optional) this.cover[doc]! += weight * (this.tokQuality[doc] as number);
      }
    }

    let bestCover = 0;
    for (const doc of candidates) bestCover = Math.max(bestCover, this.cover[doc] as number);
    const threshold = required > 0 ? bestCover * MIN_COVERAGE - 1e-9 : -1;
    if (required > 0 && bestCover === 0) return;

    // Which query syllables each known syllable satisfies, for the proximity pass over names.
    const byTerm = new Map<number, number[]>();
    expansions.forEach((list, i) => {
      for (const e of list) {
        let entry = byTerm.get(e.term);
        if (!entry) byTerm.set(e.term, (entry = []));
        entry.push(i);
      }
    });
    // The previous required syllable of each, so fillers between words do not break a phrase.
    const previous: number[] = [];
    let last = -1;
    tokens.forEach((t, i) => {
      previous.push(last);
      if (!t.optional && (weights[i] as number) > 0) last = i;
    });
    const requiredCount = tokens.filter((t, i) => !t.optional && (weights[i] as number) > 0).length;
    const firstRequired = tokens.findIndex((t, i) => !t.optional && (weights[i] as number) > 0);
    const n = tokens.length;
    const lastPos = new Int32Array(n);
    const found = new Uint8Array(n);
    const pairPos = new Int32Array(n);
    const pairFrom = new Int32Array(n);
    const pairBest = new Float64Array(n);
    const accentBest = new Float64Array(n);
    const used = this.used;
    const factor = variant.rewritten ? REWRITE_FACTOR : 1;

    for (const doc of candidates) {
      const cover = this.cover[doc] as number;
      if (cover < threshold) continue;
      const from = this.nameStart[doc] as number;
      const length = (this.nameStart[doc + 1] as number) - from;
      const names = this.nameFlat;
      const accents = this.nameAccents[doc] as string[];
      const flags = this.nameFlags[doc] as Uint8Array;
      lastPos.fill(-1000);
      found.fill(0);
      pairBest.fill(0);
      accentBest.fill(0);
      let start = 0;
      for (let p = 0; p < length; p++) {
        const hits = byTerm.get(names[from + p] as number);
        if (!hits) continue;
        for (const i of hits) {
          const prev = previous[i] as number;
          if (prev >= 0) {
            const gap = p - (lastPos[prev] as number);
            const bonus = gap > 0 && gap < PAIR_BONUS.length ? (PAIR_BONUS[gap] as number) : 0;
            if (bonus > (pairBest[i] as number)) {
              pairBest[i] = bonus;
              pairPos[i] = p;
              pairFrom[i] = lastPos[prev] as number;
            }
          }
          lastPos[i] = p;
          if (i === firstRequired && p === 0) start = START_BONUS * (weights[i] as number);
          const token = tokens[i] as QueryToken;
          if (token.accent !== undefined && accents[p] === token.accent) accentBest[i] = ACCENT_BONUS * (weights[i] as number);
          found[i] = 1;
        }
      }
      // Each query syllable stands for one place in the name: where it joins its neighbour, else
      // the best free place (below). Other places count as words the query did not ask for, so
      // the "lai" of "giay phep lai xe" or "bang lai" does not excuse the "lại" of "Cấp lại giấy
      // phép lái xe": a qualifier is asked for only when typed as one ("cap lai", "lại").
      used.fill(0, 0, length);
      for (let i = 0; i < n; i++) {
        if ((pairBest[i] as number) > 0) {
          used[pairPos[i] as number] = 1;
          used[pairFrom[i] as number] = 1;
        }
      }
      for (let i = 0; i < n; i++) {
        if (!found[i] || (pairBest[i] as number) > 0) continue;
        let joined = false;
        for (let j = i + 1; j < n && !joined; j++) joined = previous[j] === i && (pairBest[j] as number) > 0;
        if (joined) continue;
        // Its own marks first, then a place not yet taken, then one outside a qualifier.
        const accent = (tokens[i] as QueryToken).accent;
        let place = -1;
        let best = -1;
        for (let p = 0; p < length; p++) {
          if (!byTerm.get(names[from + p] as number)?.includes(i)) continue;
          const marked = accent !== undefined && accents[p] === accent;
          const rank = (marked ? 4 : 0) + (used[p] ? 0 : 2) + ((flags[p] as number) & QUALIFIER ? 0 : 1);
          if (rank > best) {
            best = rank;
            place = p;
          }
        }
        used[place] = 1;
      }
      let extra = 0;
      let qualifiers = 0;
      for (let p = 0; p < length; p++) {
        if (used[p]) continue;
        const flag = flags[p] as number;
        extra += flag & IN_BRACKETS ? BRACKET_SHARE : 1;
        if (flag & QUALIFIER_START) qualifiers++;
      }
      let bonus = start;
      let adjacent = 0;
      for (let i = 0; i < n; i++) {
        const prev = previous[i] as number;
        const pair = pairBest[i] as number;
        if (prev >= 0 && pair > 0) bonus += pair * (((weights[prev] as number) + (weights[i] as number)) / 2);
        if (pair === PAIR_BONUS[1]) adjacent++;
        bonus += accentBest[i] as number;
      }
      if (requiredCount > 1 && adjacent === requiredCount - 1) bonus += WHOLE_PHRASE_BONUS * required;
      let loose = 1;
      for (let i = 1; i < n; i++) {
        const phrase = (tokens[i] as QueryToken).phrase;
        if (phrase !== undefined && (tokens[i - 1] as QueryToken).phrase === phrase && pairBest[i] !== PAIR_BONUS[1]) {
          loose = LOOSE_PHRASE_FACTOR;
        }
      }
      // Normalised by the query's weight, so a synonym rewrite with more words is not favoured;
      // times the share of the query covered, so every missing word costs.
      const coverage = cover / required;
      const score =
        ((((this.score[doc] as number) + bonus) / required) * coverage * (this.prior[doc] as number)) /
        ((1 + LENGTH_PENALTY * Math.log2(1 + extra)) * (1 + QUALIFIER_PENALTY * qualifiers));
      consider(doc, score * factor * loose);
    }
  }

  // ---- filters and facets -------------------------------------------------------------------

  private compileFilters(filters: SearchFilters | undefined): (Set<number> | undefined)[] {
    return FACETS.map((facet) => {
      const wanted = filters?.[facet];
      if (wanted === undefined) return undefined;
      const list = typeof wanted === 'string' ? [wanted] : wanted;
      if (list.length === 0) return undefined;
      const table = this.facets[facet];
      const ids = new Set<number>();
      for (const value of list) {
        const id = table.ids.get(value);
        if (id !== undefined) ids.add(id);
        // A field may be named by its label as well as its code.
        table.labels.forEach((label, i) => label === value && ids.add(i));
      }
      return ids;
    });
  }

  private passes(doc: number, filters: (Set<number> | undefined)[], except: number | undefined): boolean {
    for (let f = 0; f < FACETS.length; f++) {
      const wanted = filters[f];
      if (!wanted || f === except) continue;
      const table = this.facets[FACETS[f] as FacetName];
      let any = false;
      const end = table.start[doc + 1] as number;
      for (let k = table.start[doc] as number; k < end && !any; k++) any = wanted.has(table.flat[k] as number);
      if (!any) return false;
    }
    return true;
  }

  private countFacets(matched: number[], filters: (Set<number> | undefined)[]): Facets {
    const out = {} as Facets;
    FACETS.forEach((facet, f) => {
      const table = this.facets[facet];
      const counts = new Int32Array(table.values.length);
      for (const doc of matched) {
        if (!this.passes(doc, filters, f)) continue;
        const end = table.start[doc + 1] as number;
        for (let k = table.start[doc] as number; k < end; k++) counts[table.flat[k] as number]!++;
      }
      const values: FacetValue[] = [];
      counts.forEach((count, i) => {
        if (count > 0) values.push({ value: table.values[i] as string, label: table.labels[i] as string, count });
      });
      values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
      out[facet] = values;
    });
    return out;
  }

  /** Rank of each procedure by name (marks folded, so Đ sorts with D), then code. */
  private nameOrder(): Int32Array {
    if (!this.order) {
      const ids = Array.from({ length: this.size }, (_, i) => i);
      const keys = this.docs.map((_, d) => {
        let key = '';
        for (let k = this.nameStart[d] as number; k < (this.nameStart[d + 1] as number); k++) {
          key += (key ? ' ' : '') + (this.terms[this.nameFlat[k] as number] as string);
        }
        return key;
      });
      const codes = this.docs.map((d) => d.code);
      ids.sort((a, b) => {
        const ka = keys[a] as string;
        const kb = keys[b] as string;
        if (ka !== kb) return ka < kb ? -1 : 1;
        const ca = codes[a] as string;
        const cb = codes[b] as string;
        return ca < cb ? -1 : ca > cb ? 1 : a - b;
      });
      this.order = new Int32Array(this.size);
      ids.forEach((doc, rank) => (this.order![doc] = rank));
    }
    return this.order;
  }

  // ---- highlighting --------------------------------------------------------------------------

  private matchesOf(doc: number, variants: QueryVariant[], codeHits: CodeHit[]): SearchMatch[] {
    const out: SearchMatch[] = [];
    const codeHit = codeHits.find((h) => h.doc === doc);
    if (codeHit) out.push({ key: 'code', ranges: [[codeHit.start, codeHit.end]] });
    if (variants.length === 0) return out;
    // Every syllable any variant accepts; a prefix match highlights only the typed part.
    const accepted = new Map<string, Accepted>();
    for (const variant of variants) {
      for (const token of variant.tokens) {
        for (const e of this.expand(token)) {
          const term = this.terms[e.term] as string;
          const length = e.prefix ?? Infinity;
          const had = accepted.get(term);
          accepted.set(term, { length: Math.max(had?.length ?? 0, length), literal: (had?.literal ?? false) || !variant.rewritten });
        }
      }
    }
    const p = this.docs[doc] as P;
    const add = (key: MatchKey, text: string, index?: number): void => {
      const ranges = rangesIn(text, accepted);
      if (ranges.length) out.push(index === undefined ? { key, ranges } : { key, index, ranges });
    };
    add('name', p.name);
    p.keywords?.forEach((k, i) => add('keywords', k, i));
    if (p.field !== undefined) add('field', typeof p.field === 'string' ? p.field : p.field.name);
    p.agencies?.forEach((a, i) => add('agencies', a.name, i));
    return out;
  }
}

function onlinePrior(level: string | undefined): number {
  if (level === undefined) return 1;
  const v = fold(level);
  if (v.includes('toan') || v.includes('4')) return 1.03;
  if (v.includes('mot') || v.includes('3')) return 1.015;
  return 1;
}

/** How a syllable may be highlighted: up to `length` folded characters; `literal` when the user typed it. */
interface Accepted {
  length: number;
  literal: boolean;
}

/**
 * Ranges of accepted syllables in `text`, neighbours joined across spaces. A syllable that only a
 * synonym brought in (sổ đỏ → giấy chứng nhận quyền sử dụng đất) is marked only inside a run of
 * accepted syllables, so "nhận" of the expansion does not light up the "nhân" of "cá nhân".
 */
function rangesIn(text: string, accepted: Map<string, Accepted>): [number, number][] {
  const { terms, starts, ends } = tokenize(text);
  const ranges: [number, number][] = [];
  const joined = (a: number, b: number) => /^\s+$/.test(text.slice(ends[a] as number, starts[b] as number));
  const inRun = (i: number) =>
    (i > 0 && accepted.has(terms[i - 1] as string) && joined(i - 1, i)) ||
    (i + 1 < terms.length && accepted.has(terms[i + 1] as string) && joined(i, i + 1));
  terms.forEach((term, i) => {
    const hit = accepted.get(term);
    if (hit === undefined || (!hit.literal && !inRun(i))) return;
    const length = hit.length;
    const start = starts[i] as number;
    const end = length === Infinity ? (ends[i] as number) : foldedPrefixEnd(text, start, ends[i] as number, length);
    const last = ranges[ranges.length - 1];
    if (last && last[1] === (ends[i - 1] as number) && joined(i - 1, i) && end === ends[i]) {
      last[1] = end;
    } else ranges.push([start, end]);
  });
  return ranges;
}

/**
 * Builds the index. Each procedure needs only `code` and `name`; field, levels, channels,
 * online level, agencies and keywords make it findable and filterable by those too.
 */
export function createProcedureIndex<P extends SearchableProcedure>(
  procedures: readonly P[],
  options: ProcedureIndexOptions<P> = {},
): ProcedureIndex<P> {
  return new Index(procedures, options);
}
