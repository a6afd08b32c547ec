// A ServiceInfo (§2.1, §2.2) as the contract's Procedure. Its texts are HTML blobs: each goes
// through the same sanitiser the detail element uses (plainText: tags out, entities decoded,
// scripts dropped with their content), then into the model's structured parts — steps, documents,
// results, legal basis, durations and fees — as far as the text allows.
import { plainText } from '../../../src/elements/procedure-detail/plain-text.js';
import { saysFree } from '../../../src/model/national/fees.js';
import { nationalUrl } from '../../../src/model/national/finish.js';
import { stepsFromText } from '../../../src/model/national/steps.js';
import { Procedure, type Agency, type ChannelInfo, type DocumentItem, type Duration, type Fee, type LegalBasis, type OnlineLevel } from '../../../src/model/index.js';
import { date, items, num, ShapeError, text, type Rec } from './read.js';

/** The contract's procedure codes; OpenCPS sites also hold local codes (`SGTVT-285`) it cannot carry. */
export const CONTRACT_CODE = /^\d\.\d{6}(\.[0-9A-Za-z]{1,4}){0,5}$/;

const lines = (html: unknown, path: string) =>
  plainText(text(html, path))
    .split('\n')
    .map((l) => l.replace(/^[•\-+*]\s*/, '').trim())
    .filter(Boolean);

const UNITS: Array<[RegExp, Duration['unit']]> = [
  [/ngày\s+làm\s+việc/i, 'working-days'],
  [/giờ/i, 'hours'],
  [/tháng/i, 'months'],
  [/ngày/i, 'days'],
];

/** "05 ngày làm việc" → 5 working days; "Ngay trong ngày" keeps its text with no value. */
export function durationOf(html: unknown, path: string): Duration {
  const wording = plainText(text(html, path)).replace(/\s+/g, ' ').trim();
  const unit = UNITS.find(([re]) => re.test(wording))?.[1] ?? 'working-days';
  const value = /(\d+(?:[.,]\d+)?)\s*(?:ngày|giờ|tháng)/i.exec(wording)?.[1];
  const duration: Duration = { unit, text: wording || 'Không ghi rõ thời hạn' };
  if (value !== undefined) duration.value = Number(value.replace(',', '.'));
  return duration;
}

/** "Lệ phí: 135.000 đồng/giấy phép" → 135000; "Miễn lệ phí" → 0; anything else keeps the text only. */
export function feeOf(html: unknown, path: string): Fee {
  const wording = plainText(text(html, path)).replace(/\s+/g, ' ').trim();
  if (!wording) return { text: '' };
  if (saysFree(wording)) return { amount: 0, text: wording };
  const amounts = [...wording.matchAll(/(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:đồng|vnđ|vnd|đ\b)/giu)];
  // One amount is the fee; several are usually different cases, so the text alone says it.
  return amounts.length === 1 ? { amount: Number(amounts[0]![1]!.replaceAll('.', '')), text: wording } : { text: wording };
}

function documentsOf(html: unknown, path: string): DocumentItem[] {
  return lines(html, path).map((name) => ({
    name,
    originals: /bản\s+chính/i.test(name) ? 1 : 0,
    copies: /bản\s+(sao|chụp)/i.test(name) ? 1 : 0,
  }));
}

/** Folded first two words ("to khai"), to pair a form template with the document it fills. */
const lead = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().split(/\s+/).slice(0, 2).join(' ');

export const FORMS_PREFIX = '/forms/opencps/';

/**
 * §2.2/§2.3: a detail's fileTemplates become form links through the gateway (files.ts), on the
 * document they fill when its name starts alike, else as documents of their own.
 */
function attachForms(documents: DocumentItem[], r: Rec): void {
  const id = num(r.serviceInfoId, 'serviceInfoId');
  if (id === undefined) return;
  items(r.fileTemplates, 'fileTemplates').forEach((t, i) => {
    const no = text(t.fileTemplateNo, `fileTemplates[${i}].fileTemplateNo`).trim();
    const name = plainText(text(t.templateName, `fileTemplates[${i}].templateName`)) || no;
    if (!no) return;
    const type = text(t.fileType, `fileTemplates[${i}].fileType`).replace(/[^\w]/g, '').slice(0, 8);
    const file = type ? `${name}.${type}` : name;
    const form = { name, url: `${FORMS_PREFIX}${id}/${encodeURIComponent(no)}/${encodeURIComponent(file)}` };
    const target = documents.find((d) => !d.form && lead(d.name) === lead(name));
    if (target) target.form = form;
    else documents.push({ name, originals: 1, copies: 0, form });
  });
}

