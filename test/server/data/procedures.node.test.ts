import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTML_SAMPLE_CODE } from '../../../server/data/index.js';
import { NATIONAL_CATALOGUE } from '../../../server/data/national-catalogue.js';
import { fromNationalProcedure } from '../../../src/national.js';
import { NATIONAL_DIR, nationalRecords } from '../../model/national-fixtures.js';
import { parseFee } from '../../../server/data/procedures.js';
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

  it('uses the real codes, names, fields and levels of the national catalogue, copied verbatim', () => {
    type Line = { code: string; name: string; field: string; level: string; agency: string };
    const copy = NATIONAL_CATALOGUE;
    const national = new Map<string, Line>(
      JSON.parse(readFileSync(join(NATIONAL_DIR, 'catalogue.json'), 'utf8')).map((l: Line) => [l.code, l]),
    );
    assert.equal(copy.total, national.size);
    const LEVEL: Record<string, string> = { ministry: 'Cấp bộ', province: 'Cấp tỉnh', commune: 'Cấp xã' };
    for (const line of copy.lines) {
      assert.deepEqual(line, national.get(line.code), 'the copy is the national line as it is');
      assert.match(line.level, /Cấp xã|Cấp tỉnh/, 'commune and province procedures only');
      const p = procedures.find((x) => x.code === line.code)!;
      assert.equal(p.name, line.name.trim().replace(/\s+/g, ' '));
      assert.equal(p.field.name, line.field);
      assert.deepEqual(p.levels.map((l) => LEVEL[l]), line.level.split(', ').filter((l) => l !== 'Cơ quan khác'));
    }
    const names = new Set(procedures.map((p) => p.name));
    for (const n of [
      'Thủ tục đăng ký khai sinh',
      'Thủ tục đăng ký khai sinh lưu động',
      'Thủ tục đăng ký kết hôn',
      'Đăng ký tạm trú',
      'Đăng ký thường trú',
      'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
      'Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam, người Việt Nam đang cư trú ở nước ngoài',
    ]) assert.ok(names.has(n), n);
    // Near-duplicates of one name: several procedures start like "Thủ tục đăng ký khai sinh".
    assert.ok(procedures.filter((p) => p.name.startsWith('Thủ tục đăng ký khai sinh') && /^\d\.\d{6}$/.test(p.code)).length >= 4);
  });

  it('serves the full national records of commune and province procedures as imported', () => {
    const shown = procedures.filter((p) => p.source?.shape === 'national-api');
    const local = nationalRecords().filter(({ record }) => record.isWard || record.isProvince);
    assert.ok(local.length >= 2);
    assert.deepEqual(shown, local.map(({ record }) => fromNationalProcedure(record)));
  });

  it('mixes old three-tier and new two-tier levels, and old and new online levels', () => {
    assert.ok(procedures.some((p) => p.levels.includes('district')));
    assert.ok(procedures.some((p) => p.levels.includes('province') && p.levels.includes('commune') && !p.levels.includes('district')));
    const online = new Set(procedures.map((p) => p.onlineLevel));
    // The national catalogue is two-tier: old levels only in the district variants a province keeps from before 7/2025.
    for (const l of ['full', 'partial', 'level-3', undefined]) assert.ok(online.has(l as never), String(l));
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
    const tl = procedures.find((p) => p.name === 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân')!;
    assert.equal(tl.channels.find((c) => c.kind === 'in-person')?.fee.amount, 15000);
    assert.equal(tl.channels.find((c) => c.kind === 'online')?.fee.amount, 7500);
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
