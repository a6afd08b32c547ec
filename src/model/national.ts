import type {
  Agency, ChannelInfo, DocumentCase, DocumentItem, Duration, Fee, LegalBasis, Level, OnlineLevel, Step,
} from './procedure.js';
import { Procedure } from './procedure.js';

/**
 * Raised when a national-database record cannot become a Procedure: `key` names the missing or
 * invalid key (`MATTHC`, `TENTTHC`, or the path the Procedure schema rejected).
 */
export class NationalRecordError extends Error {
  readonly key: string;
  constructor(key: string, message: string) {
    super(message);
    this.name = 'NationalRecordError';
    this.key = key;
  }
}

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Absent → [], a lone object → [object]; the national export is not consistent about arrays. */
function list(v: unknown): unknown[] {
  if (v === undefined || v === null || v === '') return [];
  return Array.isArray(v) ? v : [v];
}

function recs(v: unknown): Rec[] {
  return list(v).filter(isRec);
}

/** Trimmed text of a string or number; '' for anything else. */
function text(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

/** Lower-case, no tone marks, đ → d: for matching the catalogue's free wording. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐÐ]/g, 'd').toLowerCase();
}

/** "15", 15, "0,5", "15 ngày" → number; blank or non-numeric → undefined. */
function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  const m = /\d+(?:[.,]\d+)?/.exec(text(v));
  return m ? Number(m[0].replace(',', '.')) : undefined;
}

