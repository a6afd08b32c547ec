import { define } from '../shared/define.js';
import { MotcuaProcedureSearch } from './procedure-search.component.js';

export { MotcuaProcedureSearch };

// The chosen procedure's detail: its code loads when a procedure is first chosen, not with the search.
MotcuaProcedureSearch.loadDetail ??= () => import('../procedure-detail/procedure-detail.js');
define('motcua-procedure-search', MotcuaProcedureSearch);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-procedure-search': MotcuaProcedureSearch;
  }
}
