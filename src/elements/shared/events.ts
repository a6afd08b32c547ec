/**
 * Typed motcua events. Elements add their own entries by declaration merging:
 *
 *   declare module '../shared/events.js' {
 *     interface MotcuaEventMap { 'motcua-select': { code: string } }
 *   }
 *
 * Every event is a bubbling, composed CustomEvent whose name starts with `motcua-`. The events of
 * one element are declared in its own folder (`<element>/events.ts`); only those several elements
 * fire are declared here.
 */
export interface MotcuaEventMap {
  /** A request failed; `error` is the SDK error, `message` what the element showed. */
  'motcua-error': { error: unknown; message: string };
  /**
   * A procedure was chosen or read (<motcua-qr-lookup>, <motcua-procedure-search>): its code, and the
   * procedure's summary when the element has it (procedure search). Cancelable where noted.
   */
  'motcua-select': { code: string; procedure?: import('../../model/procedure.js').ProcedureSummary };
}

export type MotcuaEventName = keyof MotcuaEventMap & `motcua-${string}`;

type MotcuaDomEvents = { [K in keyof MotcuaEventMap]: CustomEvent<MotcuaEventMap[K]> };

declare global {
  // Lets `el.addEventListener('motcua-error', (e) => e.detail.message)` type-check.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends MotcuaDomEvents {}
}
