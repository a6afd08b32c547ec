/**
 * Scores one reading (variant) of a query against the index, in named stages that share scratch
 * buffers allocated once per index: nothing is allocated per procedure or per query syllable.
 *
 *   weigh    what each query syllable is worth: its rarity (idf), or that of what it may stand for
 *   collect  postings → per-procedure sum of matched weight and coverage of the required weight
 *   scan     one pass over a candidate's name: pairs of query syllables in order and near each
 *            other (phrases), the start of the name, syllables typed with the name's own marks
 *   place    which name syllable each query syllable stands for (the rest are words not asked for)
 *   cost     what the name says beyond the query: its unasked syllables weighed by their own
 *            rarity (a rare word means the name is about something else, "cấp" or "thực hiện"
 *            means little) and more before the query's words than after them (the name's head),
 *            and the variant qualifiers ("cấp lại", "gia hạn") not asked for
 *   finish   the score: matched weight and phrase bonus over the query weight, times coverage,
 *            length and qualifier costs, the level hint, the prior
 */
import { IN_FIELD, type IndexData } from './index-data.js';
import type { QueryToken } from './query.js';

/** Per-syllable name flags (see NameFlags in procedure-index.ts). */
export const IN_BRACKETS = 1;
export const QUALIFIER = 2;
export const QUALIFIER_START = 4;

export const MAX_TOKENS = 32;

/** A known syllable a query syllable may stand for. */
export interface Expansion {
  term: number;
  quality: number;
  /** For a prefix match, the typed length (to highlight only that part). */
  prefix?: number;
}

export interface Reading {
  tokens: readonly QueryToken[];
  expansions: readonly (readonly Expansion[])[];
  /** Accent id of each token's typed marks, -1 when typed without marks (or unknown marks). */
  accents: readonly number[];
  rewritten: boolean;
  /** Sum of the meaning ranks the rewrite used (see QueryVariant.rank). */
  rank: number;
  /** Level bits the query names, 0 when none. */
  level: number;
}

/** What the scorer reads besides the index data. */
export interface ScoringTables {
  idf: Float64Array;
  /** Per accent key: what an unasked name syllable costs (see `cost`). */
  spec: Float32Array;
  /** Per name syllable: IN_BRACKETS | QUALIFIER | QUALIFIER_START. */
  flags: Uint8Array;
  /** Per procedure: online level and the portal's boost. */
  prior: Float32Array;
  /** Per procedure: idf mass of its field's syllables (0 without a field). */
  fieldMass: Float32Array;
}

/** Match quality of an exact syllable. */
export const EXACT = 1;
const OPTIONAL_WEIGHT = 0.3;
/** Name 1, keywords 0.75, field 0.3, agencies 0.2: the best place counts, the others add a fifth. */
const PLACE_WEIGHT = [1, 0.75, 0.3, 0.2];
const OTHER_PLACES = 0.2;
/** Bonus per adjacent pair of query syllables found in the name in order, by gap. */
const PAIR_BONUS = [0, 0.9, 0.45, 0.3, 0.2];
const WHOLE_PHRASE_BONUS = 0.5;
const START_BONUS = 0.25;
const ACCENT_BONUS = 0.15;
/** Unasked name weight costs this share per doubling; inside brackets a quarter as much. */
const LENGTH_PENALTY = 0.12;
const BRACKET_SHARE = 0.25;
/** Unasked name weight before the query's first syllable costs this many times as much (see `cost`). */
const LEAD_SHARE = 1.5;
/** Each variant qualifier the query did not ask for costs this share. */
const QUALIFIER_PENALTY = 0.25;
/** A procedure must cover this share of the best-covered procedure's query weight. */
const MIN_COVERAGE = 0.6;
const REWRITE_FACTOR = 0.97;
/** Per step down a rule's list of meanings (most specific first). */
const MEANING_STEP = 0.95;
/**
 * Share of the procedure's field the query names ("xây dựng" of "Hoạt động xây dựng"): the query
 * is about that domain. Measured on the field, so every reading of a query that names the same
 * field words gets the same factor.
 */
