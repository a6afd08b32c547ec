import { fromNationalProcedure } from '../../src/national.js';
import {
  type Agency, type ChannelInfo, type DocumentCase, type DocumentItem, type Duration, type Fee, type FieldRef, type Level,
  type OnlineLevel, type Procedure, type Step,
} from '../../src/model/index.js';
import { fieldProfile, type FieldProfile } from './fields.js';
import { LEGAL, type LegalKey } from './legal.js';
import { nationalLines, nationalRecordsByCode, type NationalLine } from './national-lines.js';
import { createRng, hashString, type Rng } from './prng.js';
import type { ProcedureTemplate } from './procedure-templates.js';
import { templateFor } from './templates-by-line.js';

/** Province code used by local variants and dossier agency codes. */
export const PROVINCE_CODE = 'H48';


/** Agency segment of a local variant's code, by level (`1.000494.000.00.00.H48`). */
const VARIANT_SUFFIX: Record<Level, string> = {
  ministry: '.000.00.00.G01',
  province: `.000.00.00.${PROVINCE_CODE}`,
  district: `.000.00.20.${PROVINCE_CODE}`,
  commune: `.000.00.53.${PROVINCE_CODE}`,
};

/** Code of the one procedure (Đăng ký tạm trú) whose step description carries raw HTML, to exercise sanitising. */
export const HTML_SAMPLE_CODE = '1.004194';

export const nationalUrl = (code: string) =>
  `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`;

/** Pre-reform templates list the district level; everything else is two-tier data (since 1/7/2025). */
export const isPreReform = (t: ProcedureTemplate) => t.levels.includes('H');

/** Reads the first amount in a fee text: "50.000 đồng/bản" → 50000; free → 0; none → undefined. */
export function parseFee(text: string): Fee {
  const t = text.trim();
  if (/^(miễn|không)/i.test(t)) return { amount: 0, text: t };
  const m = /(\d{1,3}(?:\.\d{3})+|\d+)\s*đồng/.exec(t);
  return m ? { amount: Number((m[1] as string).replace(/\./g, '')), text: t } : { text: t };
}

function duration(days: number, field: string): Duration {
  if (days === 0) {
    return {
      unit: 'working-days',
      text: 'Trong ngày làm việc; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
    };
  }
  // Mediation and similar steps are counted in calendar days by their laws.
  if (field === 'dat-dai' && days === 30) return { value: 30, unit: 'days', text: '30 ngày kể từ ngày nhận đơn' };
  return { value: days, unit: 'working-days', text: `${days} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ` };
}

function agencyName(profile: FieldProfile, level: Level): string {
  return profile.agencies[level] ?? profile.agencies.province ?? 'UBND tỉnh';
}

function agencies(t: ProcedureTemplate, profile: FieldProfile, levels: Level[]): Agency[] {
  const list: Agency[] = levels.map((l, i) => ({ name: agencyName(profile, l), role: i === 0 ? 'implementing' : 'authorised' }));
  if (t.field === 'dat-dai' && levels.length > 0) {
    list.push({ name: levels.includes('commune') ? 'Thuế cơ sở' : 'Thuế tỉnh', role: 'coordinating' });
  }
  if (t.field === 'xay-dung' || t.field === 'dang-ky-kinh-doanh') {
    const deciding = levels.includes('district') ? 'UBND cấp huyện' : levels.includes('commune') ? 'Chủ tịch UBND cấp xã' : undefined;
    if (deciding) list.push({ name: deciding, role: 'deciding' });
  }
  return list;
}

function docItem(name: string, code: string, rng: Rng, isForm: boolean): DocumentItem {
  const item: DocumentItem = { name, originals: 1, copies: 0 };
  if (isForm) item.form = { name: `${name.replace(/ theo (mẫu|Mẫu).*$/, '')} (mẫu)`, url: `/forms/${code}-to-khai.html` };
  else if (/^bản sao|bản chụp/i.test(name)) { item.originals = 0; item.copies = 1; }
  else if (!/bản chính|bản gốc|tùy thân|sổ bảo hiểm|giấy khám|giấy chứng sinh/i.test(name) && rng.chance(0.35)) {
    item.originals = 0;
    item.copies = 1;
    item.note = 'Bản sao có chứng thực hoặc bản sao kèm bản chính để đối chiếu';
  }
  if (/bản vẽ/i.test(name)) item.originals = 2;
  return item;
}

