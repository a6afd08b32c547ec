import '../procedure-detail/procedure-detail.js';
import { define } from '../shared/define.js';
import { MotcuaProcedureSearch } from './procedure-search.component.js';

export { MotcuaProcedureSearch };

define('motcua-procedure-search', MotcuaProcedureSearch);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-procedure-search': MotcuaProcedureSearch;
  }
}
