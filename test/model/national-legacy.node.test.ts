// The legacy exchange package as the systems that consume it document it: KENH codes, TENDONVI
// agencies, YEUCAU, PHILEPHI with DONVI, every step in one TENTRINHTU.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Procedure } from '../../src/model/index.js';
import { fromNationalProcedure } from '../../src/national.js';

const STEPS = [
  'Bước 1: Tổ chức, cá nhân nộp hồ sơ tại Bộ phận Một cửa cấp tỉnh.',
  'Bước 2: Cơ quan Quản lý xuất nhập cảnh kiểm tra hồ sơ:',
  '+ Hồ sơ đầy đủ thì tiếp nhận và hẹn ngày trả kết quả;',
  '+ Hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.',
  'Bước 3: Trả kết quả tại nơi nộp hồ sơ',
];

/** Gia hạn tạm trú, as a provincial sync of LayThuTuc delivers it (codes as numbers). */
const VISA = {
  MATTHC: '1.001146',
  TENTTHC: 'Gia hạn tạm trú cho người nước ngoài tại Việt Nam (thực hiện tại cấp tỉnh)',
  CAPTHUCHIEN: 'Cấp Tỉnh',
  LINHVUCTHUCHIEN: [{ MALINHVUC: 'G01-CA11', TENLINHVUC: 'Quản lý xuất nhập cảnh' }],
  CACHTHUCTHUCHIEN: [
    { KENH: 1, THOIGIAN: [{ THOIGIANGIAIQUYET: 5, DONVITINH: 'Ngày làm việc', PHILEPHI: [{ SOTIEN: 10, DONVI: 'USD', MOTA: '' }] }] },
    { KENH: 2, THOIGIAN: [{ THOIGIANGIAIQUYET: 5, DONVITINH: 'Ngày làm việc', PHILEPHI: [{ SOTIEN: '10', DONVI: 'USD', MOTA: 'Phí gia hạn tạm trú' }] }] },
    { KENH: 3, THOIGIAN: [{ THOIGIANGIAIQUYET: 5, DONVITINH: 'Ngày làm việc', PHILEPHI: [{ SOTIEN: 0, DONVI: 'Đồng', MOTA: 'Phí theo Thông tư 25/2021/TT-BTC' }] }] },
  ],
  COQUANTHUCHIEN: [{ MADONVI: 'BCA-PXNK', TENDONVI: 'Phòng Quản lý xuất nhập cảnh Công an tỉnh' }],
  COQUANCOTHAMQUYEN: [{ MADONVI: 'G01s.108.000', TENDONVI: 'Cục Quản lý xuất nhập cảnh' }],
  YEUCAU: 'Có hộ chiếu còn giá trị ít nhất 01 năm.',
  MOTADOITUONGTHUCHIEN: 'Người nước ngoài, tổ chức nước ngoài',
  TRINHTUTHUCHIEN: [{ TENTRINHTU: STEPS.join('\n') }],
};

/** The same channels with KENH as strings, as other systems write it. */
const STRING_CODES = {
  MATTHC: '2.000815',
  TENTTHC: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  CAPTHUCHIEN: 'Cấp Xã, Cơ quan khác',
  CACHTHUCTHUCHIEN: [
    { KENH: '3', THOIGIAN: [{ THOIGIANGIAIQUYET: '2', DONVITINH: 'Ngày làm việc' }] },
    { KENH: '1', THOIGIAN: [{ THOIGIANGIAIQUYET: '0', DONVITINH: 'Ngày làm việc', PHILEPHI: [{ SOTIEN: '2.000', DONVI: 'VNĐ', MOTA: '2.000 đồng/trang' }] }] },
    { KENH: '2', THOIGIAN: [{ THOIGIANGIAIQUYET: '1', DONVITINH: 'Ngày' }] },
  ],
  TRINHTUTHUCHIEN: [{ TENTRINHTU: 'Nộp hồ sơ tại Bộ phận Một cửa\nCông chức kiểm tra bản chính\n- đối chiếu với bản sao\nTrả kết quả' }],
};

