import type { Channel, Dossier, DossierStatus, FeeDue, Procedure, TimelineStep, Timeliness } from '../../src/model/index.js';
import { createWorkCalendar, type WorkCalendar } from '../../src/calendar/index.js';
import { allHolidays } from './holidays.js';
import { createRng, type Rng } from './prng.js';
import { HOME_OFFICE, OFFICIALS } from './staff.js';

export interface SampleDossier {
  dossier: Dossier;
  lookupKey: string;
}

/** What the demo page shows: a few code/key pairs and what each illustrates. */
export interface DemoLookup {
  code: string;
  lookupKey: string;
  status: DossierStatus;
  note: string;
}

const AGENCY_CODE = '000.00.53.H48';
const PROVINCE_AGENCY_CODE = '000.00.12.H48';
const WARD = 'UBND phường Minh Khai';
const PROVINCE_CENTRE = 'Trung tâm Phục vụ hành chính công tỉnh';

/** Base codes of the procedures citizens bring most often, with the flow their dossier follows. */
type Flow = 'civil' | 'land' | 'building' | 'business' | 'residence' | 'criminal' | 'social' | 'food';
const COMMON: { code: string; flow: Flow }[] = [
  { code: '1.001193', flow: 'civil' },
  { code: '1.000894', flow: 'civil' },
  { code: '1.000689', flow: 'civil' },
  { code: '2.000815', flow: 'civil' },
  { code: '1.004194', flow: 'residence' },
  { code: '2.000720', flow: 'business' },
  { code: '3.000333', flow: 'criminal' },
  { code: '1.001598', flow: 'social' },
];
/** Flows chosen by name for templates without a fixed code. */
const BY_NAME: { match: RegExp; flow: Flow }[] = [
  { match: /^Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất/, flow: 'land' },
  { match: /^Cấp đổi Giấy chứng nhận quyền sử dụng đất/, flow: 'land' },
  { match: /^Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận/, flow: 'land' },
  { match: /^Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV/, flow: 'building' },
  { match: /^Cấp giấy phép sửa chữa, cải tạo/i, flow: 'building' },
  { match: /xác nhận tình trạng hôn nhân$/i, flow: 'civil' },
  { match: /^Đăng ký thường trú$/, flow: 'residence' },
  { match: /^Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm/, flow: 'food' },
];

interface Candidate { procedure: Procedure; flow: Flow; days: number }

function candidates(procedures: Procedure[]): Candidate[] {
  const out: Candidate[] = [];
  const days = (p: Procedure) => p.channels[0]?.processingTime.value ?? 0;
  for (const p of procedures) {
    if (p.code.includes('.000.')) continue; // national records only
    const flow = COMMON.find((c) => c.code === p.code)?.flow ?? BY_NAME.find((b) => b.match.test(p.name))?.flow;
    if (flow) out.push({ procedure: p, flow, days: Math.max(days(p), 1) });
  }
  return out;
}

