/**
 * Turns what the citizen typed into the queries the index runs: syllable tokens (raw Telex or
 * VNI decoded, glued syllables split), synonym rewrites, filler words marked optional and level
 * hints ("ở xã", "cấp tỉnh") read out.
 */
import { accentKey, hasMarks, tokenize } from './fold.js';
import type { SynonymRule } from './synonyms.js';
import { decodeTyping } from './typing.js';
import type { LevelHint } from './vocabulary/levels.js';

export interface QueryToken {
  term: string;
  /** Accent key when the user typed this syllable with marks (or as Telex/VNI). */
  accent?: string | undefined;
  /** The last syllable while typing: also matches longer syllables. */
  prefix: boolean;
  /** A filler word or a level hint: scored when present, never required. */
  optional: boolean;
  /**
   * Set on the literal words of a phrase a synonym rule rewrote ("sổ đỏ"): the same number on
   * each. Taken literally, such words count only when they stand together.
   */
  phrase?: number;
  /** Brought in by a synonym rule: catalogue wording, never a filler word. */
  rewrite?: boolean;
}

export interface QueryVariant {
  tokens: QueryToken[];
  /** Came from a synonym rule rather than the literal words. */
  rewritten: boolean;
  /**
   * How far down the rules' lists of meanings this reading went (0: each rule's first meaning).
   * A rule lists its meanings most specific first, so a later one scores a little lower.
   */
  rank: number;
}

/** What the planner needs to know of the catalogue. */
export interface Lexicon {
  /** The catalogue has this syllable. */
  knows(term: string): boolean;
  /** Splits "dangky" into known syllables, or undefined. */
  split(term: string, typing: boolean): string[] | undefined;
  /** Some name has syllable `a` right before syllable `b`. */
  adjacent(a: string, b: string): boolean;
}

interface CompiledRule {
  terms: string[];
  means: string[][];
}

interface CompiledStop {
  terms: string[];
  accents: string[];
}

interface CompiledHint {
  terms: string[];
  accents: string[];
  level: number;
  notBefore: string[];
}

const MAX_VARIANTS = 12;

function termsOf(text: string): string[] {
  return tokenize(text).terms;
}

function accentsOf(text: string): string[] {
  const { starts, ends } = tokenize(text);
  return starts.map((s, i) => accentKey(text.slice(s, ends[i])));
}

/** Longest of `phrases` (filler phrases starting with token i's syllable) at token i; 0 when none. */
function longestAt(phrases: readonly CompiledStop[] | undefined, tokens: readonly QueryToken[], i: number): number {
  let best = 0;
  if (phrases === undefined) return best;
  for (const { terms } of phrases) {
    if (terms.length <= best || i + terms.length > tokens.length) continue;
    let same = true;
    for (let k = 0; k < terms.length && same; k++) same = (tokens[i + k] as QueryToken).term === terms[k];
    if (same) best = terms.length;
  }
  return best;
}

export class QueryPlanner {
  private readonly rulesByFirst = new Map<string, CompiledRule[]>();
  /** Filler phrases by their first syllable (a query's token meets only those). */
  private readonly stopsByFirst = new Map<string, CompiledStop[]>();
  /** One-syllable filler words. */
  private readonly singleStops = new Set<string>();
  private readonly hints: CompiledHint[];
  /** Every syllable a rule mentions: never split nor decoded, it is a word people type ("cccd"). */
  private readonly ruleTerms = new Set<string>();

  constructor(rules: readonly SynonymRule[], stopPhrases: readonly string[], hints: readonly LevelHint[]) {
    for (const rule of rules) this.addRule(rule);
    for (const list of this.rulesByFirst.values()) list.sort((a, b) => b.terms.length - a.terms.length);
    for (const phrase of stopPhrases) {
      const stop = { terms: termsOf(phrase), accents: accentsOf(phrase) };
      const first = stop.terms[0];
      if (first === undefined) continue;
      let list = this.stopsByFirst.get(first);
      if (!list) this.stopsByFirst.set(first, (list = []));
      list.push(stop);
      if (stop.terms.length === 1) this.singleStops.add(first);
    }
    this.hints = hints
      .map((h) => ({ terms: termsOf(h.phrase), accents: accentsOf(h.phrase), level: h.level, notBefore: (h.notBefore ?? []).map((w) => termsOf(w)[0] ?? '') }))
      .filter((h) => h.terms.length > 0)
      .sort((a, b) => b.terms.length - a.terms.length);
  }

