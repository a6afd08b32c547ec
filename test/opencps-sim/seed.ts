// The simulator's data: a small provincial site (groupId 35417) with procedures whose texts are
// HTML, three dossiers with PINs and full personal data, survey questions, a year of holidays
// with one make-up working day, working hours and pre-aggregated statistics. Fixed dates in 2026.
import type { LocalTime } from './format.js';

export const GROUP_ID = '35417';

export interface SeedService {
  serviceInfoId: number;
  serviceCode: string;
  serviceName: string;
  domainCode: string;
  domainName: string;
  administrationCode: string;
  administrationName: string;
  maxLevel: number;
  active: boolean;
  modified: LocalTime;
  html: Record<'processText' | 'methodText' | 'dossierText' | 'conditionText' | 'durationText' | 'applicantText' | 'resultText' | 'regularText' | 'feeText', string>;
  configs: Array<{ serviceConfigId: number; govAgencyCode: string; govAgencyName: string; serviceLevel: number }>;
  templates: Array<{ fileTemplateNo: string; templateName: string; fileType: string; bytes: string }>;
}

const steps = (...s: string[]) => s.map((x, i) => `<p><strong>Bước ${i + 1}:</strong> ${x}</p>`).join('');
const list = (...s: string[]) => `<ul>${s.map((x) => `<li>${x}</li>`).join('')}</ul>`;

