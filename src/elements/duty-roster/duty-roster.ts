import { define } from '../shared/define.js';
import { MotcuaDutyRoster } from './duty-roster.component.js';

export { MotcuaDutyRoster };

define('motcua-duty-roster', MotcuaDutyRoster);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-duty-roster': MotcuaDutyRoster;
  }
}
