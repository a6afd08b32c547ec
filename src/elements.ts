/**
 * Registers every motcua element (`import 'motcua/elements'`). Each line is one element's define
 * file; importing a single one (`motcua/elements/provider.js`) registers just that element.
 */
import './elements/provider/provider.js';
import './elements/qr-lookup/qr-lookup.js';
import './elements/qr-poster/qr-poster.js';
import './elements/dossier-tracker/dossier-tracker.js';
import './elements/stats/stats.js';
import './elements/duty-roster/duty-roster.js';
import './elements/satisfaction-survey/satisfaction-survey.js';
import './elements/procedure-search/procedure-search.js';
import './elements/procedure-detail/procedure-detail.js';
import './elements/queue-status/queue-status.js';

export { MotcuaProvider } from './elements/provider/provider.component.js';
export { MotcuaQrLookup } from './elements/qr-lookup/qr-lookup.component.js';
export { MotcuaQrPoster } from './elements/qr-poster/qr-poster.component.js';
export { MotcuaDossierTracker } from './elements/dossier-tracker/dossier-tracker.component.js';
export { MotcuaStats } from './elements/stats/stats.component.js';
export { MotcuaDutyRoster } from './elements/duty-roster/duty-roster.component.js';
export { MotcuaSatisfactionSurvey } from './elements/satisfaction-survey/satisfaction-survey.component.js';
export { MotcuaProcedureSearch } from './elements/procedure-search/procedure-search.component.js';
export { MotcuaProcedureDetail } from './elements/procedure-detail/procedure-detail.component.js';
export { MotcuaQueueStatus } from './elements/queue-status/queue-status.component.js';
export { MotcuaElement } from './elements/shared/motcua-element.js';
export { define } from './elements/shared/define.js';
export { registerMessages } from './i18n/i18n.js';
export type { Message, MessageKey, Messages, PartialMessages } from './i18n/messages.js';
