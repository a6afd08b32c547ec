/** Events of <motcua-queue-status>, added to the typed motcua event map. */
export {};

declare module '../shared/events.js' {
  interface MotcuaEventMap {
    /** <motcua-queue-status>: the citizen started or stopped following a ticket (`number` null). */
    'motcua-ticket-change': { number: number | null };
    /** <motcua-queue-status>: the followed ticket was called to `counter`. */
    'motcua-your-turn': { number: number; counter: string };
  }
}
