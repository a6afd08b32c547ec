/** Events of <motcua-duty-roster>, added to the typed motcua event map. */

export interface RosterWeekChangeDetail {
  /** The ISO week now shown, `YYYY-Www`. */
  week: string;
}

declare module '../shared/events.js' {
  interface MotcuaEventMap {
    /** <motcua-duty-roster>: the reader moved to another ISO week. */
    'motcua-week-change': RosterWeekChangeDetail;
  }
}
