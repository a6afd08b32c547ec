/**
 * One dynamic import per element, so the script-tag bundle can fetch an element's code only when
 * a page uses it (each becomes its own lazy chunk). test/tooling checks this list against the
 * element folders.
 */
export const elementLoaders: Record<string, () => Promise<unknown>> = {
  'motcua-provider': () => import('./elements/provider/provider.js'),
  'motcua-procedure-search': () => import('./elements/procedure-search/procedure-search.js'),
  'motcua-procedure-detail': () => import('./elements/procedure-detail/procedure-detail.js'),
  'motcua-dossier-tracker': () => import('./elements/dossier-tracker/dossier-tracker.js'),
  'motcua-qr-lookup': () => import('./elements/qr-lookup/qr-lookup.js'),
  'motcua-qr-poster': () => import('./elements/qr-poster/qr-poster.js'),
  'motcua-satisfaction-survey': () => import('./elements/satisfaction-survey/satisfaction-survey.js'),
  'motcua-duty-roster': () => import('./elements/duty-roster/duty-roster.js'),
  'motcua-stats': () => import('./elements/stats/stats.js'),
  'motcua-queue-status': () => import('./elements/queue-status/queue-status.js'),
};
