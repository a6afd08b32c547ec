// §3: GET /o/rest/v2/dossiers/{id} with the secret, and the step log by numeric id.
import { notFound, type SimAnswer, type SimRequest } from './context.js';
import { formatDate } from './format.js';
import { DOSSIERS, GROUP_ID, PERSONAL, type SeedDossier } from './seed.js';

/** The dossier's secret as this deployment generates it (4-digit PIN by default, §3.1). */
export const pinOf = (d: SeedDossier, fourDigit: boolean) => (fourDigit ? d.pin : `${d.pin}AB`);

/** Numeric → dossierId; otherwise dossierNo within the site; then referenceUid. */
function resolve(req: SimRequest, id: string): SeedDossier | undefined {
  if (/^\d+$/.test(id)) return DOSSIERS.find((d) => String(d.dossierId) === id);
  return (req.inGroup ? DOSSIERS.find((d) => d.dossierNo === id) : undefined) ?? DOSSIERS.find((d) => `ref-${d.dossierId}` === id);
}

function refused(req: SimRequest): SimAnswer {
  if (req.quirks.failureAs203) return { status: 203, text: 'secretKey not sucess', type: 'text/plain' };
  return { status: 401, json: { message: 'Unauthorized', code: 401, description: 'secretKey not sucess' } };
}

function detail(req: SimRequest, d: SeedDossier) {
  const date = (t: string) => formatDate(t, 'normal', req.quirks);
  return {
    dossierId: d.dossierId,
    dossierNo: d.dossierNo,
    referenceUid: `ref-${d.dossierId}`,
    groupId: Number(GROUP_ID),
    serviceCode: d.serviceCode,
    serviceName: d.serviceName,
    govAgencyCode: d.govAgencyCode,
    govAgencyName: d.govAgencyName,
    dossierStatus: d.status,
    dossierStatusText: d.statusText,
    dossierSubStatus: '',
    dossierSubStatusText: '',
    submitDate: date(d.submit),
    receiveDate: date(d.receive),
    dueDate: date(d.due),
    releaseDate: date(d.release),
    finishDate: date(d.finish),
    extendDate: '',
    stepCode: '200',
    stepName: d.stepName,
    lastActionName: d.logs.at(-1)?.stepName ?? '',
    lastActionDate: date(d.logs.at(-1)?.at ?? ''),
    durationCount: 10.0,
    durationUnit: 0,
    online: String(d.online),
    viaPostal: d.viaPostal ? 1 : 0,
    ...(req.quirks.personalData ? PERSONAL : {}),
  };
}

export function dossierDetail(req: SimRequest, id: string): SimAnswer {
  const d = resolve(req, id);
  if (!d) return notFound(req, `Dossier ${id} not found`);
  const header = req.headers['secretcode'];
  const secret = (Array.isArray(header) ? header[0] : header) ?? req.query.get('secretKey');
  // No secret means a logged-in session is needed; the simulator has none.
  if (!secret) return refused(req);
  if (secret.toLowerCase() !== pinOf(d, req.quirks.fourDigitPin).toLowerCase()) return refused(req);
  return { status: 200, json: detail(req, d), jaxb: true };
}

/** Public with only the numeric id: no secret check at all (§3.3). Ordinary JSON, not JAXB. */
export function dossierLogs(req: SimRequest, dossierId: string): SimAnswer {
  const d = DOSSIERS.find((x) => String(x.dossierId) === dossierId);
  const logs = (d?.logs ?? []).map((l, i) => ({
    dossierLogId: d!.dossierId * 10 + i,
    author: l.author,
    content: l.note,
    createDate: formatDate(l.at, 'epoch', req.quirks),
    notificationType: l.type,
    payload: { dossierActionId: i + 1, jobPosName: 'Chuyên viên', stepName: l.stepName, stepCode: String(100 + i * 100), stepInstruction: '', dossierStatusText: d!.statusText, files: [] },
  }));
  return { status: 200, json: { total: logs.length, data: logs } };
}
