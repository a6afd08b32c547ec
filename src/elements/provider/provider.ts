import { define } from '../shared/define.js';
import { MotcuaProvider } from './provider.component.js';

export { MotcuaProvider };

define('motcua-provider', MotcuaProvider);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-provider': MotcuaProvider;
  }
}
