import { loadSampleData, type SampleData } from '../../../server/data/index.js';

/** A fixed "today" (Saturday 21/11/2026, 12:00 in Hà Nội) so the tests do not depend on the clock. */
export const TODAY = new Date('2026-11-21T05:00:00Z');
export const TODAY_ISO = '2026-11-21';

let cached: SampleData | undefined;
export function sample(): SampleData {
  cached ??= loadSampleData(TODAY);
  return cached;
}