const FIELD_AGREEMENT = 0.3;
/** A syllable typed with marks found in the name only with other marks ("mất" in "mặt"). */
const MISMARKED = 0.5;
/** Qualifiers past the head of a name (its first syllables) are sub-cases of a long list. */
const HEAD = 8;
const TAIL_QUALIFIER = 0.25;
/** A rewritten phrase ("sổ đỏ") whose words are found apart, taken literally. */
const LOOSE_PHRASE_FACTOR = 0.6;
/** A procedure of another level than the query names; of no known level. */
const OTHER_LEVEL = 0.7;
const UNKNOWN_LEVEL = 0.9;

/** Weight of a posting by the bits of the texts that hold the syllable. */
const placeWeights = new Float64Array(16);
for (let bits = 1; bits < 16; bits++) {
  let best = 0;
  let sum = 0;
  for (let f = 0; f < 4; f++) {
    if (!(bits & (1 << f))) continue;
    best = Math.max(best, PLACE_WEIGHT[f] as number);
    sum += PLACE_WEIGHT[f] as number;
  }
  placeWeights[bits] = best + OTHER_PLACES * (sum - best);
}

export class Scorer {
  private epoch = 0;
  // Per procedure.
  private readonly stamp: Uint32Array;
  private readonly tokStamp: Uint32Array;
  private readonly tokBest: Float64Array;
  private readonly tokQuality: Float64Array;
  private readonly matched: Float64Array;
  private readonly cover: Float64Array;
  private readonly inField: Float64Array;
  private readonly tokField: Float64Array;
  private readonly candidates: Int32Array;
  private candidateCount = 0;
  private readonly touched: Int32Array;
  // Per term: which query syllables it satisfies, as bits.
  private readonly termBits: Int32Array;
  private readonly bitTerms: Int32Array;
  private bitTermCount = 0;
  // Per query syllable.
  private readonly full = new Float64Array(MAX_TOKENS);
  private readonly weight = new Float64Array(MAX_TOKENS);
  private readonly previous = new Int32Array(MAX_TOKENS);
  private readonly lastPos = new Int32Array(MAX_TOKENS);
  private readonly pairPos = new Int32Array(MAX_TOKENS);
  private readonly pairFrom = new Int32Array(MAX_TOKENS);
  /** The query syllable each one pairs with in the scanned name (-1: none). */
  private readonly pairPrev = new Int32Array(MAX_TOKENS);
  private readonly pairBest = new Float64Array(MAX_TOKENS);
  private readonly accentBest = new Float64Array(MAX_TOKENS);
  private readonly placeRank = new Int32Array(MAX_TOKENS);
  private readonly placePos = new Int32Array(MAX_TOKENS);
  // Per name syllable of the procedure being scanned.
  private readonly used: Uint8Array;
  // Per reading.
  private count = 0;
  private required = 0;
  private firstRequired = -1;
  private requiredCount = 0;
  private requiredBits = 0;
  private optionalBits = 0;
  private start = 0;
  /** Query syllables found in the scanned name, as bits. */
  private found = 0;
  // Of the scored candidate (stage cost).
  private extra = 0;
  private qualifiers = 0;

  constructor(
    private readonly data: IndexData,
    private readonly tables: ScoringTables,
  ) {
    const n = data.size;
    this.stamp = new Uint32Array(n);
    this.tokStamp = new Uint32Array(n);
    this.tokBest = new Float64Array(n);
    this.tokQuality = new Float64Array(n);
    this.matched = new Float64Array(n);
    this.cover = new Float64Array(n);
    this.inField = new Float64Array(n);
    this.tokField = new Float64Array(n);
    this.candidates = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.termBits = new Int32Array(data.terms.length);
    this.bitTerms = new Int32Array(data.terms.length);
    let longest = 0;
    for (let d = 0; d < n; d++) longest = Math.max(longest, (data.nameStart[d + 1] as number) - (data.nameStart[d] as number));
    this.used = new Uint8Array(longest);
  }

