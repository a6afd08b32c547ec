import { define } from '../shared/define.js';
import { MotcuaQrPoster } from './qr-poster.component.js';

export { MotcuaQrPoster };

define('motcua-qr-poster', MotcuaQrPoster);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-qr-poster': MotcuaQrPoster;
  }
}
