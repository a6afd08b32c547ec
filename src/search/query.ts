/**
 * Turns what the citizen typed into the queries the index runs: syllable tokens, joined
 * syllables split ("dangky"), synonym rewrites, and filler words marked optional.
 */
import { accentKey, hasMarks, tokenize } from './fold.js';
import type { SynonymRule } from './synonyms.js';

export interface QueryToken {
  term: string;
  /** Accent key when the user typed this syllable with marks. */
  accent?: string | undefined;
  /** The last syllable while typing: also matches longer syllables. */
  prefix: boolean;
  /** A filler word: scored when present, never required. */
  optional: boolean;
  /**
   * Set on the literal words of a phrase a synonym rule rewrote ("sổ đỏ"): the same number on
   * each. Taken literally, such words count only when they stand together.
   */
  phrase?: number;
}

export interface QueryVariant {
  tokens: QueryToken[];
  /** Came from a synonym rule rather than the literal words. */
  rewritten: boolean;
}

interface CompiledRule {
  terms: string[];
  means: string[][];
}

const MAX_VARIANTS = 12;

function termsOf(text: string): string[] {
  return tokenize(text).terms;
}

export class QueryPlanner {
  private readonly rulesByFirst = new Map<string, CompiledRule[]>();
  private readonly stops: string[][];
  /** Every syllable a rule mentions: never split, it is a word people type ("photo", "cccd"). */
  private readonly ruleTerms = new Set<string>();

  constructor(rules: readonly SynonymRule[], stopPhrases: readonly string[]) {
    for (const rule of rules) {
      const means = rule.means.map(termsOf).filter((m) => m.length > 0);
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
    for (const list of this.rulesByFirst.values()) list.sort((a, b) => b.terms.length - a.terms.length);
    this.stops = stopPhrases.map(termsOf).filter((s) => s.length > 0);
    this.stops.sort((a, b) => b.length - a.length);
  }

  /**
   * Literal tokens of the text part of a query. `split` breaks an unknown token into known
   * syllables (or returns undefined).
   */
  tokens(text: string, prefixLast: boolean, split: (term: string, last: boolean) => string[] | undefined): QueryToken[] {
    const { terms, starts, ends } = tokenize(text);
    const out: QueryToken[] = [];
    terms.forEach((term, i) => {
      const last = i === terms.length - 1;
      const original = text.slice(starts[i], ends[i]);
      const pieces = this.ruleTerms.has(term) ? undefined : split(term, last && prefixLast);
      if (pieces) {
        pieces.forEach((piece, j) =>
          out.push({ term: piece, prefix: last && prefixLast && j === pieces.length - 1, optional: false }),
        );
      } else {
        out.push({
          term,
          accent: hasMarks(original) ? accentKey(original) : undefined,
          prefix: last && prefixLast,
          optional: false,
        });
      }
    });
    return out;
  }

  /** The literal query first, then each synonym rewrite (bounded). */
  variants(tokens: QueryToken[]): QueryVariant[] {
    // Segments: runs of literal tokens, or a span a rule matched with its alternatives.
    const segments: { literal: QueryToken[]; alternatives: string[][] }[] = [];
    let run: QueryToken[] = [];
    for (let i = 0; i < tokens.length; ) {
      const rule = this.ruleAt(tokens, i);
      if (rule) {
        if (run.length) segments.push({ literal: run, alternatives: [] });
        run = [];
        segments.push({ literal: tokens.slice(i, i + rule.terms.length), alternatives: rule.means });
        i += rule.terms.length;
      } else {
        run.push(tokens[i] as QueryToken);
        i++;
      }
    }
    if (run.length) segments.push({ literal: run, alternatives: [] });

    let variants: QueryVariant[] = [{ tokens: [], rewritten: false }];
    segments.forEach((segment, phrase) => {
      const literal = segment.alternatives.length ? segment.literal.map((t) => ({ ...t, phrase })) : segment.literal;
      const next: QueryVariant[] = [];
      for (const variant of variants) {
        next.push({ tokens: [...variant.tokens, ...literal], rewritten: variant.rewritten });
        for (const alternative of segment.alternatives) {
          if (next.length >= MAX_VARIANTS) break;
          const replaced = alternative.map((term) => ({ term, prefix: false, optional: false }));
          next.push({ tokens: [...variant.tokens, ...replaced], rewritten: true });
        }
      }
      variants = next.slice(0, MAX_VARIANTS);
    });
    const seen = new Set<string>();
    return variants.filter((v) => {
      const key = v.tokens.map((t) => t.term + (t.prefix ? '*' : '')).join(' ');
      if (seen.has(key) || v.tokens.length === 0) return false;
      seen.add(key);
      // Copies: the literal tokens are shared between variants and marking is per variant.
      v.tokens = v.tokens.map((t) => ({ ...t }));
      this.markStops(v.tokens);
      return true;
    });
  }

  private ruleAt(tokens: QueryToken[], i: number): CompiledRule | undefined {
    const first = tokens[i] as QueryToken;
    const rules = this.rulesByFirst.get(first.term);
    if (!rules) return undefined;
    outer: for (const rule of rules) {
      if (i + rule.terms.length > tokens.length) continue;
      for (let k = 0; k < rule.terms.length; k++) {
        const token = tokens[i + k] as QueryToken;
        if ((tokens[i + k] as QueryToken).term !== rule.terms[k]) continue outer;
      }
      return rule;
    }
    return undefined;
  }

  private markStops(tokens: QueryToken[]): void {
    for (let i = 0; i < tokens.length; i++) {
      for (const stop of this.stops) {
        if (i + stop.length > tokens.length) continue;
        if (stop.every((term, k) => (tokens[i + k] as QueryToken).term === term)) {
          for (let k = 0; k < stop.length; k++) (tokens[i + k] as QueryToken).optional = true;
          break;
        }
      }
    }
    // A query made only of filler words still means something.
    if (tokens.every((t) => t.optional)) for (const t of tokens) t.optional = false;
  }
}