  /** Idf of the syllable typed, or, for a prefix or a typo, of all it may stand for together. */
  tokenIdf(list: readonly Expansion[]): number {
    if (list.length === 0) return 0;
    const first = list[0] as Expansion;
    if (first.quality === EXACT) return this.tables.idf[first.term] as number;
    let df = 0;
    for (const e of list) df += this.data.df[e.term] as number;
    const n = this.data.size;
    return Math.log(1 + n / Math.min(n, Math.max(1, df)));
  }

  /** Scores every procedure the reading matches well enough and hands each on. */
  run(reading: Reading, consider: (doc: number, score: number) => void): void {
    if (!this.weigh(reading)) return;
    const best = this.collect(reading);
    if (best === 0) return;
    const threshold = best * MIN_COVERAGE - 1e-9;
    this.markTerms(reading);
    const factor = reading.rewritten ? REWRITE_FACTOR * MEANING_STEP ** reading.rank : 1;
    for (let c = 0; c < this.candidateCount; c++) {
      const doc = this.candidates[c] as number;
      if ((this.cover[doc] as number) < threshold) continue;
      this.found = this.scan(reading, doc);
      this.place(reading, doc, this.found);
      consider(doc, this.finish(reading, doc) * factor);
    }
    this.clearTerms();
  }

  /** Stage weigh: each syllable's worth; false when nothing in the reading is known. */
  private weigh(reading: Reading): boolean {
    const { tokens, expansions } = reading;
    const idf = this.tables.idf;
    const m = (this.count = Math.min(tokens.length, MAX_TOKENS));
    this.required = 0;
    this.requiredCount = 0;
    this.requiredBits = 0;
    this.optionalBits = 0;
    this.firstRequired = -1;
    let last = -1;
    let any = false;
    let known = 0;
    let knownCount = 0;
    for (let i = 0; i < m; i++) {
      const list = expansions[i] as readonly Expansion[];
      const full = (this.full[i] = this.tokenIdf(list));
      // A rare completion ("ki" → "kích") weighs no more than the syllable typed.
      let w = 0;
      for (const e of list) w = Math.max(w, Math.min(idf[e.term] as number, full) * e.quality);
      this.weight[i] = w;
      this.previous[i] = last;
      if (w > 0) {
        any = true;
        known += w;
        knownCount++;
      }
      if ((tokens[i] as QueryToken).optional) {
        this.optionalBits |= 1 << i;
        continue;
      }
      this.required += w;
      if (w > 0) {
        this.requiredBits |= 1 << i;
        this.requiredCount++;
        if (this.firstRequired < 0) this.firstRequired = i;
        last = i;
      }
    }
    // A word of a rewritten phrase the catalogue does not know ("photo" of "photo công chứng")
    // is still asked for in the literal reading, so that reading does not win by ignoring it.
    for (let i = 0; i < m; i++) {
      const t = tokens[i] as QueryToken;
      if (t.phrase !== undefined && !t.optional && this.weight[i] === 0 && knownCount > 0) this.required += known / knownCount;
    }
    return any;
  }

  /**
   * Stage collect: postings → matched weight and coverage per procedure; the best coverage. A
   * syllable that stands for one known syllable (most do) is added straight from its postings,
   * one per procedure; one that stands for several (a prefix, a typo) first keeps each
   * procedure's best match among them (`gather`).
   */
  private collect(reading: Reading): number {
    const stamp = ++this.epoch;
    this.candidateCount = 0;
    let bestCover = 0;
    for (let i = 0; i < this.count; i++) {
      const weight = this.weight[i] as number;
      if (weight === 0) continue;
      const list = reading.expansions[i] as readonly Expansion[];
      const optional = (this.optionalBits >> i) & 1;
      const cover =
        list.length === 1
          ? this.addPostings(list[0] as Expansion, this.full[i] as number, weight, optional, stamp)
          : this.addGathered(this.gather(list, this.full[i] as number), weight, optional, stamp);
      if (cover > bestCover) bestCover = cover;
    }
    // A reading of filler words only: every procedure that has one is a candidate.
    if (this.required === 0) return this.candidateCount > 0 ? 1e-9 : 0;
    return bestCover;
  }