/** Steps of each flow: title and agency. The first is always reception at the desk. */
function flowSteps(flow: Flow, atProvince: boolean): [string, string][] {
  const desk = atProvince ? PROVINCE_CENTRE : `Bộ phận Một cửa – ${WARD}`;
  const steps: Record<Flow, [string, string][]> = {
    civil: [['Thẩm định hồ sơ', 'Công chức Tư pháp – Hộ tịch, UBND phường Minh Khai'], ['Ký, cấp kết quả', 'Chủ tịch UBND phường Minh Khai']],
    land: [
      ['Chuyển hồ sơ đến Văn phòng đăng ký đất đai', desk],
      ['Kiểm tra hồ sơ, xác nhận nội dung biến động', 'Chi nhánh Văn phòng đăng ký đất đai khu vực 1'],
      ['Xác định nghĩa vụ tài chính', 'Thuế cơ sở 1 tỉnh'],
      ['Chỉnh lý, cập nhật hồ sơ địa chính; in Giấy chứng nhận', 'Văn phòng đăng ký đất đai tỉnh'],
    ],
    building: [['Thẩm định hồ sơ, kiểm tra thực địa', 'Phòng Kinh tế, Hạ tầng và Đô thị'], ['Lấy ý kiến cơ quan quản lý chuyên ngành', 'Sở Xây dựng'], ['Ký giấy phép', 'Chủ tịch UBND phường Minh Khai']],
    business: [['Thẩm định hồ sơ đăng ký', 'Phòng Kinh tế, Hạ tầng và Đô thị'], ['Cấp Giấy chứng nhận đăng ký hộ kinh doanh', 'UBND phường Minh Khai']],
    residence: [['Kiểm tra, xác minh chỗ ở hợp pháp', 'Công an phường Minh Khai'], ['Cập nhật Cơ sở dữ liệu về cư trú', 'Công an phường Minh Khai']],
    criminal: [['Tra cứu, xác minh lý lịch tư pháp', 'Sở Tư pháp'], ['Xác minh thông tin án tích', 'Công an tỉnh (Phòng Hồ sơ nghiệp vụ)'], ['Ký Phiếu lý lịch tư pháp', 'Sở Tư pháp']],
    social: [['Thẩm định hồ sơ', 'Phòng Văn hóa – Xã hội'], ['Trình quyết định', 'Chủ tịch UBND phường Minh Khai']],
    food: [['Thẩm định hồ sơ, thẩm định thực tế cơ sở', 'Sở Y tế (Phòng Nghiệp vụ Y)'], ['Cấp Giấy chứng nhận', 'Sở Y tế']],
  };
  return [['Tiếp nhận hồ sơ', desk], ...steps[flow], ['Trả kết quả', desk]];
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Mai', 'Trịnh'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Ngọc', 'Hữu', 'Thu', 'Hoàng', 'Xuân', 'Kim'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dung', 'Giang', 'Hà', 'Hải', 'Hòa', 'Khánh', 'Lan', 'Long', 'Minh', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Uyên', 'Vinh', 'Yến', 'Đạt', 'Ánh'];
const STREETS = ['Tổ 3', 'Tổ 7', 'Tổ 12', 'Thôn Nà Pài', 'Tổ 5', 'Thôn Khuổi Cuồng'];

/** Masks as the portal prints it: surname kept, the rest reduced to initials. */
function maskedApplicant(rng: Rng) {
  const middle = rng.pick(MIDDLE);
  const given = rng.pick(GIVEN);
  return {
    name: `${rng.pick(SURNAMES)} ${middle.charAt(0)}*** ${given.charAt(0)}`,
    idNumber: `*********${String(rng.int(0, 999)).padStart(3, '0')}`,
    phone: `09${rng.int(0, 9)}****${String(rng.int(0, 999)).padStart(3, '0')}`,
    address: `${rng.pick(STREETS).replace(/\S+$/, '***')}, phường Minh Khai`,
  };
}

const KEY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const lookupKey = (rng: Rng) => Array.from({ length: 6 }, () => rng.pick([...KEY_ALPHABET])).join('');

const at = (date: string, hour: number, minute: number) =>
  `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`;

const STATUS_PLAN: Record<DossierStatus, string[]> = {
  1: ['new', 'new', 'new', 'new', 'new', 'new'],
  2: ['received', 'received', 'received', 'received', 'received', 'received'],
  3: ['refused', 'refused', 'refused', 'refused', 'refused'],
  4: ['progress', 'progress', 'progress', 'progress', 'overdue', 'overdue', 'progress'],
  5: ['supplement', 'supplement', 'supplement', 'supplement', 'supplement', 'supplement'],
  6: ['fees', 'fees', 'fees', 'fees', 'fees', 'fees'],
  7: ['withdrawn', 'withdrawn', 'withdrawn', 'withdrawn', 'withdrawn'],
  8: ['stopped', 'stopped', 'stopped', 'stopped', 'stopped'],
  9: ['early', 'on-time', 'late', 'early', 'on-time', 'late', 'on-time'],
  10: ['early', 'on-time', 'late', 'early', 'on-time', 'late', 'on-time', 'early'],
};