/** Money: 50000, "50.000", "1,500,000", "50.000 đồng" → đồng. */
function money(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  const m = /\d[\d.,]*/.exec(text(v));
  if (!m) return undefined;
  const raw = m[0].replace(/[.,]$/, '');
  if (/^\d{1,3}([.,]\d{3})+$/.test(raw)) return Number(raw.replace(/[.,]/g, ''));
  const n = Number(raw.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

function formatDong(n: number): string {
  return `${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}

/** "2015-11-15", "2015-11-15T00:00:00", "15/11/2015" → ISO date; anything else → undefined. */
function isoDate(v: unknown): string | undefined {
  const s = text(v);
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) [y, m, d] = [Number(vn[3]), Number(vn[2]), Number(vn[1])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** First non-empty text among the keys of a record, or the value itself when it is a string. */
function pick(v: unknown, ...keys: string[]): string {
  if (!isRec(v)) return text(v);
  for (const k of keys) {
    const t = text(v[k]);
    if (t) return t;
  }
  return '';
}

const LEVEL_ORDER: Level[] = ['ministry', 'province', 'district', 'commune'];

/** "Cấp Tỉnh, Cấp Huyện, Cấp Xã", ["Cấp Tỉnh"], [{ TENCAP: "Cấp Xã" }] → levels in canonical order. */
function levels(v: unknown): Level[] {
  const parts = list(v).flatMap((x) => pick(x, 'TENCAP', 'CAPTHUCHIEN', 'TEN', 'MACAP').split(/[,;/]/));
  const found = new Set<Level>();
  for (const part of parts) {
    const f = fold(part);
    // "thành phố trực thuộc trung ương" is a province and "thị xã" a district, not a ministry or commune.
    if (/\bbo\b/.test(f) || (/trung uong/.test(f) && !/truc thuoc trung uong/.test(f))) found.add('ministry');
    if ((/tinh/.test(f) && !/thuoc tinh/.test(f)) || /truc thuoc trung uong/.test(f)) found.add('province');
    if (/huyen|\bquan\b|thi xa|thuoc tinh/.test(f)) found.add('district');
    if (/\bxa\b|phuong|thi tran|dac khu/.test(f.replace(/thi xa/g, ''))) found.add('commune');
  }
  return LEVEL_ORDER.filter((l) => found.has(l));
}

function onlineLevel(v: unknown): OnlineLevel | undefined {
  const f = fold(pick(v, 'TENMUCDO', 'MUCDO', 'MA'));
  if (!f) return undefined;
  if (/toan trinh/.test(f)) return 'full';
  if (/mot phan/.test(f)) return 'partial';
  const n = /(\d)/.exec(f)?.[1];
  if (n === '4') return 'level-4';
  if (n === '3') return 'level-3';
  if (n === '2') return 'level-2';
  return undefined;
}

function channelKind(v: unknown): ChannelInfo['kind'] | undefined {
  const f = fold(text(v));
  if (/truc tuyen|online/.test(f)) return 'online';
  if (/buu chinh|buu dien/.test(f)) return 'postal';
  if (/truc tiep/.test(f)) return 'in-person';
  return undefined;
}

const UNITS: [RegExp, Duration['unit'], string][] = [
  [/ngay lam viec/, 'working-days', 'ngày làm việc'],
  [/gio/, 'hours', 'giờ'],
  [/thang/, 'months', 'tháng'],
  [/ngay/, 'days', 'ngày'],
];

function duration(t: Rec | undefined): Duration {
  const value = num(t?.THOIGIANGIAIQUYET);
  const unitText = text(t?.DONVITINH);
  const known = UNITS.find(([re]) => re.test(fold(unitText)));
  // An unknown or missing unit is read as working days, the unit of nearly every procedure.
  const unit = known ?? UNITS[0]!;
  const description = text(t?.MOTA);
  const d: Duration = {
    unit: unit[1],
    text: description || (value !== undefined ? `${text(t?.THOIGIANGIAIQUYET)} ${known ? unit[2] : unitText || unit[2]}` : 'Không quy định'),
  };
  if (value !== undefined) d.value = value;
  return d;
}

function feeOf(t: Rec | undefined): Fee {
  const fees = recs(t?.PHILEPHI);
  const parts = fees.map((f) => {
    const amount = money(f.SOTIEN);
    const desc = text(f.MOTA);
    const free = /^(mien|khong)/.test(fold(desc));
    return { amount: amount ?? (free ? 0 : desc ? money(desc) : undefined), text: desc || (amount !== undefined ? formatDong(amount) : '') };
  }).filter((p) => p.text);
  if (parts.length === 0) return { text: 'Không có thông tin về phí, lệ phí' };
  const fee: Fee = { text: parts.map((p) => p.text).join('; ') };
  // Several fee lines usually mean different cases, so a single amount is only given for one line.
  if (parts.length === 1 && parts[0]!.amount !== undefined) fee.amount = parts[0]!.amount;
  return fee;
}

/**
 * One channel often lists several THOIGIAN entries, one per case (trường hợp): the first gives the
 * number a deadline is computed from, and every case's time and fee stays readable in the texts.
 */
function timeAndFee(times: Rec[]): Pick<ChannelInfo, 'processingTime' | 'fee'> {
  const processingTime = duration(times[0]);
  const fee = feeOf(times[0]);
  if (times.length < 2) return { processingTime, fee };
  const durations = times.map(duration);
  const fees = times.map(feeOf);
  processingTime.text = [...new Set(durations.map((d) => d.text))].join('; ');
  const feeTexts = [...new Set(fees.map((f) => f.text))];
  if (feeTexts.length > 1) {
    // Different fees per case: no single amount is right for all of them.
    return { processingTime, fee: { text: feeTexts.join('; ') } };
  }
  return { processingTime, fee };
}

function channels(v: unknown): ChannelInfo[] {
  const out: ChannelInfo[] = [];
  for (const c of recs(v)) {
    const kind = channelKind(c.KENH ?? c.TENKENH);
    if (!kind || out.some((x) => x.kind === kind)) continue;
    const info: ChannelInfo = { kind, ...timeAndFee(recs(c.THOIGIAN)) };
    const desc = text(c.MOTA);
    if (desc) info.description = desc;
    out.push(info);
  }
  return out;
}

function documents(v: unknown): DocumentCase[] {
  return recs(v).map((c) => {
    const items: DocumentItem[] = recs(c.GIAYTO).flatMap((g) => {
      const name = text(g.TENGIAYTO);
      if (!name) return [];
      const item: DocumentItem = { name, originals: Math.trunc(num(g.SOBANCHINH) ?? 0), copies: Math.trunc(num(g.SOBANSAO) ?? 0) };
      const url = text(g.URL) || text(g.DUONGDANMAUDON);
      if (url) item.form = { name: text(g.TENMAUDON) || name, url };
      const note = text(g.GHICHU);
      if (note) item.note = note;
      return [item];
    });
    const title = text(c.TRUONGHOP);
    return title ? { title, items } : { items };
  });
}

function steps(v: unknown): Step[] {
  return recs(v).flatMap((group) => {
    const where = text(group.TRUONGHOP);
    const inner = group.TRINHTU === undefined ? [group] : recs(group.TRINHTU);
    return inner.flatMap((s) => {
      const full = text(s.TENTRINHTU) || text(s.TEN);
      if (!full) return [];
      // Long step texts keep "Bước n" and their first clause as the title, the whole text as the description.
      const prefix = /^bước\s*\d+\s*[:.\-–]?\s*/i.exec(full)?.[0] ?? '';
      const rest = full.slice(prefix.length);
      const clause = /^(.{1,100}?)(?:[:.;]\s|$)/s.exec(rest)?.[1] ?? `${rest.slice(0, 100)}…`;
      const head = `${prefix}${clause}`.trim();
      const step: Step = { title: head };
      const desc = [where ? `Trường hợp: ${where}` : '', head.length < full.length ? full : ''].filter(Boolean).join('\n');
      if (desc) step.description = desc;
      return [step];
    });
  });
}

function legalBasis(v: unknown): LegalBasis[] {
  return recs(v).flatMap((r) => {
    const number = text(r.SOVANBAN);
    const title = text(r.TENVANBAN) || number;
    if (!title) return [];
    const out: LegalBasis = { title };
    if (number) out.number = number;
    const by = text(r.COQUANBANHANH);
    if (by) out.issuedBy = by;
    const on = isoDate(r.NGAYBANHANH);
    if (on) out.issuedOn = on;
    return [out];
  });
}

function agencies(r: Rec): Agency[] {
  const roles: [string, Agency['role']][] = [
    ['COQUANTHUCHIEN', 'implementing'],
    ['COQUANCOTHAMQUYEN', 'deciding'],
    ['COQUANDUOCUYQUYEN', 'authorised'],
    ['COQUANPHOIHOP', 'coordinating'],
  ];
  const out: Agency[] = [];
  for (const [key, role] of roles) {
    for (const a of list(r[key])) {
      for (const name of pick(a, 'TENCOQUAN', 'TEN').split(/;\s*/)) {
        const n = name.trim();
        if (n && !out.some((x) => x.name === n && x.role === role)) out.push({ name: n, role });
      }
    }
  }
  return out;
}

function joined(v: unknown, ...keys: string[]): string {
  return list(v).map((x) => pick(x, ...keys)).filter(Boolean).join('; ');
}

function essential(r: Rec, key: 'MATTHC' | 'TENTTHC', label: string): string {
  const v = text(r[key]);
  if (!v) throw new NationalRecordError(key, `Bản ghi thủ tục thiếu ${key} (${label}) / national procedure record lacks ${key}`);
  return v;
}

/**
 * Maps a record in the national procedure database's shape (upper-case keys: MATTHC, TENTTHC,
 * CAPTHUCHIEN, CACHTHUCTHUCHIEN, THANHPHANHOSO, …) to a Procedure. Missing parts become empty
 * lists, numbers may be strings ("15", "50.000 đồng"), and old wording (Cấp Huyện, Mức độ 3) is
 * kept. Throws NationalRecordError naming MATTHC or TENTTHC when absent, or the first path the
 * Procedure schema rejects.
 */
export function fromNationalProcedure(record: unknown): Procedure {
  if (!isRec(record)) throw new NationalRecordError('', 'Bản ghi thủ tục phải là một đối tượng / record must be an object');
  const code = essential(record, 'MATTHC', 'mã thủ tục');
  const name = essential(record, 'TENTTHC', 'tên thủ tục');
  const field = recs(record.LINHVUCTHUCHIEN)[0];
  const fieldName = field ? text(field.TENLINHVUC) : text(record.LINHVUCTHUCHIEN);
  const fieldCode = field ? text(field.MALINHVUC) : '';
  const candidate: Procedure = {
    code,
    name,
    field: { code: fieldCode || (fieldName ? fold(fieldName).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : 'khac'), name: fieldName || 'Khác' },
    levels: levels(record.CAPTHUCHIEN),
    agencies: agencies(record),
    channels: channels(record.CACHTHUCTHUCHIEN),
    documents: documents(record.THANHPHANHOSO),
    steps: steps(record.TRINHTUTHUCHIEN),
    results: list(record.KETQUATHUCHIEN).map((x) => pick(x, 'TENKETQUA', 'TEN')).filter(Boolean),
    legalBasis: legalBasis(record.CANCUPHAPLY),
    nationalUrl: `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${encodeURIComponent(code)}`,
  };
  const online = onlineLevel(record.MUCDO ?? record.MUCDODVC ?? record.MUCDODVCTT);
  if (online) candidate.onlineLevel = online;
  const requirements = joined(record.YEUCAUDIEUKIEN, 'NOIDUNG', 'TEN');
  if (requirements) candidate.requirements = requirements;
  const subjects = joined(record.DOITUONGTHUCHIEN, 'TENDOITUONG', 'TEN');
  if (subjects) candidate.subjects = subjects;
  const keywords = text(record.TUKHOA).split(/[,;]/).map((k) => k.trim()).filter(Boolean);
  if (keywords.length > 0) candidate.keywords = keywords;
  const updated = isoDate(record.NGAYCAPNHAT);
  if (updated) candidate.updatedOn = updated;

  const parsed = Procedure.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    const key = path === 'code' ? 'MATTHC' : path === 'name' ? 'TENTTHC' : path;
    throw new NationalRecordError(key, `Bản ghi thủ tục không hợp lệ tại ${key}: ${issue?.message ?? 'không rõ'}`);
  }
  return parsed.data;
}