function legalBasisOf(html: unknown, path: string): LegalBasis[] {
  return lines(html, path).map((title) => {
    const number = /\b\d+\/\d{4}\/[0-9A-ZĐ-]+\b/u.exec(title)?.[0];
    return number ? { title, number } : { title };
  });
}

function agenciesOf(r: Rec, configs: Rec[]): Agency[] {
  const agencies: Agency[] = [];
  const add = (name: string, role: Agency['role'], code: string) => {
    if (name && !agencies.some((a) => a.name === name)) agencies.push({ name, role, ...(code ? { code } : {}) });
  };
  configs.forEach((c, i) => add(plainText(text(c.govAgencyName, `serviceConfigs[${i}].govAgencyName`)), 'implementing', text(c.govAgencyCode, 'govAgencyCode')));
  add(plainText(text(r.administrationName, 'administrationName')), 'deciding', text(r.administrationCode, 'administrationCode'));
  return agencies;
}

function channelsOf(r: Rec, configs: Rec[], maxLevel: number | undefined): ChannelInfo[] {
  const processingTime = durationOf(r.durationText, 'durationText');
  const fee = feeOf(r.feeText, 'feeText');
  const channels: ChannelInfo[] = [{ kind: 'in-person', processingTime, fee }];
  const levels = configs.map((c, i) => num(c.serviceLevel, `serviceConfigs[${i}].serviceLevel`) ?? 0);
  if (Math.max(maxLevel ?? 0, ...levels) >= 3) channels.push({ kind: 'online', processingTime, fee });
  if (/bưu\s+chính/i.test(plainText(text(r.methodText, 'methodText')))) channels.push({ kind: 'postal', processingTime, fee });
  return channels;
}

/**
 * The Procedure a ServiceInfo describes, or undefined when its code is not a national procedure
 * code. `fallbackConfigs` stands in when a detail answers `serviceConfigs: []` (BE-3.0 for guests).
 */
export function toProcedure(r: Rec, fallbackConfigs: Rec[] = []): Procedure | undefined {
  const code = text(r.serviceCode, 'serviceCode').trim();
  if (!CONTRACT_CODE.test(code)) return undefined;
  const own = items(r.serviceConfigs, 'serviceConfigs');
  const configs = own.length > 0 ? own : fallbackConfigs;
  const maxLevel = num(r.maxLevel, 'maxLevel');
  const documents = documentsOf(r.dossierText, 'dossierText');
  attachForms(documents, r);
  const procedure: Procedure = {
    code,
    name: plainText(text(r.serviceName, 'serviceName')),
    field: { code: text(r.domainCode, 'domainCode') || 'KHAC', name: plainText(text(r.domainName, 'domainName')) || 'Khác' },
    levels: [],
    agencies: agenciesOf(r, configs),
    channels: channelsOf(r, configs, maxLevel),
    documents: [{ items: documents }],
    steps: stepsFromText(plainText(text(r.processText, 'processText')), '', true),
    results: lines(r.resultText, 'resultText'),
    legalBasis: legalBasisOf(r.regularText, 'regularText'),
    nationalUrl: nationalUrl(text(r.serviceCodeDVCQG, 'serviceCodeDVCQG') || code),
  };
  if (maxLevel === 2 || maxLevel === 3 || maxLevel === 4) procedure.onlineLevel = `level-${maxLevel}` as OnlineLevel;
  const requirements = plainText(text(r.conditionText, 'conditionText'));
  if (requirements) procedure.requirements = requirements;
  const subjects = plainText(text(r.applicantText, 'applicantText'));
  if (subjects) procedure.subjects = subjects;
  const updated = date(r.modifiedDate, 'modifiedDate');
  if (updated) procedure.updatedOn = updated.date;
  const checked = Procedure.safeParse(procedure);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ShapeError(issue?.path.join('.') || 'serviceInfo', `${code}: ${issue?.message ?? 'không hợp lệ'}`);
  }
  return checked.data;
}