const REFUSALS = [
  'Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan; đề nghị nộp tại Trung tâm Phục vụ hành chính công tỉnh',
  'Người nộp hồ sơ không phải là người có quyền yêu cầu thực hiện thủ tục hoặc không có văn bản ủy quyền hợp lệ',
  'Giấy tờ trong hồ sơ có dấu hiệu bị tẩy xóa, sửa chữa',
];
const WITHDRAWALS = [
  'Công dân có đơn đề nghị rút hồ sơ để bổ sung, điều chỉnh nội dung giao dịch',
  'Các bên tự thỏa thuận hủy bỏ hợp đồng chuyển nhượng; công dân đề nghị rút hồ sơ',
  'Công dân đề nghị rút hồ sơ do thay đổi nơi thực hiện thủ tục',
];
const STOPS = [
  'Thửa đất đang có tranh chấp, Tòa án nhân dân khu vực 1 đã thụ lý đơn khởi kiện',
  'Có văn bản yêu cầu tạm dừng của cơ quan thi hành án dân sự để kê biên tài sản',
  'Quá thời hạn bổ sung hồ sơ theo Phiếu yêu cầu bổ sung mà công dân không bổ sung',
];
const APOLOGY_REASONS = [
  'Hồ sơ liên thông phải chờ kết quả xác định nghĩa vụ tài chính của cơ quan thuế',
  'Phải xác minh thêm thông tin tại cơ quan quản lý hồ sơ gốc',
  'Hệ thống thông tin đất đai gặp sự cố kỹ thuật trong thời gian xử lý',
  'Phải lấy ý kiến của cơ quan chuyên môn có liên quan',
];
const SUPPLEMENTS: Record<Flow, string[]> = {
  civil: ['Bản chính Giấy xác nhận tình trạng hôn nhân còn thời hạn sử dụng', 'Văn bản ủy quyền có chứng thực'],
  land: ['Bản chính hợp đồng chuyển nhượng đã được công chứng', 'Tờ khai lệ phí trước bạ có đủ chữ ký của các bên', 'Giấy tờ chứng minh quan hệ hôn nhân của bên chuyển nhượng'],
  building: ['Bản vẽ mặt bằng móng có chữ ký của đơn vị thiết kế', 'Cam kết bảo đảm an toàn cho công trình liền kề'],
  business: ['Bản sao hợp đồng thuê địa điểm kinh doanh', 'Biên bản họp thành viên hộ gia đình'],
  residence: ['Giấy tờ chứng minh chỗ ở hợp pháp (hợp đồng thuê nhà có xác nhận)', 'Văn bản đồng ý của chủ hộ'],
  criminal: ['Bản chụp giấy tờ chứng minh nơi cư trú trước đây'],
  social: ['Quyết định thôi việc có chữ ký, đóng dấu của người sử dụng lao động', 'Sổ bảo hiểm xã hội đã chốt quá trình đóng'],
  food: ['Giấy xác nhận đã tập huấn kiến thức an toàn thực phẩm', 'Giấy xác nhận đủ sức khỏe của người trực tiếp chế biến'],
};

function feesFor(flow: Flow, p: Procedure, rng: Rng): FeeDue[] {
  if (flow === 'land') {
    const value = rng.int(8, 60) * 100_000_000;
    return [
      { name: 'Lệ phí trước bạ nhà, đất (0,5%)', amount: value * 0.005, paid: rng.chance(0.3) },
      { name: 'Thuế thu nhập cá nhân từ chuyển nhượng bất động sản (2%)', amount: value * 0.02, paid: false },
      { name: 'Lệ phí cấp Giấy chứng nhận', amount: 50_000, paid: false },
    ];
  }
  const amount = p.channels[0]?.fee.amount;
  return [{ name: `Lệ phí ${p.name.charAt(0).toLowerCase()}${p.name.slice(1, 80)}`, amount: amount && amount > 0 ? amount : 100_000, paid: false }];
}

