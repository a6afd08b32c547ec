import { define } from '../shared/define.js';
import { MotcuaQrLookup } from './qr-lookup.component.js';

export { MotcuaQrLookup };

define('motcua-qr-lookup', MotcuaQrLookup);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-qr-lookup': MotcuaQrLookup;
  }
}
