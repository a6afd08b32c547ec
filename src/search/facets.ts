/**
 * Facets (field, level, channel, online level): values per procedure in flat arrays, filters
 * compiled to value ids, and disjunctive counts (each facet counted with the other facets'
 * filters only).
 */
import { FACET_NAMES, FACETS as DESCRIPTORS, type FacetDescriptor } from '../domain/facets.js';
import type { FacetName, Facets, FacetValue, SearchableProcedure, SearchFilters } from './types.js';

let vi: Intl.Collator | undefined;
/** One Vietnamese collator for every count (making one per comparison is slow). */
const collator = (): Intl.Collator => (vi ??= new Intl.Collator('vi'));

/** The facets in their order (compiled filters are indexed by it). */
export const FACETS: readonly FacetName[] = FACET_NAMES;

interface FacetTable {
  ids: Map<string, number>;
  values: string[];
  labels: string[];
  /** Value ids of procedure d: flat[start[d]] … flat[start[d + 1] - 1]. */
  start: Int32Array;
  flat: Int32Array;
  /** Each value's place when the labels are sorted the Vietnamese way (equal labels share one). */
  order?: Int32Array;
}

/** Places of the labels in Vietnamese order, made once per table rather than compared per count. */
function labelOrder(labels: readonly string[]): Int32Array {
  const compare = collator().compare;
  const ids = labels.map((_, i) => i).sort((a, b) => compare(labels[a] as string, labels[b] as string));
  const order = new Int32Array(labels.length);
  for (let k = 1; k < ids.length; k++) {
    const same = compare(labels[ids[k - 1] as number] as string, labels[ids[k] as number] as string) === 0;
    order[ids[k] as number] = same ? (order[ids[k - 1] as number] as number) : k;
  }
  return order;
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
    return { ids: this.ids, values: this.values, labels: this.labels, start: this.start, flat: new Int32Array(this.flat) };
  }
}

/**
 * One facet's table, in one pass over the procedures reading its values through its descriptor
 * (a pass per facet: each loop calls one reader, which V8 keeps optimised build after build).
 */
function tableOf(procedures: readonly SearchableProcedure[], read: FacetDescriptor['read']): FacetTable {
  const builder = new FacetBuilder(procedures.length);
  let doc = 0;
  const add = (value: string, label: string): void => builder.add(doc, value, label);
  for (; doc < procedures.length; doc++) {
    read(procedures[doc] as SearchableProcedure, add);
    builder.next(doc);
  }
  return builder.done();
}

/** Compiled filters: per facet, the wanted value ids (undefined: no filter). */
export type CompiledFilters = (Set<number> | undefined)[];

export class FacetIndex {
  private readonly tables: Record<FacetName, FacetTable>;

  constructor(procedures: readonly SearchableProcedure[]) {
    const tables = {} as Record<FacetName, FacetTable>;
    for (const facet of FACETS) tables[facet] = tableOf(procedures, DESCRIPTORS[facet].read);
    this.tables = tables;
  }

  compile(filters: SearchFilters | undefined): CompiledFilters {
    return FACETS.map((facet) => {
      const wanted = filters?.[facet];
      if (wanted === undefined) return undefined;
      const list = typeof wanted === 'string' ? [wanted] : wanted;
      if (list.length === 0) return undefined;
      const table = this.tables[facet];
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

  /** True when procedure `doc` passes every filter (but the one of facet index `except`). */
  passes(doc: number, filters: CompiledFilters, except: number | undefined): boolean {
    for (let f = 0; f < FACETS.length; f++) {
      const wanted = filters[f];
      if (!wanted || f === except) continue;
      const table = this.tables[FACETS[f] as FacetName];
      let any = false;
      const end = table.start[doc + 1] as number;
      for (let k = table.start[doc] as number; k < end && !any; k++) any = wanted.has(table.flat[k] as number);
      if (!any) return false;
    }
    return true;
  }

  count(matched: ArrayLike<number>, length: number, filters: CompiledFilters): Facets {
    const out = {} as Facets;
    const anyFilter = filters.some(Boolean);
    FACETS.forEach((facet, f) => {
      const table = this.tables[facet];
      const counts = new Int32Array(table.values.length);
      for (let i = 0; i < length; i++) {
        const doc = matched[i] as number;
        if (anyFilter && !this.passes(doc, filters, f)) continue;
        const end = table.start[doc + 1] as number;
        for (let k = table.start[doc] as number; k < end; k++) counts[table.flat[k] as number]!++;
      }
      const present: number[] = [];
      for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) present.push(i);
      const order = (table.order ??= labelOrder(table.labels));
      present.sort((a, b) => counts[b]! - counts[a]! || order[a]! - order[b]! || a - b);
      out[facet] = present.map((i) => ({ value: table.values[i] as string, label: table.labels[i] as string, count: counts[i] as number }));
    });
    return out;
  }
}