interface Ctx {
  today: string;
  /** Today if it is a working day, else the last one before it: dossiers are received on working days. */
  lastWorking: string;
  cal: WorkCalendar;
  rng: Rng;
  used: Set<string>;
  /** A documented dossier: its code and receipt date are given, not drawn. */
  fixed?: { code: string; received: string };
}

function dossierCode(ctx: Ctx, agencyCode: string, received: string): string {
  const ymd = received.slice(2).replace(/-/g, '');
  let code: string;
  do code = `${agencyCode}-${ymd}-${String(ctx.rng.int(1, 450)).padStart(4, '0')}`; while (ctx.used.has(code));
  ctx.used.add(code);
  return code;
}

function handler(rng: Rng): string {
  return rng.pick(OFFICIALS).name;
}

/** What a dossier's plan decided: its on-time state, end instants and how far its steps got. */
interface Outcome {
  timeliness: Timeliness;
  completed?: string;
  returned?: string;
  doneCount: number;
  /** Steps the plan adds (a supplement request, fees to pay), inserted at `doneCount`. */
  extra: TimelineStep[];
}

/** The dossier as received, before its plan: dates, channel and the steps its flow goes through. */
interface Reception {
  back: number;
  received: string;
  appointment: string;
  receivedAt: string;
  steps: Array<[string, string]>;
  receivingAgency: string;
}

/** Stage one: when and how the dossier was received (every date on or before today). */
function receive(ctx: Ctx, c: Candidate, plan: string, atProvince: boolean): Reception & { channel: Channel } {
  const { cal, rng } = ctx;
  const p = c.procedure;
  const days = c.days;
  // How many working days ago the dossier was received, so every date stays on or before today.
  let back: number;
  switch (plan) {
    case 'new': case 'received': back = rng.int(0, 1); break;
    case 'progress': case 'supplement': case 'fees': back = rng.int(0, Math.max(0, days - 2)); break;
    case 'overdue': back = days + rng.int(1, 4); break;
    case 'refused': case 'withdrawn': case 'stopped': back = rng.int(2, 30); break;
    default: back = days + rng.int(5, 40);
  }
  const received = ctx.fixed?.received ?? cal.addWorkingDays(ctx.lastWorking, -back);
  const appointment = cal.addWorkingDays(received, days);
  const channel: Channel = plan === 'new' ? 'online' : p.channels.some((x) => x.kind === 'online') && rng.chance(0.45) ? 'online' : p.channels.some((x) => x.kind === 'postal') && rng.chance(0.15) ? 'postal' : 'in-person';
  const receivedAt = at(received, rng.int(7, 10), rng.int(0, 59));
  const steps = flowSteps(c.flow, atProvince) as Array<[string, string]>;
  if (channel === 'online') steps[0] = ['Tiếp nhận hồ sơ trực tuyến', steps[0]![1]];
  const receivingAgency = atProvince ? PROVINCE_CENTRE : `${HOME_OFFICE}`;
  return { back, received, appointment, channel, receivedAt, steps, receivingAgency };
}

