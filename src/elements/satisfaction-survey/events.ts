/** Events of <motcua-satisfaction-survey>, added to the typed motcua event map. */
import type { SurveyReceipt } from '../../model/index.js';

export type SurveySubmitDetail =
  | {
      /** The server stored it (201) or had it already (200 duplicate). */
      queued: false;
      receipt: SurveyReceipt;
      idempotencyKey: string;
      /** True when a response queued earlier (maybe before a reload) was sent now. */
      fromOutbox: boolean;
    }
  | {
      /** Kept on the device; sent when the network returns (a later event carries the receipt). */
      queued: true;
      idempotencyKey: string;
    };

declare module '../shared/events.js' {
  interface MotcuaEventMap {
    /** <motcua-satisfaction-survey>: a response was stored by the server (`receipt`) or queued on the device. */
    'motcua-submit': SurveySubmitDetail;
  }
}
