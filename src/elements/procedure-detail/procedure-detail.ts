import { define } from '../shared/define.js';
import { MotcuaProcedureDetail } from './procedure-detail.component.js';

export { MotcuaProcedureDetail };

define('motcua-procedure-detail', MotcuaProcedureDetail);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-procedure-detail': MotcuaProcedureDetail;
  }
}
