/**
 * motcua/search: Vietnamese procedure search that runs anywhere (Node, a worker, the page).
 *
 * Ranking, in short: every query syllable is matched exactly, as a prefix (the last one, while
 * typing) or with one typo (syllables of four letters or more, ranked below exact); each match
 * weighs its rarity (idf) times where it was found (name > keywords > field > agencies). Query
 * syllables found next to each other in the name, in order, earn a phrase bonus; names padded
 * with words the query does not cover lose a little, and more for each qualifier ("cấp lại",
 * "nước ngoài") the query did not ask for. Procedure codes typed in full, as a base code or as a
 * prefix come first; a whole code that finds none matches nothing. Synonyms rewrite everyday
 * words into the catalogue's words.
 *
 * Matching set: a procedure matches when it covers at least 60% of the query weight that the
 * best-covered procedure covers (filler words excluded), so a stray word does not empty the
 * list. Facet counts are taken over that set with every filter applied except the facet's own.
 */
export { createProcedureIndex, loadProcedureIndex } from './procedure-index.js';
export { INDEX_VERSION, SearchIndexError, isSearchIndexError, type SerializedIndex } from './serialize.js';
export { fold, tokenize, canonical, accentKey, type Tokens } from './fold.js';
export { defaultSynonyms, defaultStopPhrases, type SynonymRule } from './synonyms.js';
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