  /** A procedure first met in this reading: a candidate with nothing matched yet. */
  private admit(doc: number, stamp: number): void {
    this.stamp[doc] = stamp;
    this.matched[doc] = 0;
    this.cover[doc] = 0;
    this.inField[doc] = 0;
    this.candidates[this.candidateCount++] = doc;
  }

  /** One known syllable's postings into the reading's sums; the best coverage reached. */
  private addPostings(e: Expansion, full: number, weight: number, optional: number, stamp: number): number {
    const { postStart, postDocs, postFields } = this.data;
    const idf = this.tables.idf;
    const inFieldBit = IN_FIELD;
    const termIdf = idf[e.term] as number;
    const w = Math.min(termIdf, full) * e.quality;
    const q = e.quality;
    const share = optional ? OPTIONAL_WEIGHT : 1;
    const end = postStart[e.term + 1] as number;
    let bestCover = 0;
    for (let k = postStart[e.term] as number; k < end; k++) {
      const doc = postDocs[k] as number;
      const fields = postFields[k] as number;
      if (this.stamp[doc] !== stamp) this.admit(doc, stamp);
      this.matched[doc]! += w * (placeWeights[fields] as number) * share;
      // Coverage counts how well the syllable matched, wherever it was found.
      this.inField[doc]! += fields & inFieldBit ? termIdf : 0;
      if (!optional) {
        const cover = (this.cover[doc]! += weight * q);
        if (cover > bestCover) bestCover = cover;
      }
    }
    return bestCover;
  }

  /**
   * Stage collect for a syllable that stands for several: per procedure, its best match among
   * them (tokBest, tokQuality, tokField); the procedures in `touched`. Returns how many.
   */
  private gather(list: readonly Expansion[], full: number): number {
    const { postStart, postDocs, postFields } = this.data;
    const idf = this.tables.idf;
    const inFieldBit = IN_FIELD;
    const tokStamp = ++this.epoch;
    let touched = 0;
    for (const e of list) {
      const w = Math.min(idf[e.term] as number, full) * e.quality;
      const q = e.quality;
      const end = postStart[e.term + 1] as number;
      for (let k = postStart[e.term] as number; k < end; k++) {
        const doc = postDocs[k] as number;
        const fields = postFields[k] as number;
        const c = w * (placeWeights[fields] as number);
        const inField = fields & inFieldBit ? (idf[e.term] as number) : 0;
        if (this.tokStamp[doc] !== tokStamp) {
          this.tokStamp[doc] = tokStamp;
          this.tokBest[doc] = c;
          this.tokQuality[doc] = q;
          this.tokField[doc] = inField;
          this.touched[touched++] = doc;
        } else {
          if (inField > (this.tokField[doc] as number)) this.tokField[doc] = inField;
          if (c > (this.tokBest[doc] as number)) this.tokBest[doc] = c;
          if (q > (this.tokQuality[doc] as number)) this.tokQuality[doc] = q;
        }
      }
    }
    return touched;
  }

  /** What `gather` kept, into the reading's sums; the best coverage reached. */
  private addGathered(touched: number, weight: number, optional: number, stamp: number): number {
    let bestCover = 0;
    for (let t = 0; t < touched; t++) {
      const doc = this.touched[t] as number;
      if (this.stamp[doc] !== stamp) this.admit(doc, stamp);
      this.matched[doc]! += (this.tokBest[doc] as number) * (optional ? OPTIONAL_WEIGHT : 1);
      this.inField[doc]! += this.tokField[doc] as number;
      if (!optional) {
        const cover = (this.cover[doc]! += weight * (this.tokQuality[doc] as number));
        if (cover > bestCover) bestCover = cover;
      }
    }
    return bestCover;
  }

  private markTerms(reading: Reading): void {
    for (let i = 0; i < this.count; i++) {
      for (const e of reading.expansions[i] as readonly Expansion[]) {
        if (this.termBits[e.term] === 0) this.bitTerms[this.bitTermCount++] = e.term;
        this.termBits[e.term]! |= 1 << i;
      }
    }
  }

  private clearTerms(): void {
    for (let k = 0; k < this.bitTermCount; k++) this.termBits[this.bitTerms[k] as number] = 0;
    this.bitTermCount = 0;
  }

