/**
 * How an element loads each resource it calls (see lazy-client.ts): one dynamic import per
 * resource, so a widget's page fetches only the schemas of the calls that widget makes.
 */
import type { ResourceLoaders } from './lazy-client.js';

export const resourceLoaders = {
  procedures: () => import('../../api/procedures.js').then((m) => m.proceduresResource),
  dossiers: () => import('../../api/dossiers.js').then((m) => m.dossiersResource),
  calendar: () => import('../../api/calendar.js').then((m) => m.calendarResource),
  surveys: () => import('../../api/surveys.js').then((m) => m.surveysResource),
  roster: () => import('../../api/roster.js').then((m) => m.rosterResource),
  stats: () => import('../../api/stats.js').then((m) => m.statsResource),
  queue: () => import('../../api/queue.js').then((m) => m.queueResource),
} satisfies Required<ResourceLoaders>;
