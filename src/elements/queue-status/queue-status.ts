import { define } from '../shared/define.js';
import { MotcuaQueueStatus } from './queue-status.component.js';

export { MotcuaQueueStatus };

define('motcua-queue-status', MotcuaQueueStatus);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-queue-status': MotcuaQueueStatus;
  }
}