/** Stage two: the plan's outcome, with the reason, apology, supplement or fees it puts on `d`. */
function playPlan(ctx: Ctx, c: Candidate, plan: string, status: DossierStatus, r: Reception, d: Dossier): Outcome {
  const { cal, rng, today } = ctx;
  const { steps, received, appointment, receivingAgency, back } = r;
  const days = c.days;
  const o: Outcome = { timeliness: 'in-progress', doneCount: 1, extra: [] };
  const apology = (newDate: string) => {
    d.apology = {
      issuedOn: cal.addWorkingDays(appointment, -1),
      agency: steps[steps.length - 2]![1],
      reason: rng.pick(APOLOGY_REASONS),
      newAppointmentDate: newDate,
    };
  };
  switch (plan) {
    case 'new': o.doneCount = 0; break;
    case 'received': o.doneCount = 1; break;
    case 'refused':
      d.reason = rng.pick(REFUSALS);
      o.timeliness = 'on-time';
      o.doneCount = 1;
      break;
    case 'progress': o.doneCount = rng.int(1, steps.length - 2); break;
    case 'overdue':
      o.timeliness = 'overdue';
      o.doneCount = steps.length - 2;
      apology(cal.addWorkingDays(today, rng.int(2, 5)));
      break;
    case 'supplement': {
      o.doneCount = 1;
      const requestedOn = cal.addWorkingDays(received, Math.min(1, back));
      const items = SUPPLEMENTS[c.flow].slice(0, rng.int(1, SUPPLEMENTS[c.flow].length));
      d.supplement = { requestedOn, items, note: 'Thời gian bổ sung hồ sơ không tính vào thời hạn giải quyết', pausedWorkingDays: Math.max(0, cal.workingDaysBetween(requestedOn, today)) };
      o.extra.push({ title: 'Yêu cầu bổ sung giấy tờ', agency: receivingAgency, handler: handler(rng), state: 'current', startedAt: at(requestedOn, 14, rng.int(0, 59)), note: `Cần bổ sung: ${items.join('; ')}` });
      break;
    }
    case 'fees':
      o.doneCount = Math.min(c.flow === 'land' ? 3 : 2, steps.length - 2);
      d.fees = feesFor(c.flow, c.procedure, rng);
      o.extra.push({ title: 'Chờ thực hiện nghĩa vụ tài chính', agency: c.flow === 'land' ? 'Thuế cơ sở 1 tỉnh' : receivingAgency, state: 'current', startedAt: at(ctx.lastWorking, 8, 0), note: 'Công dân nộp tiền qua Cổng Dịch vụ công hoặc tại Kho bạc/ngân hàng theo thông báo' });
      break;
    case 'withdrawn':
      d.reason = rng.pick(WITHDRAWALS);
      o.timeliness = 'on-time';
      o.doneCount = rng.int(1, 2);
      break;
    case 'stopped':
      d.reason = rng.pick(STOPS);
      o.timeliness = 'on-time';
      o.doneCount = rng.int(1, steps.length - 2);
      break;
    default:
      finish(ctx, plan, status, days, r, o, apology);
  }
  return o;
}

/** A finished dossier: early, on-time or late against the appointment date; returned for status 10. */
function finish(ctx: Ctx, plan: string, status: DossierStatus, days: number, r: Reception, o: Outcome, apology: (newDate: string) => void): void {
  const { cal, rng, today } = ctx;
  const { appointment, received, steps } = r;
  o.timeliness = plan as Timeliness;
  const endDay = plan === 'early' ? cal.addWorkingDays(appointment, -rng.int(1, Math.min(2, days))) : plan === 'on-time' ? appointment : cal.addWorkingDays(appointment, rng.int(1, 3));
  const end = endDay < received ? received : endDay;
  if (plan === 'late') apology(cal.addWorkingDays(appointment, 3));
  const completed = (o.completed = at(end, rng.int(13, 16), rng.int(0, 59)));
  o.doneCount = steps.length - 1;
  if (status === 10) {
    const back2 = cal.addWorkingDays(end, rng.int(0, 2));
    const back = at(back2 > today ? today : back2, back2 > today || back2 === end ? 16 : rng.int(8, 11), rng.int(0, 59));
    // Returned the day it was completed: never before the minute it was completed.
    o.returned = back < completed ? completed : back;
    o.doneCount = steps.length;
  }
}

