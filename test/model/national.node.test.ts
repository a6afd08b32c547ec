import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Procedure } from '../../src/model/index.js';
import { fromNationalProcedure, NationalRecordError } from '../../src/national.js';

const SAME_DAY = 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.';

/** A full record as the national database exports it (Đăng ký khai sinh at commune level). */
const FULL = {
  MATTHC: '1.001193',
  TENTTHC: 'Đăng ký khai sinh',
  CAPTHUCHIEN: 'Cấp Xã',
  LINHVUCTHUCHIEN: [{ MALINHVUC: 'G09-TP03', TENLINHVUC: 'Hộ tịch' }],
  MUCDO: 'Toàn trình',
  CACHTHUCTHUCHIEN: [
    { KENH: 'Trực tiếp', THOIGIAN: [{ THOIGIANGIAIQUYET: 0, DONVITINH: 'Ngày làm việc', MOTA: SAME_DAY, PHILEPHI: [{ MOTA: 'Miễn lệ phí đăng ký khai sinh đúng hạn', SOTIEN: 0 }] }] },
    { KENH: 'Trực tuyến', THOIGIAN: [{ THOIGIANGIAIQUYET: 1, DONVITINH: 'Ngày làm việc', PHILEPHI: [{ MOTA: 'Miễn lệ phí' }] }], MOTA: 'Nộp qua Cổng Dịch vụ công quốc gia' },
    { KENH: 'Dịch vụ bưu chính', THOIGIAN: [{ THOIGIANGIAIQUYET: 1, DONVITINH: 'Ngày làm việc', PHILEPHI: [{ MOTA: 'Lệ phí cấp bản sao trích lục', SOTIEN: 8000 }] }] },
  ],
  THANHPHANHOSO: [
    {
      TRUONGHOP: 'Trường hợp đăng ký khai sinh đúng hạn',
      GIAYTO: [
        { TENGIAYTO: 'Tờ khai đăng ký khai sinh', SOBANCHINH: 1, SOBANSAO: 0, TENMAUDON: 'Tờ khai đăng ký khai sinh (Mẫu TP/HT-2020-KS.1)', URL: 'https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=3fd0a' },
        { TENGIAYTO: 'Giấy chứng sinh', SOBANCHINH: 1, SOBANSAO: 0 },
      ],
    },
    { TRUONGHOP: 'Trường hợp ủy quyền', GIAYTO: [{ TENGIAYTO: 'Văn bản ủy quyền', SOBANCHINH: 1, SOBANSAO: 0, GHICHU: 'Được chứng thực' }] },
  ],
  TRINHTUTHUCHIEN: [{ TRINHTU: [
    { TENTRINHTU: 'Bước 1: Người có yêu cầu nộp hồ sơ tại Bộ phận Một cửa của UBND cấp xã hoặc nộp trực tuyến. Người tiếp nhận kiểm tra giấy tờ.' },
    { TENTRINHTU: 'Bước 2: Công chức tư pháp – hộ tịch ghi nội dung khai sinh vào Sổ hộ tịch' },
  ] }],
  KETQUATHUCHIEN: [{ TENKETQUA: 'Giấy khai sinh (bản chính)' }, { TENKETQUA: 'Bản sao Giấy khai sinh (nếu có yêu cầu)' }],
  CANCUPHAPLY: [
    { SOVANBAN: '60/2014/QH13', TENVANBAN: 'Luật Hộ tịch', NGAYBANHANH: '2014-11-20T00:00:00', COQUANBANHANH: 'Quốc hội' },
    { SOVANBAN: '123/2015/NĐ-CP', TENVANBAN: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', NGAYBANHANH: '15/11/2015', COQUANBANHANH: 'Chính phủ' },
  ],
  COQUANTHUCHIEN: [{ TENCOQUAN: 'Ủy ban nhân dân cấp xã' }],
  COQUANCOTHAMQUYEN: [{ TENCOQUAN: 'Chủ tịch UBND cấp xã' }],
  YEUCAUDIEUKIEN: 'Không',
  DOITUONGTHUCHIEN: [{ TENDOITUONG: 'Công dân Việt Nam' }, { TENDOITUONG: 'Người nước ngoài' }],
  TUKHOA: 'khai sinh, giấy khai sinh',
  NGAYCAPNHAT: '2025-07-01',
};

/** Only what makes a record a procedure. */
const SPARSE = { MATTHC: '2.000815', TENTTHC: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản' };

/** Pre-7/2025 record: three tiers, "Mức độ 3", array levels, district/ward wording. */
const OLD_LEVEL = {
  MATTHC: '1.004227.000.00.00.H29',
  TENTTHC: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
  CAPTHUCHIEN: ['Cấp Tỉnh', 'Cấp Huyện', 'Cấp Xã'],
  MUCDO: 'Mức độ 3',
  LINHVUCTHUCHIEN: { MALINHVUC: 'G09-TN01', TENLINHVUC: 'Đất đai' },
  COQUANTHUCHIEN: 'Văn phòng đăng ký đất đai; Chi nhánh Văn phòng đăng ký đất đai',
  CACHTHUCTHUCHIEN: [{ KENH: 'Trực tiếp', THOIGIAN: [{ THOIGIANGIAIQUYET: '10', DONVITINH: 'Ngày làm việc', PHILEPHI: [{ MOTA: 'Lệ phí: theo Nghị quyết HĐND tỉnh' }, { MOTA: 'Phí thẩm định: 50.000 đồng/hồ sơ' }] }] }],
};

/** Numbers as strings everywhere, as several provincial exports give them. */
const STRING_NUMBERS = {
  MATTHC: ' 2.000488 ',
  TENTTHC: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
  CAPTHUCHIEN: 'Cấp Tỉnh',
  MUCDO: '4',
  LINHVUCTHUCHIEN: [{ MALINHVUC: 'G09-TP05', TENLINHVUC: 'Lý lịch tư pháp' }],
  CACHTHUCTHUCHIEN: [
    { KENH: 'Trực tiếp', THOIGIAN: [{ THOIGIANGIAIQUYET: '10', DONVITINH: 'Ngày làm việc', PHILEPHI: [{ SOTIEN: '200.000', MOTA: '' }] }] },
    { KENH: 'Trực tuyến', THOIGIAN: [{ THOIGIANGIAIQUYET: '15,5', DONVITINH: 'Ngày', PHILEPHI: [{ MOTA: '200.000 đồng/lần/người' }] }] },
    { KENH: 'Trực tuyến', THOIGIAN: [{ THOIGIANGIAIQUYET: '99', DONVITINH: 'Ngày' }] },
  ],
  THANHPHANHOSO: [{ TRUONGHOP: '', GIAYTO: [{ TENGIAYTO: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', SOBANCHINH: '1', SOBANSAO: '0' }, { TENGIAYTO: '  ', SOBANCHINH: '1' }] }],
  CANCUPHAPLY: [{ SOVANBAN: '28/2009/QH12', TENVANBAN: 'Luật Lý lịch tư pháp', NGAYBANHANH: '31/02/2009' }],
};

describe('fromNationalProcedure', () => {
  it('maps a full record', () => {
    const p = fromNationalProcedure(FULL);
    assert.ok(Procedure.safeParse(p).success);
    assert.equal(p.code, '1.001193');
    assert.deepEqual(p.field, { code: 'G09-TP03', name: 'Hộ tịch' });
    assert.deepEqual(p.levels, ['commune']);
    assert.equal(p.onlineLevel, 'full');
    assert.deepEqual(p.channels.map((c) => c.kind), ['in-person', 'online', 'postal']);
    assert.deepEqual(p.channels[0]!.processingTime, { value: 0, unit: 'working-days', text: SAME_DAY });
    assert.deepEqual(p.channels[0]!.fee, { amount: 0, text: 'Miễn lệ phí đăng ký khai sinh đúng hạn', items: [{ amount: 0, text: 'Miễn lệ phí đăng ký khai sinh đúng hạn' }] });
    assert.deepEqual(p.channels[1]!.fee, { amount: 0, text: 'Miễn lệ phí', items: [{ amount: 0, text: 'Miễn lệ phí' }] });
    assert.equal(p.channels[1]!.description, 'Nộp qua Cổng Dịch vụ công quốc gia');
    assert.equal(p.channels[1]!.processingTime.text, '1 ngày làm việc');
    assert.deepEqual(p.channels[2]!.fee, { amount: 8000, text: 'Lệ phí cấp bản sao trích lục', items: [{ amount: 8000, text: 'Lệ phí cấp bản sao trích lục' }] });
    assert.equal(p.documents.length, 2);
    assert.equal(p.documents[0]!.title, 'Trường hợp đăng ký khai sinh đúng hạn');
    assert.deepEqual(p.documents[0]!.items[0]!.form, { name: 'Tờ khai đăng ký khai sinh (Mẫu TP/HT-2020-KS.1)', url: 'https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=3fd0a' });
    assert.equal(p.documents[1]!.items[0]!.note, 'Được chứng thực');
    assert.equal(p.steps.length, 2);
    assert.equal(p.steps[0]!.title, 'Bước 1: Người có yêu cầu nộp hồ sơ tại Bộ phận Một cửa của UBND cấp xã hoặc nộp trực tuyến');
    assert.match(p.steps[0]!.description!, /Người tiếp nhận kiểm tra giấy tờ/);
    assert.equal(p.steps[1]!.description, undefined);
    assert.deepEqual(p.results, ['Giấy khai sinh (bản chính)', 'Bản sao Giấy khai sinh (nếu có yêu cầu)']);
    assert.deepEqual(p.legalBasis.map((l) => l.issuedOn), ['2014-11-20', '2015-11-15']);
    assert.equal(p.legalBasis[1]!.number, '123/2015/NĐ-CP');
    assert.deepEqual(p.agencies, [{ name: 'Ủy ban nhân dân cấp xã', role: 'implementing' }, { name: 'Chủ tịch UBND cấp xã', role: 'deciding' }]);
    assert.equal(p.requirements, 'Không');
    assert.equal(p.subjects, 'Công dân Việt Nam; Người nước ngoài');
    assert.deepEqual(p.keywords, ['khai sinh', 'giấy khai sinh']);
    assert.equal(p.updatedOn, '2025-07-01');
    assert.equal(p.nationalUrl, 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193');
  });

  it('accepts a sparse record with empty lists', () => {
    const p = fromNationalProcedure(SPARSE);
    assert.ok(Procedure.safeParse(p).success);
    assert.deepEqual(
      { levels: p.levels, channels: p.channels, documents: p.documents, steps: p.steps, results: p.results, legalBasis: p.legalBasis, agencies: p.agencies },
      { levels: [], channels: [], documents: [], steps: [], results: [], legalBasis: [], agencies: [] },
    );
    assert.equal(p.onlineLevel, undefined);
    assert.deepEqual(p.field, { code: 'khac', name: 'Khác' });
  });

  it('keeps pre-reform levels and old online levels', () => {
    const p = fromNationalProcedure(OLD_LEVEL);
    assert.deepEqual(p.levels, ['province', 'district', 'commune']);
    assert.equal(p.onlineLevel, 'level-3');
    assert.equal(p.code, '1.004227.000.00.00.H29');
    assert.deepEqual(p.field, { code: 'G09-TN01', name: 'Đất đai' });
    assert.deepEqual(p.agencies.map((a) => a.name), ['Văn phòng đăng ký đất đai', 'Chi nhánh Văn phòng đăng ký đất đai']);
    // Two fee lines are different charges: the text keeps both, no single amount is claimed.
    assert.equal(p.channels[0]!.fee.text, 'Lệ phí: theo Nghị quyết HĐND tỉnh; Phí thẩm định: 50.000 đồng/hồ sơ');
    assert.equal(p.channels[0]!.fee.amount, undefined);
    assert.deepEqual(p.channels[0]!.fee.items, [{ text: 'Lệ phí: theo Nghị quyết HĐND tỉnh' }, { amount: 50000, text: 'Phí thẩm định: 50.000 đồng/hồ sơ' }]);
    assert.equal(p.channels[0]!.processingTime.value, 10);
  });

  it('reads numbers, money and dates given as strings', () => {
    const p = fromNationalProcedure(STRING_NUMBERS);
    assert.ok(Procedure.safeParse(p).success);
    assert.equal(p.code, '2.000488');
    assert.equal(p.onlineLevel, 'level-4');
    assert.deepEqual(p.channels.map((c) => c.kind), ['in-person', 'online']);
    assert.deepEqual(p.notes, [{ key: 'CACHTHUCTHUCHIEN.2', text: 'Trực tuyến — 99 ngày' }], 'the repeated online channel is kept as a note');
    assert.deepEqual(p.channels[0]!.fee, { amount: 200000, text: '200.000 đồng', items: [{ amount: 200000, text: '200.000 đồng' }] });
    assert.deepEqual(p.channels[0]!.processingTime, { value: 10, unit: 'working-days', text: '10 ngày làm việc' });
    assert.deepEqual(p.channels[1]!.processingTime, { value: 15.5, unit: 'days', text: '15,5 ngày' });
    assert.deepEqual(p.channels[1]!.fee, { amount: 200000, text: '200.000 đồng/lần/người', items: [{ amount: 200000, text: '200.000 đồng/lần/người' }] });
    assert.deepEqual(p.documents, [{ items: [{ name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', originals: 1, copies: 0 }] }]);
    assert.deepEqual(p.legalBasis, [{ number: '28/2009/QH12', title: 'Luật Lý lịch tư pháp' }], 'an impossible date is dropped');
  });

  it('keeps the time and fee of every case a channel lists', () => {
    const p = fromNationalProcedure({
      MATTHC: '1.000656',
      TENTTHC: 'Thủ tục đăng ký khai tử',
      CACHTHUCTHUCHIEN: [
        {
          KENH: 'Trực tiếp',
          THOIGIAN: [
            { THOIGIANGIAIQUYET: '0', DONVITINH: 'Ngày làm việc', MOTA: 'Ngay trong ngày tiếp nhận hồ sơ', PHILEPHI: [{ MOTA: 'Miễn lệ phí đăng ký khai tử đúng hạn', SOTIEN: 0 }] },
            { THOIGIANGIAIQUYET: '3', DONVITINH: 'Ngày làm việc', MOTA: 'Trường hợp cần xác minh: không quá 03 ngày làm việc', PHILEPHI: [{ MOTA: 'Lệ phí đăng ký khai tử quá hạn: 5.000 đồng' }] },
          ],
        },
        { KENH: 'Trực tuyến', THOIGIAN: [{ THOIGIANGIAIQUYET: '1', DONVITINH: 'Ngày làm việc', PHILEPHI: [{ MOTA: 'Miễn lệ phí' }] }, { THOIGIANGIAIQUYET: '2', DONVITINH: 'Ngày làm việc', PHILEPHI: [{ MOTA: 'Miễn lệ phí' }] }] },
      ],
    });
    const [desk, online] = p.channels;
    assert.equal(desk!.processingTime.value, 0);
    assert.equal(desk!.processingTime.text, 'Ngay trong ngày tiếp nhận hồ sơ; Trường hợp cần xác minh: không quá 03 ngày làm việc');
    assert.equal(desk!.fee.text, 'Miễn lệ phí đăng ký khai tử đúng hạn; Lệ phí đăng ký khai tử quá hạn: 5.000 đồng');
    assert.equal(desk!.fee.amount, undefined, 'two different fees: no single amount');
    assert.equal(online!.processingTime.text, '1 ngày làm việc; 2 ngày làm việc');
    assert.equal(online!.fee.text, 'Miễn lệ phí');
    assert.ok(Procedure.safeParse(p).success);
  });

  it('names the missing essential key', () => {
    const { MATTHC: _code, ...noCode } = FULL;
    assert.throws(() => fromNationalProcedure(noCode), (e: unknown) => e instanceof NationalRecordError && e.key === 'MATTHC' && /MATTHC/.test(e.message));
    assert.throws(() => fromNationalProcedure({ ...FULL, TENTTHC: '   ' }), (e: unknown) => e instanceof NationalRecordError && e.key === 'TENTTHC' && /TENTTHC/.test(e.message));
    assert.throws(() => fromNationalProcedure(null), NationalRecordError);
    assert.throws(() => fromNationalProcedure([FULL]), NationalRecordError);
  });

  it('rejects a malformed code through the Procedure schema', () => {
    assert.throws(() => fromNationalProcedure({ ...SPARSE, MATTHC: 'TTHC-01' }), (e: unknown) => e instanceof NationalRecordError && e.key === 'MATTHC' && /MATTHC/.test(e.message));
  });

  it('reads level wording of cities and towns', () => {
    const levels = (CAPTHUCHIEN: unknown) => fromNationalProcedure({ ...SPARSE, CAPTHUCHIEN }).levels;
    assert.deepEqual(levels('Cấp Bộ'), ['ministry']);
    assert.deepEqual(levels('Thành phố trực thuộc trung ương; Quận, Thị xã'), ['province', 'district']);
    assert.deepEqual(levels([{ TENCAP: 'Cấp Phường' }, { TENCAP: 'Cấp xã' }]), ['commune']);
    assert.deepEqual(levels('Cap Tinh, Cap Xa'), ['province', 'commune']);
  });
});
