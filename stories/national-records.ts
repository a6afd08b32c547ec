// The real national records of server/data/national-records (copies of ../shared/national, made by
// scripts/national-sample.mjs), converted as `motcua import-national` converts them.
import { fromNationalProcedure, type Procedure } from '../src/model/index.js';
import commune from '../server/data/national-records/019d2bf7-4fc4-7716-bab8-167242b3fcda.json' with { type: 'json' };
import ministry from '../server/data/national-records/019d2bf7-57ba-70d3-8771-4bbb754b4b31.json' with { type: 'json' };
import province from '../server/data/national-records/019d2bf7-5f61-72e9-acd7-30da53e18cc9.json' with { type: 'json' };
import reissue from '../server/data/national-records/019d2bf7-673f-774d-b510-c7f30a19d5b9.json' with { type: 'json' };
import lines from '../server/data/national-catalogue.json' with { type: 'json' };

export const national = {
  /** 1.000253, commune level: no fee listed, a case time in an unknown unit (OTHER), an e-form. */
  commune: fromNationalProcedure(commune),
  /** 1.000771, ministry level: 10 USD per channel. */
  ministry: fromNationalProcedure(ministry),
  /** 1.001146, province level: 10 USD, three cases with their own time, a template file. */
  province: fromNationalProcedure(province),
  /** 1.002359, province level: 200.000 đồng, implementing and deciding agencies apart. */
  reissue: fromNationalProcedure(reissue),
  /** A line of the national catalogue: name, field and levels only ("Cơ quan khác" among them). */
  catalogueLine: fromNationalProcedure(lines.lines.find((l) => l.level.includes('Cơ quan khác')) ?? lines.lines[0]),
} satisfies Record<string, Procedure>;
