// A record of the current national procedure API (camelCase, nested: the `data` of
// get-formality-by-citizen) → Procedure. See ../shared/backends/national-records.md, section 1.
import type { Procedure, Step } from '../procedure.js';
import { channelsOf, feeItems } from './current-channels.js';
import { casesOf, documentsOf } from './current-documents.js';
import { agenciesOf, decisionOf, fieldsOf, keywordsOf, legalBasisOf, namesOf, notesOf } from './current-parts.js';
import { combineFees } from './fees.js';
import { essential, finish, nationalUrl } from './finish.js';
import { levelsFromFlags } from './levels.js';
import { epochDate, setIf, type Rec } from './read.js';
import { stepsFromText } from './steps.js';
import { KeyReader } from './strict.js';

function stepsOf(v: unknown, r: KeyReader): Step[] {
  return r.objects(v, 'executionSteps').flatMap((s, i) => {
    const where = r.text(s.name, `executionSteps.${i}.name`);
    return stepsFromText(r.text(s.description, `executionSteps.${i}.description`), where);
  });
}

/** The parts every procedure has (lists may be empty). */
function core(record: Rec, r: KeyReader, code: string, name: string): Procedure {
  const fields = fieldsOf(record, r);
  const { channels, notes } = channelsOf(record.executionMethods, r);
  const p: Procedure = {
    code,
    name,
    field: fields[0] ?? { code: 'khac', name: 'Khác' },
    levels: levelsFromFlags(record).levels,
    agencies: agenciesOf(record, r),
    channels,
    documents: documentsOf(record, r),
    steps: stepsOf(record.executionSteps, r),
    results: namesOf(record.resultsDetails, 'resultsDetails', r),
    legalBasis: legalBasisOf(record.legalBasisesDetails, r),
    nationalUrl: nationalUrl(code),
  };
  if (fields.length > 1) p.fields = fields;
  if (notes.length) p.notes = notes;
  return p;
}

/** Maps a current-API record; throws NationalRecordError naming `code`, `name` or the key at fault. */
export function fromCurrentRecord(record: Rec): Procedure {
  const code = essential(record, ['code', 'codeNotation'], 'mã thủ tục');
  const r = new KeyReader(code);
  const name = essential(record, ['name'], 'tên thủ tục', code);
  const p = core(record, r, code, name);
  if (r.flag(record.isFullProcess, 'isFullProcess')) p.onlineLevel = 'full';
  else if (p.channels.some((c) => c.kind === 'online')) p.onlineLevel = 'partial';
  setIf(p, 'otherAgency', levelsFromFlags(record).otherAgency);
  setIf(p, 'offlineOnly', r.flag(record.isOfflineOnly, 'isOfflineOnly'));
  const requirements = r.text(record.requirementsAndConditions, 'requirementsAndConditions');
  setIf(p, 'requirements', requirements);
  setIf(p, 'subjects', namesOf(record.subjectTypesDetails, 'subjectTypesDetails', r).join('; '));
  setIf(p, 'keywords', keywordsOf(record, r));
  setIf(p, 'updatedOn', epochDate(record.updatedAt));
  setIf(p, 'createdOn', epochDate(record.createdAt));
  setIf(p, 'cases', casesOf(record.cases, r));
  setIf(p, 'decision', decisionOf(record, r));
  const notes = [...(p.notes ?? []), ...notesOf(record, r, requirements)];
  const shared = combineFees(feeItems(record.fees, 'fees', r));
  if (shared.text) notes.push({ key: 'fees', text: shared.text });
  setIf(p, 'notes', notes);
  const id = r.text(record.id, 'id');
  p.source = id ? { shape: 'national-api', id } : { shape: 'national-api' };
  return finish(p, {}, code);
}
