/**
 * The search's state in the host page's URL (`?q=…&linh_vuc=…`), so a result list can be
 * bookmarked or shared. Vietnamese parameter names, as portals' own URLs use them.
 */
import type { FacetName } from '../../search/types.js';

export interface SearchState {
  q: string;
  filters: Partial<Record<FacetName, string>>;
}

export const URL_PARAMS: Record<'q' | FacetName, string> = {
  q: 'q',
  field: 'linh_vuc',
  level: 'cap',
  channel: 'kenh',
  onlineLevel: 'muc_do',
};

const FACETS: FacetName[] = ['field', 'level', 'channel', 'onlineLevel'];

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FACETS) {
    const value = params.get(URL_PARAMS[name])?.trim();
    if (value) filters[name] = value.slice(0, 50);
  }
  return { q: (params.get(URL_PARAMS.q) ?? '').slice(0, 200), filters };
}

/** The URL's search string with the state written in; other parameters are kept as they were. */
export function writeSearchState(search: string, state: SearchState): string {
  const params = new URLSearchParams(search);
  const q = state.q.trim();
  if (q) params.set(URL_PARAMS.q, q);
  else params.delete(URL_PARAMS.q);
  for (const name of FACETS) {
    const value = state.filters[name];
    if (value) params.set(URL_PARAMS[name], value);
    else params.delete(URL_PARAMS[name]);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
