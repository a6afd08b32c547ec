// A tiny, hand-written data set: enough for every route, small enough to reason about.
import type { Procedure } from '../../src/model/index.js';
import type { SampleData } from '../../server/types.js';

const procedure = (code: string, name: string, field: [string, string], extra: Partial<Procedure> = {}): Procedure => ({
  code,
  name,
  field: { code: field[0], name: field[1] },
  levels: ['commune'],
  agencies: [{ name: 'UBND xã', role: 'implementing' }],
  channels: [
    { kind: 'in-person', processingTime: { value: 3, unit: 'working-days', text: '03 ngày làm việc' }, fee: { amount: 0, text: 'Miễn phí' } },
    { kind: 'online', processingTime: { value: 8, unit: 'hours', text: '08 giờ làm việc' }, fee: { amount: 0, text: 'Miễn phí' } },
  ],
  documents: [{ items: [{ name: 'Tờ khai', originals: 1, copies: 0 }] }],
  steps: [{ title: 'Nộp hồ sơ' }],
  results: ['Giấy chứng nhận'],
  legalBasis: [{ title: 'Luật Hộ tịch' }],
  ...extra,
});

export const FIXTURE_TODAY = new Date('2025-09-15T03:00:00Z'); // Monday 15/9/2025 in Vietnam

export const fixture: SampleData = {
  procedures: [
    procedure('1.001193', 'Thủ tục đăng ký khai sinh', ['hotich', 'Hộ tịch'], { onlineLevel: 'full' }),
    procedure('1.000894', 'Thủ tục đăng ký kết hôn', ['hotich', 'Hộ tịch'], { onlineLevel: 'partial' }),
    procedure('2.000815', 'Thủ tục chứng thực bản sao từ bản chính', ['chungthuc', 'Chứng thực'], {
      levels: ['commune', 'district'],
      channels: [
        { kind: 'in-person', processingTime: { unit: 'days', text: 'Trong ngày' }, fee: { amount: 2000, text: '2.000 đồng/trang' } },
      ],
    }),
    procedure('1.012345', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', ['xaydung', 'Xây dựng'], { levels: ['province'] }),
  ],
  dossiers: [
    {
      lookupKey: 'AB12CD',
      dossier: {
        code: '000.00.53.H48-250901-0001',
        procedure: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
        receivingAgency: 'UBND xã Hòa Vang',
        status: 10,
        applicant: { name: 'N*** V*** A', phone: '09******89' },
        channel: 'in-person',
        receivedAt: '2025-09-01T08:00:00+07:00',
        appointmentDate: '2025-09-04',
        completedAt: '2025-09-03T10:00:00+07:00',
        returnedAt: '2025-09-03T15:00:00+07:00',
        timeliness: 'early',
        timeline: [{ title: 'Tiếp nhận', agency: 'Bộ phận Một cửa', state: 'done' }],
        delivery: 'desk',
      },
    },
    {
      lookupKey: 'ZX98YW',
      dossier: {
        code: '000.00.53.H48-250910-0002',
        procedure: { code: '1.012345', name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ' },
        receivingAgency: 'UBND xã Hòa Vang',
        status: 4,
        applicant: { name: 'T*** T*** B' },
        channel: 'online',
        receivedAt: '2025-09-10T09:00:00+07:00',
        appointmentDate: '2025-09-24',
        timeliness: 'in-progress',
        timeline: [{ title: 'Thẩm định', agency: 'Phòng Kinh tế', state: 'current' }],
        delivery: 'post',
      },
    },
  ],
  holidays: [
    {
      year: 2025,
      holidays: [
        { date: '2025-09-01', name: 'Nghỉ lễ Quốc khánh' },
        { date: '2025-09-02', name: 'Quốc khánh' },
      ],
      workdays: [],
    },
  ],
  rosterWeeks: [
    {
      week: '2025-W38',
      office: 'Bộ phận Một cửa xã Hòa Vang',
      hours: { morning: '07:30–11:30', afternoon: '13:30–17:00' },
      days: ['2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19', '2025-09-20', '2025-09-21'].map((date) => ({
        date,
        sessions: [
          { session: 'morning' as const, slots: [{ desk: 'Quầy 1', fields: ['Hộ tịch'], officials: [{ name: 'Lê Thị Hoa', office: 'Văn phòng' }] }] },
          { session: 'afternoon' as const, slots: [] },
        ],
      })),
    },
  ],
  surveyForm: {
    id: 'sipas-2025',
    version: 1,
    title: 'Phiếu đánh giá mức độ hài lòng',
    sections: [
      {
        id: 'procedure',
        part: 'procedure',
        title: 'Thủ tục hành chính',
        criteria: [
          {
            id: 'time',
            label: 'Thời gian giải quyết so với quy định',
            required: true,
            options: [
              { value: 'early', label: 'Sớm hơn', tone: 'positive' },
              { value: 'on-time', label: 'Đúng hạn', tone: 'positive' },
              { value: 'late', label: 'Trễ hạn', tone: 'negative' },
            ],
          },
          {
            id: 'attitude',
            label: 'Thái độ của công chức',
            required: false,
            options: [
              { value: 'good', label: 'Tốt', tone: 'positive' },
              { value: 'bad', label: 'Chưa tốt', tone: 'negative' },
            ],
          },
        ],
      },
      {
        id: 'overall',
        part: 'result',
        title: 'Đánh giá chung',
        criteria: [
          {
            id: 'overall',
            label: 'Mức độ hài lòng chung',
            required: true,
            options: [
              { value: 'very-satisfied', label: 'Rất hài lòng', tone: 'positive' },
              { value: 'satisfied', label: 'Hài lòng', tone: 'neutral' },
              { value: 'dissatisfied', label: 'Không hài lòng', tone: 'negative' },
            ],
          },
        ],
      },
    ],
    comment: { maxLength: 500 },
    agencies: [
      { id: 'ubnd-hoa-vang', name: 'UBND xã Hòa Vang' },
      { id: 'ubnd-hai-chau', name: 'UBND phường Hải Châu' },
    ],
    officials: [
      { id: 'cb-01', name: 'Lê Thị Hoa', agencyId: 'ubnd-hoa-vang' },
      { id: 'cb-02', name: 'Phan Văn Nam', agencyId: 'ubnd-hai-chau' },
    ],
  },
  dossierHistory: [
    { receivedOn: '2025-01-10', fieldCode: 'hotich', outcome: 'on-time' },
    { receivedOn: '2025-02-11', fieldCode: 'hotich', outcome: 'late' },
    { receivedOn: '2025-05-20', fieldCode: 'chungthuc', outcome: 'early' },
    { receivedOn: '2024-12-31', fieldCode: 'hotich', outcome: 'early' },
  ],
  surveyHistory: [
    { createdOn: '2025-03-01', agency: 'UBND xã Hòa Vang', overall: 'very-satisfied' },
    { createdOn: '2025-04-01', agency: 'UBND xã Hòa Vang', overall: 'dissatisfied' },
    { createdOn: '2024-04-01', agency: 'UBND xã Hòa Vang', overall: 'satisfied' },
  ],
};
