import { define } from '../shared/define.js';
import { MotcuaStats } from './stats.component.js';

export { MotcuaStats };

define('motcua-stats', MotcuaStats);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-stats': MotcuaStats;
  }
}
