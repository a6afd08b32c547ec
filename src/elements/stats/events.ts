/** Events of <motcua-stats>, added to the typed motcua event map. */
import type { StatsGroupBy } from '../../model/stats.js';

export interface StatsPeriodChangeDetail {
  /** First day (`YYYY-MM-DD`), or undefined for the API's default (1 January of this year). */
  from?: string;
  /** Last day, or undefined for today. */
  to?: string;
  groupBy: StatsGroupBy;
}

declare module '../shared/events.js' {
  interface MotcuaEventMap {
    /** <motcua-stats>: the reader chose another grouping or date range (the figures reload). */
    'motcua-period-change': StatsPeriodChangeDetail;
  }
}
