// A DossierDetailModel (§3.1) and its process log (§3.3) as the contract's Dossier. Only the
// fields the contract names are copied, so the applicant's ID number, address, phone, e-mail,
// contact and delegate data never leave the gateway; the name is masked as receipts print it.
import { Dossier, type DossierStatus, type TimelineStep, type Timeliness } from '../../../src/model/index.js';
import { date, flag, items, num, obj, ShapeError, text, type Rec } from './read.js';

/** §8.1 status codes → the national 1–10; transitional states count as being processed. */
const STATUS: Record<string, DossierStatus> = {
  new: 1,
  receiving: 2,
  unresolved: 3,
  processing: 4,
  waiting: 5,
  paying: 6,
  cancelled: 7,
  denied: 8,
  releasing: 9,
  done: 10,
};
const TRANSITIONAL = new Set(['collecting', 'handover', 'posting', 'interoperating', 'correcting', 'cancelling', 'submitting']);

export function statusOf(code: string): DossierStatus {
  const status = STATUS[code] ?? (TRANSITIONAL.has(code) ? 4 : undefined);
  if (status === undefined) throw new ShapeError('dossierStatus', `mã trạng thái ngoài tài liệu: ${JSON.stringify(code).slice(0, 30)}`);
  return status;
}

/** "NGUYEN VAN AN" → "NGUYEN V*** A": the surname kept, the rest initials. */
export function maskName(full: string): string {
  const words = full.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '***';
  if (words.length === 1) return `${words[0]!.charAt(0)}***`;
  return [words[0], ...words.slice(1, -1).map((w) => `${w.charAt(0)}***`), words.at(-1)!.charAt(0)].join(' ');
}

function timelinessOf(due: { date: string; dateTime?: string }, finished: string | undefined, today: string): Timeliness {
  if (finished) {
    const day = finished.slice(0, 10);
    if (day < due.date) return 'early';
    if (day > due.date || (due.dateTime && finished > due.dateTime)) return 'late';
    return 'on-time';
  }
  return today > due.date ? 'overdue' : 'in-progress';
}

/** §3.3: the steps of the process (PROCESS_TYPE entries), oldest first. */
function timelineOf(logs: Rec[], agency: string, open: boolean): TimelineStep[] {
  const steps = logs
    .filter((l) => text(l.notificationType, 'notificationType') === 'PROCESS_TYPE')
    .map((l, i) => {
      const payload = l.payload === undefined || l.payload === null ? {} : obj(l.payload, `data[${i}].payload`);
      const at = date(l.createDate, `data[${i}].createDate`);
      const step: TimelineStep = { title: text(payload.stepName, 'payload.stepName').trim() || 'Xử lý hồ sơ', agency, state: 'done' };
      const author = text(l.author, 'author').trim();
      if (author) step.handler = author;
      if (at?.dateTime) step.startedAt = at.dateTime;
      return step;
    })
    .sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? ''));
  if (open && steps.length > 0) steps[steps.length - 1]!.state = 'current';
  return steps;
}

export function toDossier(detail: Rec, logsBody: unknown, today: string): Dossier {
  const code = text(detail.dossierNo, 'dossierNo').trim();
  const status = statusOf(text(detail.dossierStatus, 'dossierStatus'));
  const received = date(detail.receiveDate, 'receiveDate') ?? date(detail.submitDate, 'submitDate');
  if (!received?.dateTime) throw new ShapeError('receiveDate', 'thiếu ngày tiếp nhận');
  const due = date(detail.dueDate, 'dueDate') ?? { date: received.date };
  const completed = date(detail.releaseDate, 'releaseDate')?.dateTime;
  const returned = date(detail.finishDate, 'finishDate')?.dateTime;
  const agency = text(detail.govAgencyName, 'govAgencyName').trim() || text(detail.govAgencyCode, 'govAgencyCode');
  const postal = flag(detail.viaPostal) || num(detail.viaPostal, 'viaPostal') === 2;
  const open = status !== 10 && status !== 7 && status !== 8 && status !== 3;
  const dossier: Dossier = {
    code,
    procedure: { code: text(detail.serviceCode, 'serviceCode'), name: text(detail.serviceName, 'serviceName') },
    receivingAgency: agency,
    status,
    applicant: { name: maskName(text(detail.applicantName, 'applicantName')) },
    channel: postal ? 'postal' : flag(detail.online) ? 'online' : 'in-person',
    receivedAt: received.dateTime,
    appointmentDate: due.date,
    timeliness: timelinessOf(due, returned ?? completed, today),
    timeline: timelineOf(items(obj(logsBody, 'logs').data, 'logs.data'), agency, open),
    delivery: postal ? 'post' : 'desk',
  };
  if (completed) dossier.completedAt = completed;
  if (returned) dossier.returnedAt = returned;
  if (open) dossier.currentHolder = agency;
  const days = num(detail.durationCount, 'durationCount');
  if (num(detail.durationUnit, 'durationUnit') === 0 && days !== undefined && Number.isInteger(days)) dossier.legalWorkingDays = days;
  const checked = Dossier.safeParse(dossier);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ShapeError(issue?.path.join('.') || 'dossier', issue?.message ?? 'không hợp lệ');
  }
  return checked.data;
}