  /**
   * One synonym rule, under the first syllable of each of its phrases. Plain loops: this runs for
   * every rule of every index built, and V8 kept dropping the code it had optimised for the
   * arrays `map` and `filter` made here.
   */
  private addRule(rule: SynonymRule): void {
    const means: string[][] = [];
    for (const meaning of rule.means) {
      const terms = termsOf(meaning);
      if (terms.length > 0) means.push(terms);
    }
    for (const phrase of rule.terms) {
      const terms = termsOf(phrase);
      for (const term of terms) this.ruleTerms.add(term);
      const first = terms[0];
      if (first === undefined) continue;
      let list = this.rulesByFirst.get(first);
      if (!list) this.rulesByFirst.set(first, (list = []));
      list.push({ terms, means });
    }
  }

  /** Literal tokens of the text part of a query. */
  tokens(text: string, prefixLast: boolean, lexicon: Lexicon): QueryToken[] {
    const { terms, starts, ends } = tokenize(text);
    const out: QueryToken[] = [];
    terms.forEach((term, i) => {
      const prefix = i === terms.length - 1 && prefixLast;
      const original = text.slice(starts[i], ends[i]);
      if (this.ruleTerms.has(term) || lexicon.knows(term)) {
        out.push({ term, accent: hasMarks(original) ? accentKey(original) : undefined, prefix, optional: false });
        return;
      }
      const typed = decodeTyping(original);
      if (typed && lexicon.knows(typed.term)) {
        out.push({ term: typed.term, accent: typed.accent, prefix: false, optional: false });
        return;
      }
      const pieces = lexicon.split(term, prefix);
      if (pieces) {
        pieces.forEach((piece, j) => out.push({ term: piece, prefix: prefix && j === pieces.length - 1, optional: false }));
        return;
      }
      out.push({ term, accent: hasMarks(original) ? accentKey(original) : undefined, prefix, optional: false });
    });
    return out;
  }

