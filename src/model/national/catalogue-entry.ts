// A line of the national catalogue list ({code, name, field, level, agency}), as in
// ../shared/national/catalogue.json: names, fields and levels only.
import type { Procedure } from '../procedure.js';
import { essential, finish, nationalUrl } from './finish.js';
import { levelsFromText } from './levels.js';
import { setIf, slug, type Rec } from './read.js';
import { KeyReader } from './strict.js';

/**
 * The rule for a catalogue line: code, name, field (its name, with a code made from it: the list
 * has no field codes), levels ("Cấp bộ, Cấp tỉnh, Cấp xã", "Cơ quan khác" → `otherAgency`) and the
 * agency text as agencies without a role (the list does not say which). Nothing else is in the
 * line, so channels, documents, steps, results and legal basis stay empty lists: the procedure is
 * findable and named, and the national portal link gives the rest. `source.shape` tells it apart.
 */
export function fromCatalogueEntry(record: Rec): Procedure {
  const code = essential(record, ['code'], 'mã thủ tục');
  const r = new KeyReader(code);
  const name = essential(record, ['name'], 'tên thủ tục', code);
  const fieldName = r.text(record.field, 'field').replace(/\s+/g, ' ');
  const { levels, otherAgency } = levelsFromText(r.text(record.level, 'level'));
  const agencies = r.text(record.agency, 'agency').split(/;\s*/).map((a) => a.trim()).filter(Boolean);
  const p: Procedure = {
    code,
    name,
    field: fieldName ? { code: slug(fieldName), name: fieldName } : { code: 'khac', name: 'Khác' },
    levels,
    agencies: agencies.map((a) => ({ name: a })),
    channels: [],
    documents: [],
    steps: [],
    results: [],
    legalBasis: [],
    nationalUrl: nationalUrl(code),
  };
  setIf(p, 'otherAgency', otherAgency);
  p.source = { shape: 'national-catalogue' };
  return finish(p, {}, code);
}
