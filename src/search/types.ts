import type { SerializedIndex } from './serialize.js';
import type { SynonymRule } from './synonyms.js';

/**
 * What the index needs of a procedure: only `code` and `name`. The model's Procedure fits this
 * shape structurally, so the index takes it as it is and hands it back in hits.
 */
export interface SearchableProcedure {
  readonly code: string;
  readonly name: string;
  readonly field?: { readonly code: string; readonly name: string } | string | undefined;
  readonly levels?: readonly string[] | undefined;
  readonly agencies?: readonly { readonly name: string }[] | undefined;
  readonly keywords?: readonly string[] | undefined;
  readonly onlineLevel?: string | undefined;
  readonly channels?: readonly { readonly kind: string }[] | undefined;
}

export interface ProcedureIndexOptions<P extends SearchableProcedure = SearchableProcedure> {
  /** Extra synonyms (a portal's own words), merged with {@link defaultSynonyms}. */
  synonyms?: readonly SynonymRule[];
  /** Set to false to use only `synonyms` (default true). */
  defaultSynonyms?: boolean;
  /** Extra filler words or phrases that a procedure does not need to contain. */
  stopPhrases?: readonly string[];
  /**
   * Extra qualifiers: words that mark a variant of a basic procedure ("cấp lại", "nước ngoài"),
   * ranked below the basic one unless the query asks for them.
   */
  qualifiers?: readonly string[];
  /**
   * A multiplier per procedure, for what the portal knows and the text does not: popularity
   * (dossiers per year), a featured list. Default 1.
   */
  boost?: (procedure: P) => number;
}

/** Which text of the procedure matched. */
export type MatchKey = 'name' | 'code' | 'keywords' | 'field' | 'agencies';

export interface SearchMatch {
  key: MatchKey;
  /** Which keyword or agency, for the array-valued keys. */
  index?: number;
  /** [start, end) ranges on the original (accented) text, ready for highlighting. */
  ranges: [number, number][];
}

export interface SearchHit<P extends SearchableProcedure = SearchableProcedure> {
  code: string;
  score: number;
  procedure: P;
  matches: SearchMatch[];
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/** The facets are described once, in src/domain/facets.ts. */
export type { FacetName } from '../domain/facets.js';
import type { FacetName } from '../domain/facets.js';

/**
 * Counts per value over the procedures that match the query and every filter of the OTHER
 * facets (disjunctive faceting): choosing a field still shows how many each other field has.
 */
export type Facets = Record<FacetName, FacetValue[]>;

/** A value, or several (any of them), per facet. `field` accepts the field's code or name. */
export type SearchFilters = Partial<Record<FacetName, string | readonly string[] | undefined>>;

export interface SearchOptions {
  /** Hits to return (default 20). `total` always counts them all. */
  limit?: number;
  /** Hits to skip, for paging (default 0). */
  offset?: number;
  filters?: SearchFilters;
}

export interface SearchResult<P extends SearchableProcedure = SearchableProcedure> {
  hits: SearchHit<P>[];
  total: number;
  facets: Facets;
}

export interface ProcedureIndex<P extends SearchableProcedure = SearchableProcedure> {
  search(query: string, options?: SearchOptions): SearchResult<P>;
  /** Number of procedures indexed. */
  readonly size: number;
  /** The index as JSON-safe data, for `loadProcedureIndex` with the same procedures. */
  serialize(): SerializedIndex;
}