describe('legacy package (MATTHC …)', () => {
  it('reads KENH given as numbers 1, 2, 3 and the fee currency in DONVI', () => {
    const p = fromNationalProcedure(VISA);
    assert.ok(Procedure.safeParse(p).success);
    assert.deepEqual(p.channels.map((c) => c.kind), ['in-person', 'online', 'postal']);
    const [desk, online, postal] = p.channels;
    // 10 USD is never 10 đồng: no amount in đồng, the currency on the line and in the text.
    assert.equal(desk!.fee.amount, undefined);
    assert.deepEqual(desk!.fee.items, [{ amount: 10, currency: 'USD', text: '10 USD' }]);
    assert.equal(desk!.fee.text, '10 USD');
    assert.deepEqual(online!.fee.items, [{ amount: 10, currency: 'USD', text: 'Phí gia hạn tạm trú (10 USD)' }]);
    assert.equal(online!.fee.amount, undefined);
    // 0 beside a text that names a charge is "see the text", not free.
    assert.deepEqual(postal!.fee, { text: 'Phí theo Thông tư 25/2021/TT-BTC', items: [{ currency: 'VND', text: 'Phí theo Thông tư 25/2021/TT-BTC' }] });
    assert.deepEqual(desk!.processingTime, { value: 5, unit: 'working-days', text: '5 ngày làm việc' });
  });

  it('reads TENDONVI agencies with their codes, YEUCAU and the subjects text', () => {
    const p = fromNationalProcedure(VISA);
    assert.deepEqual(p.agencies, [
      { name: 'Phòng Quản lý xuất nhập cảnh Công an tỉnh', role: 'implementing', code: 'BCA-PXNK' },
      { name: 'Cục Quản lý xuất nhập cảnh', role: 'deciding', code: 'G01s.108.000' },
    ]);
    assert.equal(p.requirements, VISA.YEUCAU);
    assert.equal(p.subjects, VISA.MOTADOITUONGTHUCHIEN);
    assert.deepEqual(p.field, { code: 'G01-CA11', name: 'Quản lý xuất nhập cảnh' });
    assert.deepEqual(p.levels, ['province']);
    assert.deepEqual(p.source, { shape: 'national-legacy' });
  });

  it('splits the one TENTRINHTU into a step per "Bước N", bullets staying with their step', () => {
    const p = fromNationalProcedure(VISA);
    assert.equal(p.steps.length, 3);
    assert.equal(p.steps[0]!.title, 'Bước 1: Tổ chức, cá nhân nộp hồ sơ tại Bộ phận Một cửa cấp tỉnh.');
    assert.equal(p.steps[1]!.title, 'Bước 2: Cơ quan Quản lý xuất nhập cảnh kiểm tra hồ sơ');
    assert.equal(p.steps[1]!.description, STEPS.slice(1, 4).join('\n'));
    assert.deepEqual(p.steps[2], { title: STEPS[4] });
  });

  it('reads KENH given as strings "1", "2", "3" in any order, and splits unnumbered steps by line', () => {
    const p = fromNationalProcedure(STRING_CODES);
    assert.deepEqual(p.channels.map((c) => c.kind), ['postal', 'in-person', 'online']);
    assert.deepEqual(p.channels[1]!.fee, { amount: 2000, text: '2.000 đồng/trang', items: [{ amount: 2000, currency: 'VND', text: '2.000 đồng/trang' }] });
    assert.deepEqual(p.channels[2]!.processingTime, { value: 1, unit: 'days', text: '1 ngày' });
    assert.deepEqual(p.channels[0]!.fee, { text: '' }, 'no fee line: nothing claimed, not "free"');
    assert.deepEqual(p.steps.map((s) => s.title), ['Nộp hồ sơ tại Bộ phận Một cửa', 'Công chức kiểm tra bản chính', 'Trả kết quả']);
    assert.equal(p.steps[1]!.description, 'Công chức kiểm tra bản chính\n- đối chiếu với bản sao');
    assert.deepEqual(p.levels, ['commune']);
    assert.equal(p.otherAgency, true, '"Cơ quan khác" is kept');
  });

  it('keeps a KENH code it does not know as a note', () => {
    const p = fromNationalProcedure({ ...STRING_CODES, CACHTHUCTHUCHIEN: [{ KENH: 9, MOTA: 'Qua ứng dụng VNeID' }] });
    assert.deepEqual(p.channels, []);
    assert.deepEqual(p.notes, [{ key: 'CACHTHUCTHUCHIEN.0', text: '9 — Qua ứng dụng VNeID' }]);
  });
});
