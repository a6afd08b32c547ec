/**
 * motcua/search: Vietnamese procedure search that runs anywhere (Node, a worker, the page).
 *
 * Ranking, in short: every query syllable is matched exactly, as a prefix (the last one, while
 * typing) or with one typo (syllables of four letters or more, ranked below exact); each match
 * weighs its rarity (idf) times where it was found (name > keywords > field > agencies). Query
 * syllables found next to each other in the name, in order, earn a phrase bonus; the words of a
 * name the query does not cover cost by their own rarity (a rare word means the name is about
 * something else), and more for each qualifier ("cấp lại", "nước ngoài") the query did not ask
 * for. The share of a procedure's field the query names raises it; a level hint ("ở xã", "cấp
 * tỉnh") prefers that level. Procedure codes typed in full, as a base code or as a prefix come
 * first; a whole code that finds none matches nothing. Synonyms (./vocabulary) rewrite everyday
 * words and abbreviations into the catalogue's words; raw Telex and VNI typing is decoded.
 *
 * Matching set: a procedure matches when it covers at least 60% of the query weight that the
 * best-covered procedure covers (filler words excluded), so a stray word does not empty the
 * list. Facet counts are taken over that set with every filter applied except the facet's own.
 */
export { createProcedureIndex, loadProcedureIndex } from './procedure-index.js';
export { INDEX_VERSION, SearchIndexError, isSearchIndexError, type SerializedIndex, type ArrayName } from './serialize.js';
export { fold, tokenize, canonical, accentKey, type Tokens } from './fold.js';
export { defaultSynonyms, defaultStopPhrases, type SynonymRule } from './synonyms.js';
export { defaultLevelHints, type LevelHint } from './vocabulary/levels.js';
export type {
  SearchableProcedure,
  ProcedureIndex,
  ProcedureIndexOptions,
  SearchOptions,
  SearchFilters,
  SearchResult,
  SearchHit,
  SearchMatch,
  MatchKey,
  Facets,
  FacetName,
  FacetValue,
} from './types.js';