export const SERVICES: SeedService[] = [
  {
    serviceInfoId: 35001,
    serviceCode: '1.004227',
    serviceName: 'Cấp giấy phép lái xe quốc tế',
    domainCode: 'DUONG_BO',
    domainName: 'Đường bộ',
    administrationCode: 'SGTVT',
    administrationName: 'Sở Giao thông vận tải',
    maxLevel: 3,
    active: true,
    modified: '2026-03-01 10:15',
    html: {
      processText: steps('Nộp hồ sơ tại Bộ phận Một cửa.<script>alert(1)</script>', 'Sở GTVT thẩm định và cấp giấy phép.', 'Nhận kết quả.'),
      methodText: '<p>Trực tiếp hoặc trực tuyến.</p>',
      dossierText: list('Tờ khai đề nghị cấp giấy phép lái xe quốc tế (bản chính)', 'Bản sao giấy phép lái xe quốc gia'),
      conditionText: '<p>Có giấy phép lái xe quốc gia còn hạn.</p>',
      durationText: '<p>05 ngày làm việc</p>',
      applicantText: '<p>Công dân Việt Nam</p>',
      resultText: '<p>Giấy phép lái xe quốc tế</p>',
      regularText: list('Thông tư 12/2017/TT-BGTVT của Bộ Giao thông vận tải', 'Thông tư 188/2016/TT-BTC'),
      feeText: '<p>Lệ phí: 135.000 đồng/giấy phép</p>',
    },
    configs: [{ serviceConfigId: 4501, govAgencyCode: 'SGTVT', govAgencyName: 'Sở Giao thông vận tải', serviceLevel: 3 }],
    templates: [{ fileTemplateNo: 'TK01', templateName: 'Tờ khai cấp GPLX quốc tế', fileType: 'docx', bytes: 'PK-to-khai' }],
  },
  {
    serviceInfoId: 35002,
    serviceCode: '1.001193',
    serviceName: 'Đăng ký khai sinh',
    domainCode: 'HO_TICH',
    domainName: 'Hộ tịch',
    administrationCode: 'UBNDX',
    administrationName: 'Ủy ban nhân dân cấp xã',
    maxLevel: 4,
    active: true,
    modified: '2026-05-12 14:30',
    html: {
      processText: steps('Người yêu cầu nộp tờ khai.', 'Công chức tư pháp – hộ tịch kiểm tra và ghi vào Sổ hộ tịch.'),
      methodText: '<p>Trực tiếp, trực tuyến hoặc qua bưu chính.</p>',
      dossierText: list('Tờ khai đăng ký khai sinh', 'Giấy chứng sinh'),
      conditionText: '',
      durationText: '<p>Ngay trong ngày tiếp nhận hồ sơ</p>',
      applicantText: '<p>Cha, mẹ hoặc người thân thích</p>',
      resultText: '<p>Giấy khai sinh (bản chính)</p>',
      regularText: list('Luật Hộ tịch số 60/2014/QH13'),
      feeText: '<p>Miễn lệ phí</p>',
    },
    configs: [
      { serviceConfigId: 4502, govAgencyCode: 'UBND_XA_A', govAgencyName: 'UBND xã An Bình', serviceLevel: 4 },
      { serviceConfigId: 4503, govAgencyCode: 'UBND_XA_B', govAgencyName: 'UBND xã Bình Minh', serviceLevel: 4 },
    ],
    templates: [],
  },
  {
    serviceInfoId: 35003,
    serviceCode: '2.000488',
    serviceName: 'Cấp phiếu lý lịch tư pháp cho công dân',
    domainCode: 'LY_LICH',
    domainName: 'Lý lịch tư pháp',
    administrationCode: 'STP',
    administrationName: 'Sở Tư pháp',
    maxLevel: 2,
    active: true,
    modified: '2026-02-20 08:00',
    html: {
      processText: '<p>Nộp hồ sơ &amp; nhận phiếu hẹn.</p><p>Nhận kết quả theo phiếu hẹn.</p>',
      methodText: '<p>Trực tiếp</p>',
      dossierText: list('Tờ khai yêu cầu cấp phiếu lý lịch tư pháp', 'Bản chụp căn cước công dân'),
      conditionText: '',
      durationText: '<p>10 ngày làm việc</p>',
      applicantText: '<p>Công dân Việt Nam</p>',
      resultText: '<p>Phiếu lý lịch tư pháp</p>',
      regularText: list('Luật Lý lịch tư pháp 28/2009/QH12'),
      feeText: '<p>200.000 đồng/lần</p>',
    },
    configs: [{ serviceConfigId: 4504, govAgencyCode: 'STP', govAgencyName: 'Sở Tư pháp', serviceLevel: 2 }],
    templates: [],
  },
  {
    // The demo page's QR posters name this code and the local variant below.
    serviceInfoId: 35006,
    serviceCode: '1.000894',
    serviceName: 'Đăng ký kết hôn',
    domainCode: 'HO_TICH',
    domainName: 'Hộ tịch',
    administrationCode: 'UBNDX',
    administrationName: 'Ủy ban nhân dân cấp xã',
    maxLevel: 3,
    active: true,
    modified: '2026-06-01 09:30',
    html: {
      processText: steps('Hai bên nam, nữ nộp tờ khai.', 'Công chức tư pháp – hộ tịch ghi vào Sổ hộ tịch; hai bên ký.'),
      methodText: '<p>Trực tiếp</p>',
      dossierText: list('Tờ khai đăng ký kết hôn (bản chính)', 'Giấy xác nhận tình trạng hôn nhân'),
      conditionText: '<p>Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi</p>',
      durationText: '<p>Ngay trong ngày; không quá 05 ngày làm việc nếu cần xác minh</p>',
      applicantText: '<p>Công dân Việt Nam</p>',
      resultText: '<p>Giấy chứng nhận kết hôn</p>',
      regularText: list('Luật Hôn nhân và gia đình 52/2014/QH13', 'Luật Hộ tịch số 60/2014/QH13'),
      feeText: '<p>Miễn lệ phí</p>',
    },
    configs: [{ serviceConfigId: 4505, govAgencyCode: 'UBND_XA_A', govAgencyName: 'UBND xã An Bình', serviceLevel: 3 }],
    templates: [],
  },
  {
    serviceInfoId: 35007,
    serviceCode: '1.001193.000.00.53.H48',
    serviceName: 'Đăng ký khai sinh (thủ tục của tỉnh)',
    domainCode: 'HO_TICH',
    domainName: 'Hộ tịch',
    administrationCode: 'UBNDX',
    administrationName: 'Ủy ban nhân dân cấp xã',
    maxLevel: 4,
    active: true,
    modified: '2026-05-12 14:30',
    html: {
      processText: steps('Nộp tờ khai trực tuyến.', 'Nhận giấy khai sinh.'),
      methodText: '<p>Trực tuyến</p>',
      dossierText: list('Tờ khai đăng ký khai sinh'),
      conditionText: '',
      durationText: '<p>01 ngày làm việc</p>',
      applicantText: '',
      resultText: '<p>Giấy khai sinh</p>',
      regularText: '',
      feeText: '<p>Miễn lệ phí</p>',
    },
    configs: [],
    templates: [],
  },
  {
    // A code outside the national pattern: the contract cannot carry it, the gateway leaves it out.
    serviceInfoId: 35004,
    serviceCode: 'SGTVT-285',
    serviceName: 'Thủ tục nội bộ của Sở',
    domainCode: 'DUONG_BO',
    domainName: 'Đường bộ',
    administrationCode: 'SGTVT',
    administrationName: 'Sở Giao thông vận tải',
    maxLevel: 2,
    active: true,
    modified: '2026-01-05 09:00',
    html: { processText: '', methodText: '', dossierText: '', conditionText: '', durationText: '', applicantText: '', resultText: '', regularText: '', feeText: '' },
    configs: [],
    templates: [],
  },
  {
    serviceInfoId: 35005,
    serviceCode: '1.000001',
    serviceName: 'Thủ tục chưa công bố',
    domainCode: 'HO_TICH',
    domainName: 'Hộ tịch',
    administrationCode: 'UBNDX',
    administrationName: 'Ủy ban nhân dân cấp xã',
    maxLevel: 2,
    active: false,
    modified: '2026-01-05 09:00',
    html: { processText: '', methodText: '', dossierText: '', conditionText: '', durationText: '', applicantText: '', resultText: '', regularText: '', feeText: '' },
    configs: [],
    templates: [],
  },
];

