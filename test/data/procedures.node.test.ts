import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIELDS, HTML_SAMPLE_CODE } from '../../server/data/index.js';
import { parseFee } from '../../server/data/procedures.js';
import { sample } from './fixture.js';

describe('sample procedures', () => {
  const procedures = sample().procedures;

  it('has at least 300 procedures with unique codes over about 150+ base procedures', () => {
    assert.ok(procedures.length >= 300, `${procedures.length}`);
    assert.equal(new Set(procedures.map((p) => p.code)).size, procedures.length);
    const bases = procedures.filter((p) => /^\d\.\d{6}$/.test(p.code));
    assert.ok(bases.length >= 150, `${bases.length} base procedures`);
    const variants = procedures.filter((p) => /^\d\.\d{6}\.000\.00\.\d\d\.H48$/.test(p.code));
    assert.equal(bases.length + variants.length, procedures.length);
    for (const v of variants) assert.ok(bases.some((b) => v.code.startsWith(`${b.code}.`)), v.code);
  });

  it('covers every field of the catalogue, with real names', () => {
    const used = new Set(procedures.map((p) => p.field.code));
    for (const f of FIELDS) assert.ok(used.has(f.code), f.code);
    const names = new Set(procedures.map((p) => p.name));
    for (const n of [
      'Đăng ký khai sinh',
      'Đăng ký kết hôn có yếu tố nước ngoài',
      'Cấp bản sao trích lục hộ tịch',
      'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
      'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
      'Cấp giấy phép xây dựng nhà ở riêng lẻ',
      'Đăng ký thành lập hộ kinh doanh',
      'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
      'Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
      'Giải quyết chế độ trợ cấp thất nghiệp',
      'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    ]) assert.ok(names.has(n), n);
  });

  it('mixes old three-tier and new two-tier levels, and old and new online levels', () => {
    assert.ok(procedures.some((p) => p.levels.includes('district')));
    assert.ok(procedures.some((p) => p.levels.includes('province') && p.levels.includes('commune') && !p.levels.includes('district')));
    const online = new Set(procedures.map((p) => p.onlineLevel));
    for (const l of ['full', 'partial', 'level-3', 'level-4', undefined]) assert.ok(online.has(l as never), String(l));
    // Pre-reform records (with a district level) were last updated before 1/7/2025.
    for (const p of procedures.filter((x) => x.levels.includes('district'))) assert.ok(p.updatedOn! < '2025-07-01', p.code);
  });

  it('gives each channel its own time and fee, and every procedure its national URL', () => {
    for (const p of procedures) {
      assert.ok(p.channels.length >= 1 && p.channels[0]!.kind === 'in-person', p.code);
      assert.equal(p.nationalUrl, `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${p.code}`);
      assert.ok(p.documents.length >= 1 && p.documents.every((c) => c.items.length >= 1), p.code);
      assert.ok(p.steps.length >= 3 && p.results.length >= 1 && p.legalBasis.length >= 1 && p.agencies.length >= 1, p.code);
      if (p.onlineLevel) assert.ok(p.channels.some((c) => c.kind === 'online'), p.code);
    }
    const tl = procedures.find((p) => p.name === 'Cấp bản sao trích lục hộ tịch')!;
    assert.equal(tl.channels.find((c) => c.kind === 'in-person')?.fee.amount, 8000);
    assert.equal(tl.channels.find((c) => c.kind === 'online')?.fee.amount, 4000);
    assert.ok(procedures.some((p) => p.documents.some((c) => c.items.some((i) => i.form?.url === `/forms/${p.code}-to-khai.html`))));
    assert.ok(procedures.some((p) => p.documents.length === 2 && p.documents.every((c) => c.title)));
  });

  it('includes long names and one description with raw HTML', () => {
    assert.ok(procedures.filter((p) => p.name.length >= 200).length >= 3);
    const html = procedures.find((p) => p.code === HTML_SAMPLE_CODE)!;
    assert.match(html.steps.map((s) => s.description).join(' '), /<script>/);
    assert.equal(procedures.filter((p) => p.steps.some((s) => s.description?.includes('<script>'))).length, 1);
  });

  it('parses fee texts', () => {
    assert.deepEqual(parseFee('50.000 đồng/bản'), { amount: 50000, text: '50.000 đồng/bản' });
    assert.deepEqual(parseFee('Miễn phí'), { amount: 0, text: 'Miễn phí' });
    assert.deepEqual(parseFee('1.500.000 đồng/trường hợp'), { amount: 1_500_000, text: '1.500.000 đồng/trường hợp' });
    assert.deepEqual(parseFee('Theo Nghị quyết của HĐND tỉnh'), { text: 'Theo Nghị quyết của HĐND tỉnh' });
  });
});
