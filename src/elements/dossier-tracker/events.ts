/** Events of <motcua-dossier-tracker>, added to the typed motcua event map. */
import type { Dossier } from '../../model/dossier.js';

export interface TrackerLookupDetail {
  /** The normalised dossier code being looked up (never the key). */
  code: string;
}

export interface TrackerResultDetail {
  dossier: Dossier;
}

declare module '../shared/events.js' {
  interface MotcuaEventMap {
    /** <motcua-dossier-tracker>: a look-up (or refresh) is being sent. */
    'motcua-lookup': TrackerLookupDetail;
    /** <motcua-dossier-tracker>: a dossier was found and is shown. */
    'motcua-result': TrackerResultDetail;
  }
}