  /** Stage scan: phrases, the start of the name and marks, in one pass; the syllables found. */
  private scan(reading: Reading, doc: number): number {
    const { nameStart, nameTerms, nameAccents } = this.data;
    const from = nameStart[doc] as number;
    const length = (nameStart[doc + 1] as number) - from;
    const m = this.count;
    for (let i = 0; i < m; i++) {
      this.lastPos[i] = -1000;
      this.pairBest[i] = 0;
      this.pairPrev[i] = -1;
      this.accentBest[i] = 0;
    }
    this.start = 0;
    let found = 0;
    for (let p = 0; p < length; p++) {
      let bits = this.termBits[nameTerms[from + p] as number] as number;
      while (bits !== 0) {
        const bit = bits & -bits;
        bits ^= bit;
        const i = 31 - Math.clz32(bit);
        // Its partner: the nearest required syllable before it in the query that the name has
        // had so far, so a query word the name lacks does not break the phrase around it.
        let prev = this.previous[i] as number;
        while (prev >= 0 && (this.lastPos[prev] as number) < 0) prev = this.previous[prev] as number;
        if (prev >= 0) {
          const gap = p - (this.lastPos[prev] as number);
          const bonus = gap > 0 && gap < PAIR_BONUS.length ? (PAIR_BONUS[gap] as number) : 0;
          if (bonus > (this.pairBest[i] as number)) {
            this.pairBest[i] = bonus;
            this.pairPos[i] = p;
            this.pairFrom[i] = this.lastPos[prev] as number;
            this.pairPrev[i] = prev;
          }
        }
        this.lastPos[i] = p;
        if (i === this.firstRequired && p === 0) this.start = START_BONUS * (this.weight[i] as number);
        const accent = reading.accents[i] as number;
        if (accent >= 0 && nameAccents[from + p] === accent) this.accentBest[i] = ACCENT_BONUS * (this.weight[i] as number);
        found |= bit;
      }
    }
    return found;
  }

  /**
   * Stage place: each query syllable stands for one place in the name: where it joins its
   * neighbour, else the best free place: its own marks first, then a place not yet taken, then
   * one outside a qualifier. Other places count as words the query did not ask for, so the "lai"
   * of "giay phep lai xe" does not excuse the "lại" of "Cấp lại giấy phép lái xe".
   */
  private place(reading: Reading, doc: number, found: number): void {
    const { nameStart, nameTerms, nameAccents } = this.data;
    const flags = this.tables.flags;
    const from = nameStart[doc] as number;
    const length = (nameStart[doc + 1] as number) - from;
    const used = this.used;
    used.fill(0, 0, length);
    let pending = found;
    for (let i = 0; i < this.count; i++) {
      this.placeRank[i] = -1;
      if ((this.pairBest[i] as number) > 0) {
        used[this.pairPos[i] as number] = 1;
        used[this.pairFrom[i] as number] = 1;
        pending &= ~(1 << i);
        pending &= ~(1 << (this.pairPrev[i] as number));
      }
    }
    if (pending === 0) return;
    for (let p = 0; p < length; p++) {
      let bits = (this.termBits[nameTerms[from + p] as number] as number) & pending;
      while (bits !== 0) {
        const bit = bits & -bits;
        bits ^= bit;
        const i = 31 - Math.clz32(bit);
        const accent = reading.accents[i] as number;
        const marked = accent >= 0 && nameAccents[from + p] === accent;
        const rank = (marked ? 4 : 0) + (used[p] ? 0 : 2) + ((flags[from + p] as number) & QUALIFIER ? 0 : 1);
        if (rank > (this.placeRank[i] as number)) {
          this.placeRank[i] = rank;
          this.placePos[i] = p;
        }
      }
    }
    for (let i = 0; i < this.count; i++) if ((pending >> i) & 1) used[this.placePos[i] as number] = 1;
  }