/** Stage three: the steps, spread between reception and the last moment reached. */
function timelineOf(ctx: Ctx, plan: string, r: Reception, o: Outcome, d: Dossier): TimelineStep[] {
  const { cal, rng, today } = ctx;
  const { steps, received, receivedAt, receivingAgency } = r;
  const { doneCount, returned, completed, extra } = o;
  const endDate = returned?.slice(0, 10) ?? completed?.slice(0, 10) ?? (plan === 'refused' ? received : today);
  const span = Math.max(0, cal.workingDaysBetween(received, endDate));
  const timeline: TimelineStep[] = steps.map(([title, agency], i) => {
    const stepDay = i === 0 ? received : cal.addWorkingDays(received, Math.round((span * i) / Math.max(1, steps.length - 1)));
    const day = stepDay > endDate ? endDate : stepDay;
    const base: TimelineStep = { title, agency, state: i < doneCount ? 'done' : i === doneCount && extra.length === 0 && !d.reason ? 'current' : 'pending' };
    if (i === 0) base.handler = handler(rng);
    if (i < doneCount) {
      base.startedAt = i === 0 ? receivedAt : at(day, 8, rng.int(0, 59));
      base.finishedAt = i === steps.length - 1 && returned ? returned : i === 0 ? at(received, 11, rng.int(0, 59)) : at(day, rng.int(13, 16), rng.int(0, 59));
      if (i > 0 && agency.includes('Văn phòng đăng ký') && rng.chance(0.5)) base.handler = 'Nguyễn Văn Khánh';
    } else if (base.state === 'current') {
      base.startedAt = at(day, 8, rng.int(0, 59));
    }
    return base;
  });
  if (plan === 'new') timeline.unshift({ title: 'Nộp hồ sơ trực tuyến', agency: 'Cổng Dịch vụ công quốc gia', state: 'done', startedAt: receivedAt, finishedAt: receivedAt, note: 'Hồ sơ chờ cán bộ Một cửa kiểm tra, tiếp nhận' });
  if (plan === 'refused') timeline.splice(1, timeline.length - 1, { title: 'Từ chối tiếp nhận hồ sơ', agency: receivingAgency, handler: timeline[0]?.handler, state: 'done', finishedAt: at(received, 11, 30), note: d.reason });
  if (plan === 'withdrawn') timeline.splice(doneCount, timeline.length - doneCount, { title: 'Công dân rút hồ sơ', agency: receivingAgency, state: 'done', finishedAt: at(endDate, 15, 0), note: d.reason });
  if (plan === 'stopped') timeline.splice(doneCount, timeline.length - doneCount, { title: 'Dừng xử lý hồ sơ', agency: steps[doneCount]?.[1] ?? receivingAgency, state: 'done', finishedAt: at(endDate, 15, 0), note: d.reason });
  if (extra.length > 0) timeline.splice(doneCount, 0, ...extra);
  if (d.apology) {
    const idx = timeline.findIndex((s) => s.state !== 'done');
    const note = `Đã gửi văn bản xin lỗi, hẹn lại ngày trả kết quả ${d.apology.newAppointmentDate.split('-').reverse().join('/')}`;
    const target = timeline[idx >= 0 ? idx : timeline.length - 2];
    if (target) target.note = target.note ? `${target.note}. ${note}` : note;
  }
  for (const s of timeline) if (s.handler === undefined) delete s.handler;
  return timeline;
}

/**
 * Builds one dossier for a planned outcome, in stages that draw from the generator in a fixed
 * order (so the sample data stays the same for a given day).
 */
function build(ctx: Ctx, c: Candidate, status: DossierStatus, plan: string): SampleDossier {
  const { rng } = ctx;
  const p = c.procedure;
  const atProvince = p.levels.every((l) => l === 'province');
  const r = receive(ctx, c, plan, atProvince);
  const d: Dossier = {
    code: ctx.fixed?.code ?? dossierCode(ctx, atProvince ? PROVINCE_AGENCY_CODE : AGENCY_CODE, r.received),
    procedure: { code: p.code, name: p.name },
    receivingAgency: r.receivingAgency,
    status,
    applicant: maskedApplicant(rng),
    channel: r.channel,
    receivedAt: r.receivedAt,
    appointmentDate: r.appointment,
    legalWorkingDays: c.days,
    timeliness: 'in-progress',
    timeline: [],
    delivery: r.channel === 'online' && rng.chance(0.6) ? 'online' : r.channel === 'postal' || rng.chance(0.15) ? 'post' : 'desk',
  };
  const o = playPlan(ctx, c, plan, status, r, d);
  d.timeliness = o.timeliness;
  if (o.completed) d.completedAt = o.completed;
  if (o.returned) d.returnedAt = o.returned;
  const timeline = (d.timeline = timelineOf(ctx, plan, r, o, d));
  if (status !== 10 && status !== 3 && status !== 7 && status !== 8) d.currentHolder = (timeline.find((s) => s.state === 'current') ?? timeline[timeline.length - 1])!.agency;
  if (status === 9) d.currentHolder = r.receivingAgency;
  return { dossier: d, lookupKey: lookupKey(rng) };
}

