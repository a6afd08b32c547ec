/**
 * The search facets, one descriptor each. The model's query schema (ProcedureQuery), the SDK's
 * query, the server's query parsing, the search index's filters and counts, and the search
 * element's chips, labels and URL all derive theirs from {@link FACETS}: adding a facet is an
 * entry here (plus its messages in i18n).
 */

export const LEVELS = ['ministry', 'province', 'district', 'commune'] as const;
export const CHANNELS = ['in-person', 'online', 'postal'] as const;
/** Current data says `full` (toàn trình) or `partial` (một phần); older data, `level-2`…`level-4`. */
export const ONLINE_LEVELS = ['full', 'partial', 'level-2', 'level-3', 'level-4'] as const;

/** The facets' names; `FACETS` below must describe each (the compiler checks both ways). */
export type FacetName = 'field' | 'level' | 'channel' | 'onlineLevel';

/** What a facet reads from a procedure (the index needs no more of it than this). */
export interface FacetSource {
  readonly field?: { readonly code: string; readonly name: string } | string | undefined;
  readonly levels?: readonly string[] | undefined;
  readonly onlineLevel?: string | undefined;
  readonly channels?: readonly { readonly kind: string }[] | undefined;
}

export interface FacetDescriptor {
  /** The host page's URL parameter (Vietnamese, as portals' own URLs name them). */
  readonly param: string;
  /** The values the API accepts; undefined for an open list (field codes come from the data). */
  readonly values: readonly string[] | undefined;
  /** Longest value the API accepts. */
  readonly maxLength: number;
  /** Message key of the facet's name (`search.facet.<name>`). */
  readonly labelKey: string;
  /** Message key prefix of a value's label (`level.` + `ministry`); undefined: the data's label. */
  readonly valuePrefix: string | undefined;
  /** The procedure's values of this facet, with their labels. */
  read(p: FacetSource, add: (value: string, label: string) => void): void;
}

/** The longest value of a closed list. */
const longest = (values: readonly string[]): number => values.reduce((max, v) => Math.max(max, v.length), 0);

export const FACETS = {
  field: {
    param: 'linh_vuc', values: undefined, maxLength: 50, labelKey: 'search.facet.field', valuePrefix: undefined,
    read(p, add) {
      if (typeof p.field === 'string') add(p.field, p.field);
      else if (p.field) add(p.field.code, p.field.name);
    },
  },
  level: {
    param: 'cap', values: LEVELS, maxLength: /*#__PURE__*/ longest(LEVELS), labelKey: 'search.facet.level', valuePrefix: 'level.',
    read(p, add) {
      for (const l of p.levels ?? []) add(l, l);
    },
  },
  channel: {
    param: 'kenh', values: CHANNELS, maxLength: /*#__PURE__*/ longest(CHANNELS), labelKey: 'search.facet.channel', valuePrefix: 'channel.',
    read(p, add) {
      for (const c of p.channels ?? []) add(c.kind, c.kind);
    },
  },
  onlineLevel: {
    param: 'muc_do', values: ONLINE_LEVELS, maxLength: /*#__PURE__*/ longest(ONLINE_LEVELS), labelKey: 'search.facet.onlineLevel', valuePrefix: 'onlineLevel.',
    read(p, add) {
      if (p.onlineLevel !== undefined) add(p.onlineLevel, p.onlineLevel);
    },
  },
} as const satisfies Record<FacetName, FacetDescriptor>;

/** The facets in display order. */
export const FACET_NAMES = /*#__PURE__*/ Object.keys(FACETS) as FacetName[];

/** The value type of a facet: its closed list's members, or any string. */
export type FacetValueOf<K extends FacetName> = (typeof FACETS)[K]['values'] extends readonly (infer V)[] ? V : string;

/** A value a URL or a query gives for `name`, if the API would accept it. */
export function acceptsFacetValue(name: FacetName, value: string): boolean {
  const facet: FacetDescriptor = FACETS[name];
  return value.length > 0 && value.length <= facet.maxLength && (!facet.values || facet.values.includes(value));
}
