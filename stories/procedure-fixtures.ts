// Canned catalogue for the procedure stories: a client whose fetch answers /procedures and
// /procedures/{code} from the data below, searched with the real index (stories only, never tests).
import { createClient } from '../src/api/client.js';
import type { Procedure, ProcedureSummary } from '../src/model/index.js';
import { createProcedureIndex } from '../src/search/index.js';

const F = {
  hoTich: { code: 'ho-tich', name: 'Hộ tịch' },
  chungThuc: { code: 'chung-thuc', name: 'Chứng thực' },
  datDai: { code: 'dat-dai', name: 'Đất đai' },
  cuTru: { code: 'cu-tru', name: 'Công an – Cư trú' },
  xayDung: { code: 'xay-dung', name: 'Xây dựng' },
  kinhDoanh: { code: 'dang-ky-kinh-doanh', name: 'Đăng ký kinh doanh' },
};

const rows: [string, string, keyof typeof F, ProcedureSummary['levels'], ProcedureSummary['channels'], ProcedureSummary['onlineLevel'], string[]?][] = [
  ['1.001193', 'Đăng ký khai sinh', 'hoTich', ['commune'], ['in-person', 'online', 'postal'], 'full', ['giấy khai sinh', 'làm khai sinh']],
  ['1.008699', 'Đăng ký khai sinh lưu động', 'hoTich', ['commune'], ['in-person'], undefined],
  ['1.001695', 'Đăng ký khai sinh có yếu tố nước ngoài', 'hoTich', ['district'], ['in-person', 'online'], 'level-3'],
  ['1.000894', 'Đăng ký kết hôn', 'hoTich', ['commune'], ['in-person', 'online'], 'partial', ['đăng ký kết hôn', 'giấy đăng ký kết hôn']],
  ['1.000893', 'Đăng ký kết hôn có yếu tố nước ngoài', 'hoTich', ['district'], ['in-person'], 'level-3'],
  ['1.000656', 'Đăng ký khai tử', 'hoTich', ['commune'], ['in-person', 'online'], 'full'],
  ['1.004873', 'Cấp bản sao Trích lục hộ tịch', 'hoTich', ['commune', 'province'], ['in-person', 'online', 'postal'], 'full'],
  ['2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp', 'chungThuc', ['commune'], ['in-person'], undefined, ['sao y', 'công chứng bản sao']],
  ['2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'chungThuc', ['commune'], ['in-person'], undefined],
  ['1.002827', 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân', 'datDai', ['province'], ['in-person', 'postal'], 'partial', ['sổ đỏ', 'sổ hồng', 'bìa đỏ']],
  ['1.000297', 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu', 'datDai', ['province'], ['in-person'], 'partial', ['sổ đỏ']],
  ['1.004194', 'Đăng ký tạm trú', 'cuTru', ['commune'], ['in-person', 'online'], 'full', ['tạm trú', 'KT3']],
  ['1.004222', 'Đăng ký thường trú', 'cuTru', ['commune'], ['in-person', 'online'], 'full', ['hộ khẩu', 'nhập hộ khẩu']],
  ['1.010923', 'Cấp thẻ căn cước cho công dân từ đủ 14 tuổi trở lên', 'cuTru', ['province', 'commune'], ['in-person', 'online'], 'partial', ['cccd', 'căn cước công dân', 'làm căn cước']],
  ['1.009994', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'xayDung', ['commune'], ['in-person', 'online'], 'full', ['gpxd', 'giấy phép xây dựng nhà']],
  ['2.000720', 'Đăng ký thành lập hộ kinh doanh', 'kinhDoanh', ['commune'], ['in-person', 'online'], 'full', ['gpkd', 'giấy phép kinh doanh']],
];

export const LONG_NAME =
  'Thủ tục đăng ký lại khai sinh, đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân và cấp bản sao trích lục hộ tịch có yếu tố nước ngoài tại Ủy ban nhân dân cấp xã khu vực biên giới (thực hiện liên thông với cơ quan Công an và Bảo hiểm xã hội)';

export function summaries(long = false): ProcedureSummary[] {
  const list: ProcedureSummary[] = rows.map(([code, name, f, levels, channels, onlineLevel, keywords]) => {
    const p: ProcedureSummary = { code, name, field: F[f], levels, channels, processingTime: '3 ngày làm việc' };
    if (onlineLevel) p.onlineLevel = onlineLevel;
    if (keywords) p.keywords = keywords;
    return p;
  });
  if (long) list.push({ code: '1.000689', name: LONG_NAME, field: F.hoTich, levels: ['district', 'commune'], channels: ['in-person'], processingTime: 'Trong ngày làm việc; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo' });
  return list;
}

export function fullProcedure(s: ProcedureSummary, withHtml = false): Procedure {
  return {
    code: s.code,
    name: s.name,
    field: s.field,
    levels: s.levels,
    ...(s.onlineLevel ? { onlineLevel: s.onlineLevel } : {}),
    agencies: [
      { name: 'Ủy ban nhân dân cấp xã', role: 'implementing' },
      { name: 'Chủ tịch Ủy ban nhân dân cấp xã', role: 'deciding' },
    ],
    channels: [
      { kind: 'in-person', processingTime: { value: 3, unit: 'working-days', text: '3 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ' }, fee: { amount: 0, text: 'Miễn lệ phí' } },
      ...(s.channels.includes('online')
        ? [{ kind: 'online' as const, processingTime: { value: 3, unit: 'working-days' as const, text: '3 ngày làm việc' }, fee: { amount: 0, text: 'Miễn lệ phí' }, description: 'Nộp hồ sơ, thanh toán và nhận kết quả trực tuyến' }]
        : []),
      ...(s.channels.includes('postal')
        ? [{ kind: 'postal' as const, processingTime: { value: 3, unit: 'working-days' as const, text: '3 ngày làm việc, chưa kể thời gian chuyển phát' }, fee: { amount: 8000, text: '8.000 đồng/lần (cước chuyển phát)' } }]
        : []),
    ],
    documents: [
      {
        title: 'Trường hợp người yêu cầu trực tiếp nộp hồ sơ',
        items: [
          { name: 'Tờ khai theo mẫu', originals: 1, copies: 0, form: { name: 'Tờ khai (mẫu)', url: '/forms/1.001193-to-khai.html' } },
          { name: 'Giấy chứng sinh hoặc văn bản của người làm chứng', originals: 1, copies: 0, note: 'Nếu không có giấy chứng sinh thì nộp văn bản cam đoan về việc sinh.' },
        ],
      },
      {
        title: 'Trường hợp ủy quyền cho người khác nộp hồ sơ',
        items: [
          { name: 'Tờ khai theo mẫu', originals: 1, copies: 0, form: { name: 'Tờ khai (mẫu)', url: '/forms/1.001193-to-khai.html' } },
          { name: 'Văn bản ủy quyền đã được chứng thực', originals: 1, copies: 0 },
          { name: 'Giấy tờ tùy thân của người được ủy quyền', originals: 0, copies: 1 },
        ],
      },
    ],
    steps: [
      { title: 'Nộp hồ sơ', description: 'Nộp tại Bộ phận Một cửa hoặc trên Cổng Dịch vụ công quốc gia.' },
      { title: 'Tiếp nhận và kiểm tra hồ sơ', description: 'Công chức kiểm tra tính đầy đủ, hợp lệ; hồ sơ đầy đủ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả.' },
      {
        title: 'Giải quyết hồ sơ',
        description: withHtml
          ? 'Cơ quan có thẩm quyền <b>thẩm định</b> hồ sơ. Xem <a href="#" onclick="alert(1)">hướng dẫn chi tiết</a><script>alert("xss")</script><img src="x" onerror="alert(2)">'
          : 'Cơ quan có thẩm quyền thẩm định hồ sơ, trình người có thẩm quyền quyết định.',
      },
      { title: 'Trả kết quả' },
    ],
    results: ['Giấy khai sinh (bản chính)', 'Bản sao Giấy khai sinh (nếu có yêu cầu)'],
    legalBasis: [
      { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedBy: 'Quốc hội', issuedOn: '2014-11-20' },
      { number: '123/2015/NĐ-CP', title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', issuedBy: 'Chính phủ', issuedOn: '2015-11-15' },
    ],
    requirements: 'Không có.',
    nationalUrl: `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${s.code}`,
    updatedOn: '2025-07-01',
  };
}

export interface StoryClientOptions {
  /** Every answer becomes this HTTP error. */
  status?: number;
  /** Milliseconds before answering; Infinity never answers (loading state). */
  delay?: number;
  long?: boolean;
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export function storyClient(options: StoryClientOptions = {}) {
  const list = summaries(options.long);
  const index = createProcedureIndex(list.map((p) => ({ ...p, channels: p.channels.map((kind) => ({ kind })), summary: p })));
  return createClient({
    baseUrl: 'https://example.invalid/api/v1',
    retry: 0,
    fetch: async (input) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (options.delay === Infinity) await new Promise(() => {});
      if (options.delay) await new Promise((r) => setTimeout(r, options.delay));
      if (options.status) return json({ error: { code: 'UNAVAILABLE', message: 'Dịch vụ tạm thời gián đoạn.' } }, options.status);
      const code = /\/procedures\/(.+)$/.exec(url.pathname)?.[1];
      if (code) {
        const s = list.find((p) => p.code === decodeURIComponent(code));
        return s ? json(fullProcedure(s, s.code === '1.004194')) : json({ error: { code: 'PROCEDURE_NOT_FOUND', message: `Không tìm thấy thủ tục ${code}.` } }, 404);
      }
      const p = url.searchParams;
      const page = Number(p.get('page') ?? 1);
      const pageSize = Number(p.get('pageSize') ?? 20);
      const filters = { field: p.get('field') ?? undefined, level: p.get('level') ?? undefined, channel: p.get('channel') ?? undefined, onlineLevel: p.get('onlineLevel') ?? undefined };
      const r = index.search(p.get('q') ?? '', { limit: pageSize, offset: (page - 1) * pageSize, filters });
      const items = r.hits.map((h) => ({ ...h.procedure.summary, highlights: h.matches.filter((m) => m.key === 'name').flatMap((m) => m.ranges) }));
      return json({ items, total: r.total, page, pageSize, facets: r.facets });
    },
  });
}