/**
 * About 60 dossiers covering every national status several times, dated relative to `today`
 * (an ISO date) with working days counted on the sample holiday data.
 */
export function buildDossiers(today: string, procedures: Procedure[]): SampleDossier[] {
  const cal = createWorkCalendar(allHolidays());
  const lastWorking = cal.isWorkingDay(today) ? today : cal.addWorkingDays(today, -1);
  const ctx: Ctx = { today, lastWorking, cal, rng: createRng(20250701), used: new Set() };
  const pool = candidates(procedures);
  const slow = pool.filter((c) => c.days >= 5);
  const out: SampleDossier[] = [];
  for (const [key, plans] of Object.entries(STATUS_PLAN)) {
    const status = Number(key) as DossierStatus;
    plans.forEach((plan, i) => {
      const list = ['progress', 'overdue', 'supplement', 'fees', 'stopped'].includes(plan) ? slow : pool;
      // Land dossiers show liên thông best; make sure each long-running status has some.
      const land = list.filter((c) => c.flow === 'land');
      const c = i === 0 && land.length > 0 && plan !== 'new' ? ctx.rng.pick(land) : ctx.rng.pick(list);
      out.push(build(ctx, c, status, plan));
    });
  }
  return out;
}

/**
 * Dossiers with fixed codes and keys that the README and the docs use, so their examples work
 * whatever the date: finished long ago, so they never change. Each is built like any other.
 */
export const DOCUMENTED_DOSSIERS = [
  { code: '000.00.53.H48-220921-0099', lookupKey: '483920', received: '2022-09-21', plan: 'on-time', status: 10 },
  { code: '000.00.53.H48-221005-0099', lookupKey: 'KX7M2Q', received: '2022-10-05', plan: 'early', status: 10 },
] as const;

export function buildDocumentedDossiers(procedures: Procedure[]): SampleDossier[] {
  const cal = createWorkCalendar(allHolidays());
  const pool = candidates(procedures);
  const civil = pool.find((c) => c.flow === 'civil') ?? pool[0];
  if (!civil) return [];
  return DOCUMENTED_DOSSIERS.map(({ code, lookupKey: key, received, plan, status }) => {
    // "today" well after the appointment, so the dossier is finished and returned.
    const today = cal.addWorkingDays(received, civil.days + 20);
    const ctx: Ctx = { today, lastWorking: today, cal, rng: createRng(Number(code.slice(-4)) + 2022), used: new Set(), fixed: { code, received } };
    return { ...build(ctx, civil, status, plan), lookupKey: key };
  });
}

/** Picks the dossiers the demo page lists: one per interesting situation. */
export function demoLookups(dossiers: SampleDossier[]): DemoLookup[] {
  const find = (note: string, test: (d: Dossier) => boolean): DemoLookup[] => {
    const hit = dossiers.find((x) => test(x.dossier));
    return hit ? [{ code: hit.dossier.code, lookupKey: hit.lookupKey, status: hit.dossier.status, note }] : [];
  };
  return [
    ...find('Đang xử lý liên thông (đất đai)', (d) => d.status === 4 && d.timeliness === 'in-progress' && d.timeline.length >= 6),
    ...find('Quá hạn, có văn bản xin lỗi', (d) => d.status === 4 && d.timeliness === 'overdue'),
    ...find('Yêu cầu bổ sung giấy tờ', (d) => d.status === 5),
    ...find('Chờ thực hiện nghĩa vụ tài chính', (d) => d.status === 6),
    ...find('Đã trả kết quả trước hạn', (d) => d.status === 10 && d.timeliness === 'early'),
  ];
}
