/**
 * What the tracker shows, as one value: the form, a look-up on its way, a dossier, or an error.
 * Each state carries only what it needs, so leaving one (a new look-up, a found dossier) cannot
 * leave a piece of another behind, such as an old error box.
 */
import type { Dossier } from '../../model/dossier.js';
import type { Progress } from './progress.js';
import type { LookupField, LookupProblem } from './validate.js';

/** What went wrong, in the terms a citizen can act on. */
export type TrackerErrorKind = 'not-found' | 'too-many' | 'offline' | 'other';

export interface LookupRequest {
  code: string;
  lookupKey: string;
}

/** A dossier on display, with its working days once the holiday lists are in. */
export interface Shown {
  request: LookupRequest;
  dossier: Dossier;
  /** Undefined until counted, or when the dossier ended without a result. */
  progress?: Progress;
  /** The holiday lists could not be loaded: the days are not counted. */
  holidaysFailed: boolean;
  updatedAt: Date;
}

export type TrackerView =
  | { kind: 'form'; problems: Partial<Record<LookupField, LookupProblem>> }
  /** `previous`: the dossier still shown while it is refreshed. */
  | { kind: 'loading'; request: LookupRequest; previous?: Shown }
  | ({ kind: 'shown' } & Shown)
  /** `previous`: the dossier still shown when its refresh failed. */
  | { kind: 'error'; errorKind: TrackerErrorKind; error: unknown; request: LookupRequest; previous?: Shown };

export const FORM: TrackerView = { kind: 'form', problems: {} };

/** The dossier the view shows, if any. */
export function shownOf(view: TrackerView): Shown | undefined {
  if (view.kind === 'shown') return view;
  if (view.kind === 'loading' || view.kind === 'error') return view.previous;
  return undefined;
}