function documents(t: ProcedureTemplate, profile: FieldProfile, code: string, rng: Rng): DocumentCase[] {
  const own = t.docs ?? [`Tờ khai (đơn) đề nghị ${t.name.charAt(0).toLowerCase()}${t.name.slice(1, 120)} theo mẫu`];
  const names = [...own, ...profile.commonDocs.filter((d) => !own.includes(d))];
  const items = names.map((n, i) => docItem(n, code, rng, i === 0 && /^(tờ khai|đơn|giấy đề nghị|đề nghị)/i.test(n)));
  if (!rng.chance(0.4)) return [{ items }];
  return [
    { title: 'Trường hợp người yêu cầu trực tiếp nộp hồ sơ', items },
    {
      title: 'Trường hợp ủy quyền cho người khác nộp hồ sơ',
      items: [
        ...items,
        { name: 'Văn bản ủy quyền đã được công chứng hoặc chứng thực', originals: 1, copies: 0, note: 'Không cần nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền' },
      ],
    },
  ];
}

function steps(t: ProcedureTemplate, agency: string, online: OnlineLevel | undefined, code: string): Step[] {
  const where = online
    ? `tại Bộ phận Một cửa của ${agency} hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`
    : `trực tiếp tại Bộ phận Một cửa của ${agency} hoặc qua dịch vụ bưu chính công ích`;
  const list: Step[] = [
    { title: 'Nộp hồ sơ', description: `Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp ${where}.` },
    {
      title: 'Tiếp nhận và kiểm tra hồ sơ',
      description:
        'Công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ. Hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần bằng Phiếu yêu cầu bổ sung; hồ sơ đầy đủ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
    },
  ];
  if (t.field === 'dat-dai' && t.days >= 10) {
    list.push({ title: 'Chuyển thông tin xác định nghĩa vụ tài chính', description: 'Văn phòng đăng ký đất đai gửi Phiếu chuyển thông tin đến cơ quan thuế; người sử dụng đất nộp tiền theo thông báo của cơ quan thuế.' });
  }
  list.push({
    title: 'Giải quyết hồ sơ',
    description:
      code === HTML_SAMPLE_CODE
        ? // Deliberately unsafe markup, as some catalogues export it; consumers must sanitise.
          'Cơ quan có thẩm quyền <b>thẩm định</b> hồ sơ. Xem <a href="https://dichvucong.gov.vn" onclick="alert(1)">hướng dẫn chi tiết</a><script>alert("xss")</script><img src="x" onerror="alert(2)">'
        : `${agency} thẩm định hồ sơ, trình người có thẩm quyền quyết định${t.days > 0 ? ` trong thời hạn ${t.days} ngày làm việc` : ' trong ngày'}; trường hợp từ chối phải trả lời bằng văn bản và nêu rõ lý do.`,
  });
  list.push({ title: 'Trả kết quả', description: 'Kết quả được trả tại Bộ phận Một cửa, qua dịch vụ bưu chính công ích hoặc trên Cổng Dịch vụ công theo đăng ký của người nộp hồ sơ.' });
  return list;
}

function channels(t: ProcedureTemplate, online: OnlineLevel | undefined, rng: Rng): ChannelInfo[] {
  const time = duration(t.days, t.field);
  const fee = parseFee(t.fee);
  const list: ChannelInfo[] = [{ kind: 'in-person', processingTime: time, fee }];
  if (online) {
    list.push({
      kind: 'online',
      processingTime: time,
      fee: t.onlineFee ? parseFee(t.onlineFee) : fee,
      description: online === 'full' || online === 'level-4' ? 'Nộp hồ sơ, thanh toán và nhận kết quả trực tuyến' : 'Nộp hồ sơ trực tuyến; nhận kết quả tại Bộ phận Một cửa',
    });
  }
  if (t.postal ?? rng.chance(0.3)) {
    list.push({
      kind: 'postal',
      processingTime: time,
      fee,
      description: 'Thời gian chuyển phát không tính vào thời hạn giải quyết; cước dịch vụ bưu chính trả theo giá của doanh nghiệp bưu chính',
    });
  }
  return list;
}

function legal(t: ProcedureTemplate, profile: FieldProfile, old: boolean, online: boolean) {
  const keys: LegalKey[] = [...(t.legal ?? profile.legal)];
  if (online) keys.push(old ? 'ND107DVC' : 'ND118');
  return [...new Set(keys)].map((k) => ({ ...LEGAL[k] }));
}

