// executionCases / cases of the current national API → document lists per case, and cases with
// their own time limit.
import type { AttachedFile, DocumentCase, DocumentItem, ProcedureCase } from '../procedure.js';
import { durationOf } from './current-channels.js';
import type { Rec } from './read.js';
import type { KeyReader } from './strict.js';

function filesOf(v: unknown, key: string, r: KeyReader): AttachedFile[] {
  return r.objects(v, key).flatMap((a, i) => {
    const path = r.text(a.filePath, `${key}.${i}.filePath`);
    const name = r.text(a.fileName, `${key}.${i}.fileName`) || path.split('/').pop() || '';
    return name ? [{ name, path }] : [];
  });
}

/** One profile component: name (or its code when nameless), counts, required, e-form, files. */
function itemOf(c: Rec, key: string, r: KeyReader): DocumentItem {
  const code = r.text(c.code, `${key}.code`);
  const name = r.text(c.name, `${key}.name`) || code;
  if (!name) r.fail(`${key}.name`, 'giấy tờ không có tên lẫn mã', 'document has neither name nor code');
  const item: DocumentItem = {
    name,
    originals: Math.trunc(r.number(c.originalQty, `${key}.originalQty`) ?? 0),
    copies: Math.trunc(r.number(c.copyQty, `${key}.copyQty`) ?? 0),
  };
  if (code) item.code = code;
  const required = r.flag(c.required, `${key}.required`);
  if (required !== undefined) item.required = required;
  const eForm = r.flag(c.hasElectronicForm, `${key}.hasElectronicForm`);
  if (eForm !== undefined) item.electronicForm = eForm;
  const files = filesOf(c.attachments, `${key}.attachments`, r);
  if (files.length) item.files = files;
  return item;
}

function itemsOf(v: unknown, key: string, r: KeyReader): DocumentItem[] {
  return r.objects(v, key).map((c, i) => itemOf(c, `${key}.${i}`, r));
}

/**
 * Document lists: one per execution case (an empty case name is the common case, left untitled),
 * then the documents some records put on `cases[]` or at the top level.
 */
export function documentsOf(record: Rec, r: KeyReader): DocumentCase[] {
  const out: DocumentCase[] = r.objects(record.executionCases, 'executionCases').map((c, i) => {
    const title = r.text(c.name, `executionCases.${i}.name`);
    const items = itemsOf(c.profileComponents, `executionCases.${i}.profileComponents`, r);
    return title ? { title, items } : { items };
  });
  r.objects(record.cases, 'cases').forEach((c, i) => {
    const items = itemsOf(c.profileComponents, `cases.${i}.profileComponents`, r);
    const title = r.text(c.name, `cases.${i}.name`);
    if (items.length) out.push(title ? { title, items } : { items });
  });
  const loose = itemsOf(record.profileComponents, 'profileComponents', r);
  if (loose.length) out.push({ items: loose });
  return out;
}

/** `cases[{code, name, processingDay{qty, type}}]`: each case's own code and time limit. */
export function casesOf(v: unknown, r: KeyReader): ProcedureCase[] {
  return r.objects(v, 'cases').flatMap((c, i) => {
    const key = `cases.${i}`;
    const code = r.text(c.code, `${key}.code`);
    const name = r.text(c.name, `${key}.name`) || code;
    if (!name) return [];
    const out: ProcedureCase = { name };
    if (code) out.code = code;
    const [day] = r.objects(c.processingDay, `${key}.processingDay`);
    if (day) {
      const qty = r.number(day.qty, `${key}.processingDay.qty`);
      const unit = r.text(day.type, `${key}.processingDay.type`);
      if (qty !== undefined || unit) out.processingTime = durationOf(qty, unit);
    }
    return [out];
  });
}
