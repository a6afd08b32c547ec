/** Events of <motcua-qr-lookup>, added to the typed motcua event map. */
import type { QrPayload } from '../../qr/parse.js';

/** Where a payload came from. */
export type QrSource = 'camera' | 'image' | 'typed';

export interface QrScanDetail {
  payload: QrPayload;
  source: QrSource;
}

export interface QrDossierDetail {
  code: string;
  /** Present when the code came with its look-up key (a motcua link or receipt text). */
  lookupKey?: string;
}

declare module '../shared/events.js' {
  interface MotcuaEventMap {
    /** <motcua-qr-lookup>: a code was read (camera, image or typed), whatever it means. Cancelable: cancel to skip the default action. */
    'motcua-scan': QrScanDetail;
    /** <motcua-qr-lookup>: a dossier code was read. Cancelable: cancel to keep it from the tracker. */
    'motcua-dossier': QrDossierDetail;
  }
}
