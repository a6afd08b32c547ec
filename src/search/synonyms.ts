/**
 * Everyday words and abbreviations citizens type, and what the catalogue calls the same thing.
 *
 * Data, not code: a portal adds its own through `createProcedureIndex(list, { synonyms })`; they
 * are merged with these. Spelling does not matter (rules are folded when the index is built).
 * A rule fires when the query contains one of `terms` as consecutive syllables; the index then
 * also searches the query with that part replaced by each of `means`.
 */
import { abbreviations } from './vocabulary/abbreviations.js';
import { colloquial } from './vocabulary/colloquial.js';

export interface SynonymRule {
  /** What people type: abbreviations, colloquial names, old names. */
  readonly terms: readonly string[];
  /** What the catalogue says instead; each is tried as a phrase. */
  readonly means: readonly string[];
}

/**
 * Abbreviations work both ways: names write "công ty TNHH" as often as "công ty trách nhiệm hữu
 * hạn", so the full form typed also searches the short one.
 */
function reversed(rules: readonly SynonymRule[]): SynonymRule[] {
  return rules.flatMap((rule) => rule.means.filter((m) => m.includes(' ')).map((m) => ({ terms: [m], means: rule.terms })));
}

/** The built-in rules: abbreviations (both ways), then everyday words (see ./vocabulary). */
export const defaultSynonyms: readonly SynonymRule[] = [...abbreviations, ...colloquial, ...reversed(abbreviations)];

export { defaultStopPhrases } from './vocabulary/fillers.js';
