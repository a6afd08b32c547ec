// §2: /o/rest/v2/serviceinfos (list, detail, facets, file templates).
import { notFound, type SimAnswer, type SimRequest } from './context.js';
import { formatDate, htmlOrText } from './format.js';
import { SERVICES, type SeedService } from './seed.js';

function model(req: SimRequest, s: SeedService, detail: boolean) {
  const texts = Object.fromEntries(Object.entries(s.html).map(([k, v]) => [k, htmlOrText(v, req.quirks)]));
  return {
    serviceInfoId: s.serviceInfoId,
    createDate: formatDate(s.modified, detail ? 'serviceinfo-detail' : 'lucene', req.quirks),
    modifiedDate: formatDate(s.modified, detail ? 'serviceinfo-detail' : 'lucene', req.quirks),
    serviceCode: s.serviceCode,
    serviceName: s.serviceName,
    ...texts,
    administrationCode: s.administrationCode,
    administrationName: s.administrationName,
    domainCode: s.domainCode,
    domainName: s.domainName,
    maxLevel: s.maxLevel,
    public: String(s.active),
    active: String(s.active),
    serviceConfigs: (detail && req.quirks.detailWithoutConfigs ? [] : s.configs).map((c) => ({ ...c, serviceInstruction: '<p>Nộp tại Bộ phận Một cửa</p>', serviceUrl: '' })),
    ...(detail ? { fileTemplates: s.templates.map(({ bytes: _b, ...t }) => ({ ...t, fileSize: 10 })), govAgencyText: '', isNotarization: false } : {}),
  };
}

function matches(s: SeedService, q: URLSearchParams): boolean {
  const keyword = q.get('keyword')?.toLowerCase();
  if (keyword && !`${s.serviceName} ${s.serviceCode}`.toLowerCase().includes(keyword)) return false;
  if (q.get('domain') && q.get('domain') !== s.domainCode) return false;
  if (q.get('level') && Number(q.get('level')) !== s.maxLevel) return false;
  if (q.get('administration') && q.get('administration') !== s.administrationCode) return false;
  if (q.get('active') === 'true' && !s.active) return false;
  return true;
}

export function listServices(req: SimRequest): SimAnswer {
  const all = req.inGroup ? SERVICES.filter((s) => matches(s, req.query)) : [];
  const start = Number(req.query.get('start') ?? 0);
  const end = Number(req.query.get('end') ?? 0);
  // end is exclusive; end=0 returns everything.
  const page = end === 0 ? all.slice(start) : all.slice(start, end);
  return { status: 200, json: { total: all.length, data: page.map((s) => model(req, s, false)) }, jaxb: true };
}

/** `{id}` is a serviceCode (needs the site) or a numeric serviceInfoId. */
function find(req: SimRequest, id: string): SeedService | undefined {
  const byCode = req.inGroup ? SERVICES.find((s) => s.serviceCode === id) : undefined;
  return byCode ?? SERVICES.find((s) => String(s.serviceInfoId) === id);
}

export function serviceDetail(req: SimRequest, id: string): SimAnswer {
  const s = find(req, id);
  if (!s) return notFound(req, `ServiceInfo ${id} not found`);
  return { status: 200, json: model(req, s, true), jaxb: true };
}

export function fileTemplate(req: SimRequest, id: string, no: string): SimAnswer {
  const s = /^\d+$/.test(id) ? SERVICES.find((x) => String(x.serviceInfoId) === id) : undefined;
  const t = s?.templates.find((x) => x.fileTemplateNo === no);
  if (!t) return notFound(req, 'file template not found');
  return { status: 200, bytes: Buffer.from(t.bytes), type: 'application/octet-stream' };
}

export function domainFacets(req: SimRequest): SimAnswer {
  const counts = new Map<string, { domainCode: string; domainName: string; count: number }>();
  for (const s of req.inGroup ? SERVICES : []) {
    const c = counts.get(s.domainCode) ?? { domainCode: s.domainCode, domainName: s.domainName, count: 0 };
    c.count++;
    counts.set(s.domainCode, c);
  }
  return { status: 200, json: { total: counts.size, data: [...counts.values()] }, jaxb: true };
}