export interface SeedDossier {
  dossierId: number;
  dossierNo: string;
  pin: string;
  serviceCode: string;
  serviceName: string;
  govAgencyCode: string;
  govAgencyName: string;
  status: string;
  statusText: string;
  online: boolean;
  viaPostal: boolean;
  submit: LocalTime;
  receive: LocalTime;
  due: LocalTime;
  release: LocalTime | '';
  finish: LocalTime | '';
  stepName: string;
  logs: Array<{ at: LocalTime; author: string; stepName: string; type: 'PROCESS_TYPE' | 'NOTIFY'; note: string }>;
}

const person = { applicantName: 'NGUYEN VAN AN', applicantIdType: 'citizen', applicantIdNo: '001089012345', applicantIdDate: '12/03/2021 00:00:00', address: '12 Hàng Bài, Hoàn Kiếm', cityName: 'Hà Nội', contactTelNo: '0912345678', contactEmail: 'an.nguyen@example.vn' };
export const PERSONAL = person;

export const DOSSIERS: SeedDossier[] = [
  {
    dossierId: 120345,
    dossierNo: '000.00.07.G12-261102-0007',
    pin: '4821',
    serviceCode: '1.004227',
    serviceName: 'Cấp giấy phép lái xe quốc tế',
    govAgencyCode: 'SGTVT',
    govAgencyName: 'Sở Giao thông vận tải',
    status: 'processing',
    statusText: 'Đang xử lý',
    online: true,
    viaPostal: false,
    submit: '2026-11-02 08:10',
    receive: '2026-11-02 09:00',
    due: '2026-11-30 17:00',
    release: '',
    finish: '',
    stepName: 'Thẩm định hồ sơ',
    logs: [
      { at: '2026-11-02 09:00', author: 'TRAN THI BINH', stepName: 'Tiếp nhận hồ sơ', type: 'PROCESS_TYPE', note: 'Đã tiếp nhận' },
      { at: '2026-11-02 09:05', author: 'HE THONG', stepName: 'Gửi thông báo', type: 'NOTIFY', note: 'SMS 0912345678' },
      { at: '2026-11-03 10:00', author: 'LE VAN CUONG', stepName: 'Thẩm định hồ sơ', type: 'PROCESS_TYPE', note: '' },
    ],
  },
  {
    dossierId: 120346,
    dossierNo: '000.00.07.G12-261001-0012',
    pin: '0573',
    serviceCode: '2.000488',
    serviceName: 'Cấp phiếu lý lịch tư pháp cho công dân',
    govAgencyCode: 'STP',
    govAgencyName: 'Sở Tư pháp',
    status: 'done',
    statusText: 'Đã trả kết quả',
    online: false,
    viaPostal: true,
    submit: '2026-10-01 07:45',
    receive: '2026-10-01 08:00',
    due: '2026-10-15 17:00',
    release: '2026-10-13 16:00',
    finish: '2026-10-14 10:00',
    stepName: 'Trả kết quả',
    logs: [
      { at: '2026-10-01 08:00', author: 'TRAN THI BINH', stepName: 'Tiếp nhận hồ sơ', type: 'PROCESS_TYPE', note: '' },
      { at: '2026-10-14 10:00', author: 'TRAN THI BINH', stepName: 'Trả kết quả', type: 'PROCESS_TYPE', note: '' },
    ],
  },
  {
    dossierId: 120347,
    dossierNo: '000.00.07.G12-260920-0003',
    pin: '9160',
    serviceCode: '2.000488',
    serviceName: 'Cấp phiếu lý lịch tư pháp cho công dân',
    govAgencyCode: 'STP',
    govAgencyName: 'Sở Tư pháp',
    status: 'done',
    statusText: 'Đã trả kết quả',
    online: false,
    viaPostal: false,
    submit: '2026-09-20 09:00',
    receive: '2026-09-20 09:30',
    due: '2026-10-05 17:00',
    release: '2026-10-07 15:00',
    finish: '2026-10-08 09:00',
    stepName: 'Trả kết quả',
    logs: [{ at: '2026-09-20 09:30', author: 'TRAN THI BINH', stepName: 'Tiếp nhận hồ sơ', type: 'PROCESS_TYPE', note: '' }],
  },
];