  /**
   * Stage cost: the unasked name syllables' weight (this.extra) and the variant qualifiers not
   * asked for (this.qualifiers). Syllables before the first one the query stands for cost
   * LEAD_SHARE as much: a Vietnamese noun phrase puts its head first, so the words a name puts
   * before the query's are what the name is about, and the query only qualifies them ("Đăng ký
   * hoạt động của tổ chức hành nghề luật sư" for "hành nghề luật sư"), while the words after it
   * narrow what was asked ("Đăng ký hành nghề luật sư với tư cách cá nhân").
   */
  private cost(doc: number): void {
    const { nameStart, nameAccents } = this.data;
    const { flags, spec } = this.tables;
    const from = nameStart[doc] as number;
    const length = (nameStart[doc + 1] as number) - from;
    // A name without any of the query's words (found by keywords or field) has no head to miss.
    let first = 0;
    while (first < length && this.used[first] === 0) first++;
    if (first === length) first = 0;
    let extra = 0;
    let qualifiers = 0;
    for (let p = 0; p < length; p++) {
      const flag = flags[from + p] as number;
      // A qualifier is asked for when the query has any of its words ("nước ngoài" for
      // "có yếu tố nước ngoài").
      if (flag & QUALIFIER_START) {
        let asked = false;
        for (let k = p; k < length && !asked; k++) {
          const f = flags[from + k] as number;
          if (!(f & QUALIFIER) || (k > p && f & QUALIFIER_START)) break;
          asked = this.used[k] === 1;
        }
        if (!asked) qualifiers += p < HEAD ? 1 : TAIL_QUALIFIER;
      }
      if (this.used[p]) continue;
      const cost = (spec[nameAccents[from + p] as number] as number) * (p < first ? LEAD_SHARE : 1);
      extra += flag & IN_BRACKETS ? BRACKET_SHARE * cost : cost;
    }
    this.extra = extra;
    this.qualifiers = qualifiers;
  }

  /** Stage finish: the reading's score for a candidate. */
  private finish(reading: Reading, doc: number): number {
    const { levels } = this.data;
    const { prior } = this.tables;
    this.cost(doc);
    const { extra, qualifiers } = this;
    const required = this.required > 0 ? this.required : 1;
    let bonus = this.start;
    let adjacent = 0;
    let loose = 1;
    let mismarked = 0;
    for (let i = 0; i < this.count; i++) {
      if ((reading.accents[i] as number) >= 0 && (this.found >> i) & 1 && this.accentBest[i] === 0) mismarked += this.weight[i] as number;
      const prev = this.pairPrev[i] as number;
      const pair = this.pairBest[i] as number;
      if (prev >= 0 && pair > 0) bonus += pair * (((this.weight[prev] as number) + (this.weight[i] as number)) / 2);
      if (pair === PAIR_BONUS[1] && (this.requiredBits >> i) & 1) adjacent++;
      bonus += this.accentBest[i] as number;
      const phrase = (reading.tokens[i] as QueryToken).phrase;
      if (i > 0 && phrase !== undefined && (reading.tokens[i - 1] as QueryToken).phrase === phrase && pair !== PAIR_BONUS[1]) {
        loose = LOOSE_PHRASE_FACTOR;
      }
    }
    if (this.requiredCount > 1 && adjacent >= this.requiredCount - 1) bonus += WHOLE_PHRASE_BONUS * required;
    const coverage = this.required > 0 ? (this.cover[doc] as number) / this.required : 1;
    const mass = this.tables.fieldMass[doc] as number;
    const field = mass > 0 ? 1 + FIELD_AGREEMENT * Math.min(1, (this.inField[doc] as number) / mass) : 1;
    let level = 1;
    if (reading.level) {
      const bits = levels[doc] as number;
      level = bits & reading.level ? 1 : bits ? OTHER_LEVEL : UNKNOWN_LEVEL;
    }
    // Normalised by the query's weight, so a rewrite with more words is not favoured; times the
    // share of the query covered, so every missing word costs.
    const marks = 1 - (MISMARKED * Math.min(mismarked, required)) / required;
    return (
      ((((this.matched[doc] as number) + bonus) / required) * coverage * field * marks * (prior[doc] as number) * level * loose) /
      ((1 + LENGTH_PENALTY * Math.log2(1 + extra)) * (1 + QUALIFIER_PENALTY * qualifiers))
    );
  }
}
