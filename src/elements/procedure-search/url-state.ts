/**
 * The search's state in the host page's URL (`?q=…&linh_vuc=…`), so a result list can be
 * bookmarked or shared. Vietnamese parameter names, as portals' own URLs use them.
 */
import { FACET_NAMES, FACETS, type FacetName } from '../../domain/facets.js';

export interface SearchState {
  q: string;
  filters: Partial<Record<FacetName, string>>;
}

/** `q` and each facet's parameter, from the facet descriptors. */
export const URL_PARAMS = {
  q: 'q',
  ...Object.fromEntries(FACET_NAMES.map((name) => [name, FACETS[name].param])),
} as Record<'q' | FacetName, string>;

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FACET_NAMES) {
    const value = params.get(URL_PARAMS[name])?.trim();
    if (value) filters[name] = value.slice(0, FACETS[name].maxLength);
  }
  return { q: (params.get(URL_PARAMS.q) ?? '').slice(0, 200), filters };
}

/** The URL's search string with the state written in; other parameters are kept as they were. */
export function writeSearchState(search: string, state: SearchState): string {
  const params = new URLSearchParams(search);
  const q = state.q.trim();
  if (q) params.set(URL_PARAMS.q, q);
  else params.delete(URL_PARAMS.q);
  for (const name of FACET_NAMES) {
    const value = state.filters[name];
    if (value) params.set(URL_PARAMS[name], value);
    else params.delete(URL_PARAMS[name]);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
