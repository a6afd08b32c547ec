import { define } from '../shared/define.js';
import { MotcuaDossierTracker } from './dossier-tracker.component.js';

export { MotcuaDossierTracker };

define('motcua-dossier-tracker', MotcuaDossierTracker);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-dossier-tracker': MotcuaDossierTracker;
  }
}
