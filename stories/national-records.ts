// The real national records copied into server/data by scripts/national-sample.mjs (from
// ../shared/national), converted as `motcua import-national` converts them.
import { NATIONAL_CATALOGUE } from '../server/data/national-catalogue.js';
import { NATIONAL_RECORDS } from '../server/data/national-records.js';
import type { Procedure } from '../src/model/index.js';
import { fromNationalProcedure } from '../src/national.js';

const byCode = (code: string) => fromNationalProcedure(NATIONAL_RECORDS.find((r) => r.code === code));
const lines = NATIONAL_CATALOGUE.lines;

export const national = {
  /** 1.000253, commune level: no fee listed, a case time in an unknown unit (OTHER), an e-form. */
  commune: byCode('1.000253'),
  /** 1.000771, ministry level: 10 USD per channel. */
  ministry: byCode('1.000771'),
  /** 1.001146, province level: 10 USD, three cases with their own time, a template file. */
  province: byCode('1.001146'),
  /** 1.002359, province level: 200.000 đồng, implementing and deciding agencies apart. */
  reissue: byCode('1.002359'),
  /** A line of the national catalogue: name, field and levels only ("Cơ quan khác" among them). */
  catalogueLine: fromNationalProcedure(lines.find((l) => l.level.includes('Cơ quan khác')) ?? lines[0]),
} satisfies Record<string, Procedure>;