  /**
   * Level bits the query names ("ở xã", "cấp tỉnh"), 0 when none; the words of the hint become
   * optional, so they help procedures that say them without being required.
   */
  levelHint(tokens: QueryToken[]): number {
    let level = 0;
    for (let i = 0; i < tokens.length; i++) {
      for (const hint of this.hints) {
        const n = hint.terms.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const t = tokens[i + k] as QueryToken;
          // One syllable alone must carry its own marks: a bare "tinh" may be "tính".
          ok = t.term === hint.terms[k] && (t.accent === undefined ? n > 1 : t.accent === hint.accents[k]);
        }
        const next = tokens[i + n];
        if (!ok || (next && hint.notBefore.includes(next.term))) continue;
        level |= hint.level;
        for (let k = 0; k < n; k++) (tokens[i + k] as QueryToken).optional = true;
        i += n - 1;
        break;
      }
    }
    return level;
  }

  /** The literal query first, then each synonym rewrite (bounded). */
  variants(tokens: QueryToken[], lexicon: Lexicon): QueryVariant[] {
    // Segments: runs of literal tokens, or a span a rule matched with its alternatives.
    const segments: { literal: QueryToken[]; alternatives: string[][]; keepLiteral: boolean }[] = [];
    let run: QueryToken[] = [];
    for (let i = 0; i < tokens.length; ) {
      const rule = this.ruleAt(tokens, i);
      // Filler phrases outrank shorter rules: "làm sao" is a question, not "làm" (cấp).
      if (rule && longestAt(this.stopsByFirst.get((tokens[i] as QueryToken).term), tokens, i) <= rule.terms.length) {
        if (run.length) segments.push({ literal: run, alternatives: [], keepLiteral: true });
        run = [];
        const literal = tokens.slice(i, i + rule.terms.length);
        // A phrase the catalogue cannot match literally ("cccd") is only searched rewritten.
        const keepLiteral = literal.some((t) => lexicon.knows(t.term));
        // A meaning with a syllable the catalogue lacks cannot be found as a phrase here.
        const alternatives = rule.means.filter((m) => m.every((term) => lexicon.knows(term)));
        segments.push({ literal, alternatives, keepLiteral: keepLiteral || alternatives.length === 0 });
        i += rule.terms.length;
      } else {
        run.push(tokens[i] as QueryToken);
        i++;
      }
    }
    if (run.length) segments.push({ literal: run, alternatives: [], keepLiteral: true });

    let variants: QueryVariant[] = [{ tokens: [], rewritten: false, rank: 0 }];
    segments.forEach((segment, phrase) => {
      const literal = segment.alternatives.length ? segment.literal.map((t) => ({ ...t, phrase })) : segment.literal;
      const next: QueryVariant[] = [];
      for (const variant of variants) {
        if (segment.keepLiteral) next.push({ tokens: [...variant.tokens, ...literal], rewritten: variant.rewritten, rank: variant.rank });
        segment.alternatives.forEach((alternative, k) => {
          if (next.length >= MAX_VARIANTS) return;
          const replaced = alternative.map((term) => ({ term, prefix: false, optional: false, rewrite: true }));
          next.push({ tokens: [...variant.tokens, ...replaced], rewritten: true, rank: variant.rank + k });
        });
      }
      variants = next.slice(0, MAX_VARIANTS);
    });
    const seen = new Set<string>();
    return variants.filter((v) => {
      v.tokens = dedupe(v.tokens);
      const key = v.tokens.map((t) => t.term + (t.prefix ? '*' : '') + (t.optional ? '?' : '')).join(' ');
      if (seen.has(key) || v.tokens.length === 0) return false;
      seen.add(key);
      this.markStops(v.tokens, lexicon);
      return true;
    });
  }

  /** Bare token i makes a catalogue pair with a neighbour that is not a filler itself. */
  private pairs(tokens: readonly QueryToken[], i: number, lexicon: Lexicon): boolean {
    const t = tokens[i] as QueryToken;
    if (t.accent !== undefined) return false;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    return (
      (before !== undefined && !this.singleStops.has(before.term) && lexicon.adjacent(before.term, t.term)) ||
      (after !== undefined && !this.singleStops.has(after.term) && lexicon.adjacent(t.term, after.term))
    );
  }

  private ruleAt(tokens: QueryToken[], i: number): CompiledRule | undefined {
    const rules = this.rulesByFirst.get((tokens[i] as QueryToken).term);
    if (!rules) return undefined;
    outer: for (const rule of rules) {
      if (i + rule.terms.length > tokens.length) continue;
      for (let k = 0; k < rule.terms.length; k++) {
        if ((tokens[i + k] as QueryToken).term !== rule.terms[k]) continue outer;
      }
      return rule;
    }
    return undefined;
  }

  /**
   * Marks the user's filler words optional. Words a rule brought in are the catalogue's and never
   * filler; a word typed with marks must match the filler's marks ("căn" is not "cần"); a bare
   * one-syllable filler that makes a pair of the catalogue's with a neighbour is that pair's
   * word ("cap thi thuc": thị thực, not thì).
   */
  private markStops(tokens: QueryToken[], lexicon: Lexicon): void {
    for (let i = 0; i < tokens.length; i++) {
      let n = 0;
      const stops = this.stopsByFirst.get((tokens[i] as QueryToken).term);
      if (stops === undefined) continue;
      for (const stop of stops) {
        const len = stop.terms.length;
        if (len <= n || i + len > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < len && ok; k++) {
          const t = tokens[i + k] as QueryToken;
          ok = !t.rewrite && t.term === stop.terms[k] && (t.accent === undefined || t.accent === stop.accents[k]);
        }
        if (ok && len === 1 && this.pairs(tokens, i, lexicon)) ok = false;
        if (ok) n = len;
      }
      for (let k = 0; k < n; k++) (tokens[i + k] as QueryToken).optional = true;
      if (n > 0) i += n - 1;
    }
    // A query made only of filler words still means something.
    if (tokens.every((t) => t.optional)) for (const t of tokens) t.optional = false;
  }
}

/**
 * Copies of the tokens, a complete syllable said twice kept once: a rewrite that repeats a word
 * of the query ("đăng ký" + "biển số" → "đăng ký xe") must not count that word twice.
 */
function dedupe(tokens: readonly QueryToken[]): QueryToken[] {
  const out: QueryToken[] = [];
  for (const t of tokens) {
    if (!t.prefix && out.some((o) => o.term === t.term && !o.prefix)) continue;
    out.push({ ...t });
  }
  return out;
}
