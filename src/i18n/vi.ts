/**
 * Vietnamese messages: the default catalogue and the source of the message keys.
 * Keys are grouped by prefix (`common.`, `status.`, `level.` …, then one prefix per element), one
 * file per group under vi/, so an element loads only the groups it shows (see MotcuaElement.catalogues).
 * Every key added there must also be added to en.ts (the type check enforces it).
 */
import { viCore } from './vi/core.js';
import { viSurvey } from './vi/survey.js';
import { viRoster } from './vi/roster.js';
import { viTracker } from './vi/tracker.js';
import { viStats } from './vi/stats.js';
import { viSearch } from './vi/search.js';
import { viDetail } from './vi/detail.js';
import { viQrLookup } from './vi/qr-lookup.js';
import { viQrPoster } from './vi/qr-poster.js';
import { viQueue } from './vi/queue.js';

/** The whole Vietnamese catalogue. */
export const vi = {
  ...viCore,
  ...viSurvey,
  ...viRoster,
  ...viTracker,
  ...viStats,
  ...viSearch,
  ...viDetail,
  ...viQrLookup,
  ...viQrPoster,
  ...viQueue,
} as const;
