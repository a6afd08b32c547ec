// <motcua-dossier-tracker> in every state, on canned dossiers: the element gets a client whose
// fetch answers from data built here (fine in stories, never in tests), so no server is needed.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createClient } from '../src/api/client.js';
import '../src/elements/dossier-tracker/dossier-tracker.js';
import type { MotcuaDossierTracker } from '../src/elements/dossier-tracker/dossier-tracker.component.js';
import { RECENT_STORAGE_KEY } from '../src/elements/dossier-tracker/recent.js';
import type { Dossier } from '../src/model/dossier.js';

const TODAY = '2025-10-08';
const KEY = 'AB12CD';
const DESK = 'Bộ phận Một cửa – UBND phường Minh Khai';
const applicant = { name: 'Nguyễn V*** A', idNumber: '*********123', phone: '091****456', address: 'Tổ ***, phường Minh Khai' };

const inProgress: Dossier = {
  code: '000.00.53.H48-250922-0099',
  procedure: { code: '1.003351', name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất' },
  receivingAgency: DESK,
  status: 4,
  applicant,
  channel: 'in-person',
  receivedAt: '2025-09-22T08:15:00+07:00',
  appointmentDate: '2025-10-20',
  legalWorkingDays: 20,
  timeliness: 'in-progress',
  currentHolder: 'Thuế cơ sở 1 tỉnh',
  timeline: [
    { title: 'Tiếp nhận hồ sơ', agency: DESK, handler: 'Bùi Thị Hương', state: 'done', startedAt: '2025-09-22T08:15:00+07:00', finishedAt: '2025-09-22T09:00:00+07:00' },
    { title: 'Kiểm tra hồ sơ, xác nhận nội dung biến động', agency: 'Chi nhánh Văn phòng đăng ký đất đai khu vực 1', state: 'done', startedAt: '2025-09-23T08:00:00+07:00', finishedAt: '2025-09-30T16:00:00+07:00' },
    { title: 'Xác định nghĩa vụ tài chính', agency: 'Thuế cơ sở 1 tỉnh', state: 'current', startedAt: '2025-10-01T08:00:00+07:00' },
    { title: 'Chỉnh lý hồ sơ địa chính; in Giấy chứng nhận', agency: 'Văn phòng đăng ký đất đai tỉnh', state: 'pending' },
    { title: 'Trả kết quả', agency: DESK, state: 'pending' },
  ],
  delivery: 'desk',
};

const late: Dossier = {
  ...inProgress,
  code: '000.00.53.H48-250901-0042',
  status: 10,
  timeliness: 'late',
  receivedAt: '2025-09-01T10:00:00+07:00',
  appointmentDate: '2025-09-22',
  completedAt: '2025-09-26T15:00:00+07:00',
  returnedAt: '2025-09-29T09:30:00+07:00',
  currentHolder: undefined,
  apology: {
    issuedOn: '2025-09-19',
    agency: 'Văn phòng đăng ký đất đai tỉnh',
    reason: 'Hồ sơ liên thông phải chờ kết quả xác định nghĩa vụ tài chính của cơ quan thuế',
    newAppointmentDate: '2025-09-29',
  },
  timeline: inProgress.timeline.map((s) => ({ ...s, state: 'done' as const })),
  delivery: 'post',
};

const supplement: Dossier = {
  ...inProgress,
  code: '000.00.53.H48-250925-0007',
  status: 5,
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
  supplement: {
    requestedOn: '2025-09-26',
    items: ['Bản chính Giấy chứng sinh', 'Văn bản ủy quyền có chứng thực'],
    note: 'Vui lòng mang bản chính để đối chiếu.',
    pausedWorkingDays: 3,
  },
};

const fees: Dossier = {
  ...inProgress,
  code: '000.00.53.H48-250920-0013',
  status: 6,
  fees: [
    { name: 'Lệ phí cấp Giấy chứng nhận', amount: 100000, paid: true },
    { name: 'Lệ phí trước bạ', amount: 12500000, paid: false },
    { name: 'Thuế thu nhập cá nhân từ chuyển nhượng bất động sản', amount: 30000000, paid: false },
  ],
};

const refused: Dossier = {
  ...inProgress,
  code: '000.00.53.H48-250930-0002',
  status: 3,
  timeliness: 'on-time',
  reason: 'Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan; đề nghị nộp tại Trung tâm Phục vụ hành chính công tỉnh',
  timeline: [inProgress.timeline[0]!],
  currentHolder: undefined,
};

const longText: Dossier = {
  ...inProgress,
  code: '000.00.12.H48-250922-000123',
  procedure: {
    code: '2.002154.000.00.00.H48',
    name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất thực phẩm, kinh doanh dịch vụ ăn uống thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh',
  },
  receivingAgency: 'Trung tâm Phục vụ hành chính công tỉnh Tuyên Quang (cơ sở 2, đường Nguyễn Tất Thành)',
  currentHolder: 'Sở Y tế (Phòng Nghiệp vụ Y – Bộ phận thẩm định an toàn thực phẩm)',
};

const registered: Dossier = {
  ...inProgress,
  code: '000.00.53.H48-251007-0031',
  status: 1,
  channel: 'online',
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
  receivedAt: '2025-10-07T21:40:00+07:00',
  appointmentDate: '2025-10-09',
  legalWorkingDays: 1,
  currentHolder: DESK,
  timeline: [{ title: 'Nộp hồ sơ trực tuyến', agency: 'Cổng Dịch vụ công quốc gia', state: 'current', startedAt: '2025-10-07T21:40:00+07:00' }],
};

const received: Dossier = {
  ...registered,
  code: '000.00.53.H48-251006-0012',
  status: 2,
  channel: 'in-person',
  receivedAt: '2025-10-06T09:10:00+07:00',
  timeline: [
    { title: 'Tiếp nhận hồ sơ', agency: DESK, handler: 'Bùi Thị Hương', state: 'done', startedAt: '2025-10-06T09:10:00+07:00', finishedAt: '2025-10-06T09:25:00+07:00' },
    { title: 'Giải quyết hồ sơ', agency: 'UBND phường Minh Khai', state: 'pending' },
  ],
};

const withdrawn: Dossier = {
  ...inProgress,
  code: '000.00.53.H48-250915-0008',
  status: 7,
  timeliness: 'on-time',
  reason: 'Công dân có đơn đề nghị rút hồ sơ để bổ sung hợp đồng chuyển nhượng mới',
  currentHolder: undefined,
  timeline: [inProgress.timeline[0]!, { ...inProgress.timeline[1]!, state: 'done' }],
};

const stopped: Dossier = {
  ...inProgress,
  code: '000.00.53.H48-250910-0021',
  status: 8,
  timeliness: 'on-time',
  reason: 'Dừng xử lý theo văn bản của Tòa án nhân dân khu vực 1 về việc thụ lý tranh chấp đất đai',
  currentHolder: undefined,
  timeline: [inProgress.timeline[0]!, { ...inProgress.timeline[1]!, state: 'done' }],
};

const finishedEarly: Dossier = {
  ...inProgress,
  code: '000.00.53.H48-250923-0044',
  status: 9,
  timeliness: 'early',
  completedAt: '2025-10-06T16:30:00+07:00',
  currentHolder: DESK,
  timeline: inProgress.timeline.map((s, i, all) => ({ ...s, state: i === all.length - 1 ? ('current' as const) : ('done' as const) })),
};

const returnedOnTime: Dossier = {
  ...late,
  code: '000.00.53.H48-250902-0017',
  timeliness: 'on-time',
  appointmentDate: '2025-09-26',
  completedAt: '2025-09-26T10:00:00+07:00',
  returnedAt: '2025-09-26T15:00:00+07:00',
  apology: undefined,
  delivery: 'desk',
};

const DOSSIERS: Record<string, Dossier> = Object.fromEntries(
  [inProgress, late, supplement, fees, refused, longText, registered, received, withdrawn, stopped, finishedEarly, returnedOnTime].map((d) => [d.code, d]),
);

type Mode = 'ok' | 'not-found' | 'too-many' | 'offline' | 'slow';

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** Answers /dossiers/lookup and /holidays from the data above; `mode` forces one failure. */
function storyClient(mode: Mode = 'ok') {
  return createClient({
    baseUrl: 'https://example.invalid/api/v1',
    retry: 0,
    fetch: async (input) => {
      const request = input instanceof Request ? input : new Request(String(input));
      const url = new URL(request.url);
      if (mode === 'offline') throw new TypeError('Failed to fetch');
      if (url.pathname.endsWith('/holidays')) {
        const year = Number(url.searchParams.get('year'));
        return json({ year, holidays: year === 2025 ? [{ date: '2025-09-01', name: 'Nghỉ Quốc khánh' }, { date: '2025-09-02', name: 'Quốc khánh' }] : [], workdays: [] });
      }
      if (mode === 'slow') await new Promise(() => {});
      if (mode === 'too-many') {
        return json({ error: { code: 'TOO_MANY_ATTEMPTS', message: 'Bạn đã thử quá nhiều lần.' } }, 429, { 'Retry-After': '598' });
      }
      const body = (await request.json()) as { code: string; lookupKey: string };
      const dossier = DOSSIERS[body.code];
      if (mode === 'not-found' || !dossier || body.lookupKey.toUpperCase() !== KEY) {
        return json({ error: { code: 'DOSSIER_NOT_FOUND', message: 'Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này.' } }, 404);
      }
      return json(dossier);
    },
  });
}

interface Args {
  /** Empty: the toolbar's language (set on the story root) applies. */
  lang: '' | 'vi' | 'en';
  theme: '' | 'light' | 'dark';
  width: string;
}

/** Builds a tracker and, once rendered, optionally fills the form and submits it. */
function tracker(args: Args, mode: Mode, fill?: { code: string; key: string }) {
  const el = document.createElement('motcua-dossier-tracker') as MotcuaDossierTracker;
  el.client = storyClient(mode);
  el.today = TODAY;
  if (args.theme) el.theme = args.theme;
  if (fill) {
    void el.updateComplete.then(async () => {
      const root = el.shadowRoot!;
      for (const [id, value] of [['code', fill.code], ['key', fill.key]] as const) {
        const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
      await el.updateComplete;
      await el.submit();
    });
  }
  return html`<div lang=${ifDefined(args.lang || undefined)} style="max-width: ${args.width}">${el}</div>`;
}

const meta: Meta<Args> = {
  title: 'Elements/Dossier tracker',
  component: 'motcua-dossier-tracker',
  args: { lang: '', theme: '', width: '100%' },
  argTypes: {
    lang: { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'vi', 'en'] },
    theme: { control: { type: 'inline-radio', labels: { '': 'host page' } }, options: ['', 'light', 'dark'] },
  },
  render: (args) => tracker(args, 'ok'),
};
export default meta;
type Story = StoryObj<Args>;

const look = (d: Dossier, key = KEY) => ({ code: d.code, key });

export const EmptyForm: Story = {};
export const ValidationErrors: Story = { render: (args) => tracker(args, 'ok', { code: 'hồ sơ 123', key: 'a!' }) };
export const Loading: Story = { render: (args) => tracker(args, 'slow', look(inProgress)) };
export const InProgressAcrossAgencies: Story = { render: (args) => tracker(args, 'ok', look(inProgress)) };
export const LateWithApology: Story = { render: (args) => tracker(args, 'ok', look(late)) };
export const SupplementRequested: Story = { render: (args) => tracker(args, 'ok', look(supplement)) };
export const FeesToPay: Story = { render: (args) => tracker(args, 'ok', look(fees)) };
export const Refused: Story = { render: (args) => tracker(args, 'ok', look(refused)) };
/** Status 1: submitted online, not yet received by the desk. */
export const Registered: Story = { render: (args) => tracker(args, 'ok', look(registered)) };
/** Status 2: received at the desk, waiting to be handled. */
export const Received: Story = { render: (args) => tracker(args, 'ok', look(received)) };
/** Status 7: the citizen withdrew the dossier. */
export const Withdrawn: Story = { render: (args) => tracker(args, 'ok', look(withdrawn)) };
/** Status 8: processing stopped, with the reason. */
export const Stopped: Story = { render: (args) => tracker(args, 'ok', look(stopped)) };
/** Status 9: finished before the appointment date, waiting to be collected. */
export const FinishedEarly: Story = { render: (args) => tracker(args, 'ok', look(finishedEarly)) };
/** Status 10: returned on the appointment date. */
export const ReturnedOnTime: Story = { render: (args) => tracker(args, 'ok', look(returnedOnTime)) };
export const LongVietnameseText: Story = { render: (args) => tracker(args, 'ok', look(longText)) };
export const TypedLoosely: Story = {
  name: 'Typed loosely (spaces, dash, lower case)',
  render: (args) => tracker(args, 'ok', { code: 'mã hồ sơ: 000.00.53.h48 – 250922 — 0099', key: 'ab12cd' }),
};
export const NotFoundOrWrongKey: Story = { render: (args) => tracker(args, 'ok', look(inProgress, 'WRONG1')) };
export const TooManyAttempts: Story = { render: (args) => tracker(args, 'too-many', look(inProgress)) };
export const Offline: Story = { render: (args) => tracker(args, 'offline', look(inProgress)) };
export const RememberedLookups: Story = {
  render: (args) => {
    localStorage.setItem(
      RECENT_STORAGE_KEY,
      JSON.stringify([
        { code: inProgress.code, keyHint: '••••CD', at: Date.now() - 3_600_000 },
        { code: late.code, keyHint: '••••CD', at: Date.now() - 86_400_000 },
      ]),
    );
    return tracker(args, 'ok');
  },
};
export const PhoneWidth: Story = { args: { width: '375px' }, render: (args) => tracker(args, 'ok', look(late)) };
export const DarkTheme: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  render: (args) => tracker(args, 'ok', look(fees)),
};
export const English: Story = { args: { lang: 'en' }, render: (args) => tracker(args, 'ok', look(late)) };
export const NoClient: Story = {
  render: () => html`<motcua-dossier-tracker></motcua-dossier-tracker>`,
};