function isoBetween(rng: Rng, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + rng.int(0, Math.round((b - a) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

/** How one sample procedure is made: the template gives the details, the national line the facts. */
export interface BuildSpec {
  t: ProcedureTemplate;
  code: string;
  levels: Level[];
  /** Pre-reform record (three tiers, before 1/7/2025): older online level, legal basis and dates. */
  old: boolean;
  /** The real name and field from the national catalogue. */
  name: string;
  field: FieldRef;
  /** The national line's agency text, when it has one (else the field profile's agency by level). */
  agency?: string;
}

function buildOne({ t, code, levels, old, name, field, agency }: BuildSpec, rng: Rng): Procedure {
  const profile = fieldProfile(t.field);
  const online = t.online === null ? undefined : (t.online ?? (old ? 'level-3' : 'partial'));
  const first = levels[0] ?? 'province';
  const list = agencies(t, profile, levels);
  if (agency && list[0]) list[0] = { name: agency, role: 'implementing' };
  const procedure: Procedure = {
    code,
    name,
    field,
    levels,
    onlineLevel: online,
    agencies: list,
    channels: channels(t, online, rng),
    documents: documents({ ...t, name }, profile, code, rng),
    steps: steps(t, agency ?? agencyName(profile, first), online, code),
    results: [t.result ?? profile.result],
    legalBasis: legal(t, profile, old, online !== undefined),
    subjects: t.subjects ?? (/doanh nghiệp|công ty|hợp tác xã|cơ sở|hội|quỹ|tổ chức/i.test(name) ? 'Tổ chức, doanh nghiệp' : 'Công dân Việt Nam, người nước ngoài, tổ chức'),
    keywords: [...new Set([...(t.keywords ?? []), ...profile.keywords])],
    nationalUrl: nationalUrl(code),
    updatedOn: old ? isoBetween(rng, '2021-03-01', '2025-06-30') : isoBetween(rng, '2025-07-01', '2025-12-31'),
  };
  if (online === undefined) delete procedure.onlineLevel;
  if (t.requirements) procedure.requirements = t.requirements;
  else if (rng.chance(0.3)) procedure.requirements = 'Không';
  return procedure;
}

const LOCAL_LEVELS: Level[] = ['province', 'commune'];

/**
 * One national line → its record, local variants whose codes append the agency
 * (`1.000494.000.00.53.H48`) for each local level of a line carried out at several levels (and for
 * about half of the others), and — for procedures districts handled before 7/2025 — the district
 * variant a province's system still holds from then (old levels, old online level, older dates).
 */
function fromLine(line: NationalLine): Procedure[] {
  // A full national record is served as imported: real details, nothing made up.
  const full = nationalRecordsByCode().get(line.code);
  if (full) return [fromNationalProcedure(full)];
  const base = fromNationalProcedure(line);
  const rng = createRng(hashString(line.code));
  const { t, old } = templateFor(line, rng);
  const spec: BuildSpec = { t, code: base.code, levels: base.levels, old: false, name: base.name, field: base.field };
  const agency = base.agencies[0]?.name.replace(/\s+/g, ' ').replace(/\.$/, '');
  if (agency) spec.agency = agency;
  const out = [buildOne(spec, rng)];
  const local = base.levels.filter((l) => LOCAL_LEVELS.includes(l));
  const variants = base.levels.length > 1 ? local : rng.chance(0.5) ? local : [];
  for (const level of variants) out.push(buildOne({ ...spec, code: `${base.code}${VARIANT_SUFFIX[level]}`, levels: [level] }, rng));
  if (old) {
    const { agency: _a, ...rest } = spec;
    out.push(buildOne({ ...rest, code: `${base.code}${VARIANT_SUFFIX.district}`, levels: ['district'], old: true }, rng));
  }
  return out;
}

let cache: Procedure[] | undefined;

/**
 * The whole catalogue: the real lines of server/data/national-catalogue.json (codes, names, fields
 * and levels of the national catalogue) with demo details (documents, channels, fees, steps) from
 * the hand-written template of the same name, or made from the field otherwise; a line with a full
 * national record (server/data/national-records) is that record, imported. Independent of
 * `today`, so it is built once.
 */
export function buildProcedures(): Procedure[] {
  if (cache) return structuredClone(cache);
  const out = nationalLines().flatMap(fromLine);
  cache = out;
  return structuredClone(out);
}
