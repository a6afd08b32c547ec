// Code/key pairs of the sample dossiers the reference API serves today (browser tests import
// this; the data is deterministic for the day, and dates are relative to it).
import { todayIso } from '../../src/calendar/index.js';
import type { Dossier } from '../../src/model/dossier.js';
import { buildDossiers } from '../../server/data/dossiers.js';
import { buildProcedures } from '../../server/data/procedures.js';

export interface Sample {
  code: string;
  lookupKey: string;
  dossier: Dossier;
}

let cache: Sample[] | undefined;

export function samples(): Sample[] {
  cache ??= buildDossiers(todayIso('Asia/Ho_Chi_Minh'), buildProcedures()).map(({ dossier, lookupKey }) => ({
    code: dossier.code,
    lookupKey,
    dossier,
  }));
  return cache;
}

export function sample(test: (d: Dossier) => boolean): Sample {
  const hit = samples().find((s) => test(s.dossier));
  if (!hit) throw new Error('no sample dossier matches');
  return hit;
}
