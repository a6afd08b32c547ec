// The smaller parts of a current-API record: fields, agencies, legal basis, decision, notes.
import type { Agency, Decision, FieldRef, LegalBasis, ProcedureNote } from '../procedure.js';
import { epochDate, slug, splitList, type Rec } from './read.js';
import type { KeyReader } from './strict.js';

/** categoriesDetails (several possible), else category; a name without a code gets a slug code. */
export function fieldsOf(record: Rec, r: KeyReader): FieldRef[] {
  const details = r.objects(record.categoriesDetails, 'categoriesDetails');
  const list = details.length ? details : r.objects(record.category, 'category');
  const key = details.length ? 'categoriesDetails' : 'category';
  const out: FieldRef[] = [];
  list.forEach((c, i) => {
    const name = r.text(c.name, `${key}.${i}.name`);
    const code = r.text(c.code, `${key}.${i}.code`) || slug(name);
    if (name && !out.some((f) => f.code === code)) out.push({ code, name });
  });
  return out;
}

const ROLES: [string, string, string, NonNullable<Agency['role']>][] = [
  ['departmentsExecuting', 'unitGroupsExecuting', 'executingAgencies', 'implementing'],
  ['departmentsAuthority', 'unitGroupsAuthority', 'delegatedAgencies', 'deciding'],
  ['departmentsAuthorized', 'unitGroupsAuthorized', 'authorizedAgencies', 'authorised'],
  ['departmentsCoordinating', 'unitGroupsCoordinating', 'coordinatingAgencies', 'coordinating'],
];

/**
 * Every agency with its role: the departments lists, the unit groups when those are empty, and the
 * flat text (names separated by ";") when both are empty.
 */
export function agenciesOf(record: Rec, r: KeyReader): Agency[] {
  const out: Agency[] = [];
  const add = (a: Agency) => {
    if (!out.some((x) => x.name === a.name && x.role === a.role)) out.push(a);
  };
  for (const [departments, groups, flat, role] of ROLES) {
    let items = r.objects(record[departments], departments);
    let key = departments;
    if (!items.length) [items, key] = [r.objects(record[groups], groups), groups];
    items.forEach((d, i) => {
      const name = r.text(d.name, `${key}.${i}.name`);
      const code = r.text(d.code, `${key}.${i}.code`);
      if (name) add(code ? { name, role, code } : { name, role });
    });
    if (!items.length) {
      for (const name of r.text(record[flat], flat).split(/;\s*/)) if (name.trim()) add({ name: name.trim(), role });
    }
  }
  return out;
}

/** legalBasisesDetails: the API gives a code (number) and a name, no date nor issuing body. */
export function legalBasisOf(v: unknown, r: KeyReader): LegalBasis[] {
  return r.objects(v, 'legalBasisesDetails').flatMap((l, i) => {
    const number = r.text(l.code, `legalBasisesDetails.${i}.code`);
    const title = r.text(l.name, `legalBasisesDetails.${i}.name`) || number;
    if (!title) return [];
    return [number ? { number, title } : { title }];
  });
}

/** Names of a `…Details` list: results, subjects. */
export function namesOf(v: unknown, key: string, r: KeyReader): string[] {
  return r.objects(v, key).map((x, i) => r.text(x.name, `${key}.${i}.name`)).filter(Boolean);
}

export function decisionOf(record: Rec, r: KeyReader): Decision | undefined {
  const [p] = r.objects(record.procedureProposal, 'procedureProposal');
  const number = (p && (r.text(p.proposalNumber, 'procedureProposal.proposalNumber') || r.text(p.decisionNumber, 'procedureProposal.decisionNumber'))) || r.text(record.decisionNo, 'decisionNo');
  const date = p ? epochDate(p.decisionDate) : undefined;
  const [agency] = p ? r.objects(p.issuingAgency, 'procedureProposal.issuingAgency') : [];
  const issuedBy = agency ? r.text(agency.name, 'procedureProposal.issuingAgency.name') : '';
  const d: Decision = {};
  if (number) d.number = number;
  if (date) d.date = date;
  if (issuedBy) d.issuedBy = issuedBy;
  return Object.keys(d).length ? d : undefined;
}

const SUBMIT: Record<string, string> = { OFFLINE: 'Nộp trực tiếp', ONLINE: 'Nộp trực tuyến' };
const RETURN: Record<string, string> = {
  AT_SUBMISSION_PLACE: 'tại nơi nộp hồ sơ',
  AT_HOME: 'tại địa chỉ người nộp (bưu chính)',
  ONLINE: 'trực tuyến',
};

/** returningMethods → "Nộp trực tuyến: nhận kết quả tại nơi nộp hồ sơ, trực tuyến"; unknown codes stay as written. */
export function returningOf(v: unknown, r: KeyReader): string {
  return r.objects(v, 'returningMethods').map((m, i) => {
    const type = r.text(m.type, `returningMethods.${i}.type`);
    const values = (Array.isArray(m.value) ? m.value : [m.value]).map((x, j) => r.text(x, `returningMethods.${i}.value.${j}`)).filter(Boolean);
    return `${SUBMIT[type] ?? type}: nhận kết quả ${values.map((x) => RETURN[x] ?? x).join(', ')}`;
  }).join('\n');
}

/** Texts with no field of their own: kept as notes, never dropped (a description equal to the requirements is not repeated). */
export function notesOf(record: Rec, r: KeyReader, requirements: string): ProcedureNote[] {
  const notes: ProcedureNote[] = [];
  const description = r.text(record.description, 'description');
  if (description && description !== requirements) notes.push({ key: 'description', text: description });
  const note = r.text(record.note, 'note');
  if (note) notes.push({ key: 'note', text: note });
  const receiving = r.text(record.dossierReceivingAddresses, 'dossierReceivingAddresses');
  if (receiving) notes.push({ key: 'dossierReceivingAddresses', text: receiving });
  const returning = returningOf(record.returningMethods, r);
  if (returning) notes.push({ key: 'returningMethods', text: returning });
  return notes;
}

export const keywordsOf = (record: Rec, r: KeyReader) => splitList(r.text(record.keywords, 'keywords'));