/** Survey templates (classPK 0): `dossier` questions are copied per dossier on the first GET. */
export const VOTING_TEMPLATES = [
  { votingCode: 'TD', className: 'dossier', subject: 'Thái độ của cán bộ tiếp nhận?', choices: ['Rất hài lòng', 'Hài lòng', 'Không hài lòng'], commentable: false },
  { votingCode: 'TG', className: 'dossier', subject: 'Thời gian giải quyết hồ sơ?', choices: ['Rất hài lòng', 'Hài lòng', 'Không hài lòng'], commentable: true },
  { votingCode: 'CHUNG', className: 'survey', subject: 'Mức độ hài lòng chung với Bộ phận Một cửa?', choices: ['Rất hài lòng', 'Hài lòng', 'Không hài lòng'], commentable: false },
];

/** Holidays of 2026 (`holidayType` 1 is a make-up working day on a weekend). */
export const HOLIDAYS = [
  { date: '2026-01-01', description: 'Tết Dương lịch', type: 0 },
  { date: '2026-01-02', description: 'Nghỉ hoán đổi sau Tết Dương lịch', type: 0 },
  { date: '2026-01-10', description: 'Làm bù cho ngày 02/01', type: 1 },
  { date: '2026-02-16', description: 'Tết Nguyên đán', type: 0 },
  { date: '2026-02-17', description: 'Tết Nguyên đán', type: 0 },
  { date: '2026-04-27', description: 'Nghỉ bù Giỗ Tổ Hùng Vương', type: 0 },
  { date: '2026-04-30', description: 'Ngày Giải phóng miền Nam', type: 0 },
  { date: '2026-05-01', description: 'Quốc tế Lao động', type: 0 },
  { date: '2026-09-02', description: 'Quốc khánh', type: 0 },
];

/** Java DAY_OF_WEEK (1 = Sunday … 7 = Saturday); empty hours are a day off. */
export const WORKTIMES = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, hours: day === 1 || day === 7 ? '' : '07:30-11:30,13:00-17:00' }));

/** Pre-aggregated monthly figures per domain (what the scheduler jobs write), for 2026 months 1–11. */
export function statisticRow(month: number, domainIndex: number) {
  const received = 20 + month * 3 + domainIndex * 7;
  const betimes = 5 + domainIndex;
  const ontime = 10 + (month % 4);
  const overtime = (month + domainIndex) % 3;
  return { received, betimes, ontime, overtime, undue: 4 + (month % 2), overdue: month % 3 === 0 ? 1 : 0 };
}

export const STAT_DOMAINS = [
  { domainCode: 'DUONG_BO', domainName: 'Đường bộ' },
  { domainCode: 'HO_TICH', domainName: 'Hộ tịch' },
  { domainCode: 'LY_LICH', domainName: 'Lý lịch tư pháp' },
];
