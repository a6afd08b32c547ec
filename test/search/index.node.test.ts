import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProcedureIndex, type SearchHit } from '../../src/search/index.js';
import { catalogue, popularBoost } from './catalogue.js';

const index = createProcedureIndex(catalogue, { boost: popularBoost });
const codes = (q: string, limit = 5): string[] => index.search(q, { limit }).hits.map((h) => h.code);
const highlighted = (hit: SearchHit, key = 'name'): string[] => {
  const text = key === 'name' ? hit.procedure.name : hit.procedure.code;
  return (hit.matches.find((m) => m.key === key)?.ranges ?? []).map(([s, e]) => text.slice(s, e));
};

test('works with only code and name', () => {
  const small = createProcedureIndex([
    { code: '1.001193', name: 'Đăng ký khai sinh' },
    { code: '1.000656', name: 'Đăng ký khai tử' },
  ]);
  assert.equal(small.size, 2);
  assert.equal(small.search('khai tu').hits[0]?.code, '1.000656');
  assert.deepEqual(small.search('1.001193').hits.map((h) => h.code), ['1.001193']);
  assert.deepEqual(small.search('khai tu').facets.field, []);
});

test('typing without diacritics finds the accented names', () => {
  assert.equal(codes('dang ky khai sinh')[0], '1.001193');
  assert.equal(codes('chung thuc di chuc')[0], '2.000927');
});

test('phrase and proximity: "ket hon nuoc ngoai" ranks the foreign-element marriage first', () => {
  const result = codes('ket hon nuoc ngoai');
  assert.equal(result[0], '1.000947');
  assert.ok(result.includes('1.000894') || result.includes('1.000522'));
});

test('basic procedures come before their variants unless asked for', () => {
  assert.equal(codes('đăng ký khai sinh')[0], '1.001193');
  assert.equal(codes('đăng ký lại khai sinh')[0], '1.000593');
  assert.equal(codes('cấp lại giấy phép lái xe')[0], '1.002802');
});

test('"lái xe" (drive) is not the qualifier "lại" (re-issue): the base licence comes first', () => {
  const base = ['1.002805', '1.002801'];
  for (const q of ['giấy phép lái xe', 'giay phep lai xe', 'bằng lái xe', 'bang lai xe', 'bang lai', 'GPLX']) {
    const top = codes(q);
    assert.ok(base.includes(top[0]!), `${q}: ${top.join(', ')}`);
    assert.ok(top.includes('1.002802'), `${q}: the re-issue is still listed`);
  }
  // Typed as the qualifier, after "cấp" or with its own marks, it is asked for.
  for (const q of ['cấp lại giấy phép lái xe', 'cap lai giay phep lai xe', 'lại giấy phép lái xe', 'cap lai bang lai xe', 'mat bang lai']) {
    assert.equal(codes(q)[0], '1.002802', q);
  }
});

test('a bare syllable stands where it is not a qualifier, unless typed with the qualifier\'s marks', () => {
  const small = createProcedureIndex([
    { code: 'a', name: 'Cấp lại giấy phép lái xe' },
    { code: 'b', name: 'Cấp mới giấy phép lái xe' },
  ]);
  const top = (q: string): string | undefined => small.search(q).hits[0]?.code;
  assert.equal(top('lai'), 'b');
  assert.equal(top('lái'), 'b');
  assert.equal(top('giay phep lai xe'), 'b');
  assert.equal(top('lại'), 'a');
  assert.equal(top('cap lai'), 'a');
  assert.equal(top('giay phep lai xe lai'), 'a');
});

test('a well-formed code that is not in the catalogue finds nothing, not a stray "1"', () => {
  for (const q of ['1.001108', '1001108', '1.000494.000.00.00.H29', '1.0077', '1.001108 ']) {
    assert.equal(index.search(q).total, 0, q);
  }
  // A local variant the catalogue lacks finds its national procedure.
  assert.deepEqual(index.search('1.001193.000.00.00.H29').hits.map((h) => h.code), ['1.001193']);
  // Words next to an unknown code are still searched; numbers that are no code stay words.
  assert.equal(codes('1.001108 khai sinh')[0], '1.001193');
  assert.equal(codes('hang 1 sao')[0], '1.003656');
});

test('exact codes, base codes of local variants and code prefixes come first', () => {
  const local = createProcedureIndex([
    ...catalogue,
    { code: '1.000894.000.00.00.H29', name: 'Đăng ký kết hôn', field: 'Hộ tịch' },
  ]);
  assert.deepEqual(local.search('1.000894.000.00.00.H29').hits.map((h) => h.code), ['1.000894.000.00.00.H29']);
  const base = local.search('1.000894').hits.map((h) => h.code);
  assert.deepEqual(base, ['1.000894', '1.000894.000.00.00.H29']);
  const prefix = index.search('1.00999', { limit: 50 }).hits.map((h) => h.code);
  assert.equal(prefix.length, 6);
  assert.ok(prefix.every((c) => c.startsWith('1.00999')));
  assert.equal(codes('1001193')[0], '1.001193');
  assert.equal(codes('001193')[0], '1.001193');
  const hit = index.search('1.0011')!.hits[0]!;
  assert.deepEqual(highlighted(hit, 'code'), ['1.0011']);
});

test('the last syllable matches as a prefix while typing, not after a space', () => {
  assert.equal(codes('ket ho')[0], '1.000894');
  assert.ok(codes('dang ky khai s', 10).includes('1.001193'));
  assert.ok(index.search('giay phep xay d', { limit: 5 }).hits.every((h) => /xây d/i.test(h.procedure.name)));
  // After a space the syllable is complete: "s" no longer stands for "sinh".
  const typing = index.search('khai s').hits.find((h) => h.code === '1.001193')!;
  assert.deepEqual(highlighted(typing), ['khai', 's']);
  const done = index.search('khai s ').hits.find((h) => h.code === '1.001193')!;
  assert.deepEqual(highlighted(done), ['khai']);
});

test('one typo on longer syllables is forgiven and ranks below the exact spelling', () => {
  assert.equal(codes('dang ky khai snh')[0], '1.001193');
  assert.equal(codes('doanh ngiep tu nhan')[0], '1.001612');
  const exact = index.search('doanh nghiep tu nhan').hits[0]!;
  const typo = index.search('doanh ngiep tu nhan').hits[0]!;
  assert.equal(exact.code, typo.code);
  assert.ok(typo.score < exact.score);
  // Short syllables get no typo tolerance: "hn" is not "hôn".
  assert.equal(index.search('ket hn ').total, index.search('ket xx ').total);
});

test('syllables typed together are split', () => {
  assert.equal(codes('dangky khaisinh')[0], '1.001193');
});

test('default synonyms: everyday words and abbreviations', () => {
  assert.equal(codes('sổ đỏ')[0], '1.004227');
  assert.equal(codes('so hong')[0], '1.004227');
  assert.equal(codes('CCCD')[0], '2.001351');
  assert.equal(codes('GPXD')[0], '1.009994');
  assert.equal(codes('GPKD')[0], '2.000720');
  assert.equal(codes('bang lai')[0]?.startsWith('1.0028'), true);
  assert.equal(codes('nhap ho khau')[0], '1.010101');
  assert.equal(codes('LLTP')[0], '2.000488');
  assert.ok(codes('BHYT').some((c) => c === '1.002414' || c === '1.001004'));
  assert.equal(codes('ATTP quan an')[0], '1.002407');
  assert.equal(codes('làm giấy đăng ký kết hôn')[0], '1.000894');
  assert.equal(codes('tach thua')[0], '1.004217');
});

test('without default synonyms, abbreviations find nothing; a portal adds its own', () => {
  const bare = createProcedureIndex(catalogue, { defaultSynonyms: false });
  assert.equal(bare.search('GPXD').total, 0);
  const own = createProcedureIndex(catalogue, {
    defaultSynonyms: false,
    synonyms: [{ terms: ['giấy phép làm nhà'], means: ['giấy phép xây dựng nhà ở riêng lẻ'] }],
  });
  assert.equal(own.search('giay phep lam nha').hits[0]?.code, '1.009994');
  // Merged with the defaults when those are on.
  const both = createProcedureIndex(catalogue, { synonyms: [{ terms: ['xin phép làm nhà'], means: ['giấy phép xây dựng'] }] });
  assert.equal(both.search('xin phép làm nhà').hits[0]?.code, '1.009994');
  assert.equal(both.search('GPXD').hits[0]?.code, '1.009994');
});

test('highlight ranges map onto the original accented name', () => {
  const hit = index.search('ket hon nuoc ngoai').hits[0]!;
  assert.deepEqual(highlighted(hit), ['kết hôn', 'nước ngoài']);
  const prefix = index.search('dang ky kh').hits.find((h) => h.code === '1.001193')!;
  assert.deepEqual(highlighted(prefix), ['Đăng ký', 'kh']);
  // NFD names are highlighted on their own code units.
  const nfd = createProcedureIndex([{ code: 'x', name: 'Chứng thực di chúc'.normalize('NFD') }]);
  const h = nfd.search('di chuc').hits[0]!;
  const [[s, e]] = h.matches[0]!.ranges as [[number, number]];
  assert.equal(h.procedure.name.slice(s, e).normalize('NFC'), 'di chúc');
  // A synonym hit highlights the catalogue's words.
  const red = index.search('sổ đỏ').hits[0]!;
  assert.ok(highlighted(red).join(' ').includes('Giấy chứng nhận quyền sử dụng đất'));
});

test('matches in field and agencies are reported with their key', () => {
  const hit = index.search('ho tich khai sinh').hits.find((h) => h.code === '1.001193')!;
  assert.ok(hit.matches.some((m) => m.key === 'field' && m.ranges.length > 0));
});

test('empty query returns everything in name order, with facet counts', () => {
  const result = index.search('', { limit: 1000 });
  assert.equal(result.total, catalogue.length);
  assert.equal(result.hits.length, catalogue.length);
  // Name order with marks folded: Đ sorts with D, so "Điều chỉnh…" comes among the D names.
  const names = result.hits.map((h) => h.procedure.name);
  assert.equal(names[0], 'Bổ nhiệm công chứng viên');
  const d = names.findIndex((n) => n.startsWith('Điều chỉnh giấy phép'));
  assert.ok(names[d - 1]!.startsWith('Đ') || names[d - 1]!.startsWith('D'));
  assert.ok(names[d + 1]!.startsWith('Đ') || names[d + 1]!.startsWith('D'));
  const fieldTotal = result.facets.field.reduce((n, f) => n + f.count, 0);
  assert.equal(fieldTotal, catalogue.length);
  const hoTich = result.facets.field.find((f) => f.value === 'HT')!;
  assert.equal(hoTich.label, 'Hộ tịch');
  assert.equal(hoTich.count, catalogue.filter((p) => p.field.code === 'HT').length);
  assert.equal(index.search('   ').total, catalogue.length);
});

test('filters restrict hits; facets count each facet without its own filter', () => {
  const all = index.search('dang ky');
  const filtered = index.search('dang ky', { filters: { field: 'HT' }, limit: 100 });
  assert.ok(filtered.total > 0 && filtered.total < all.total);
  assert.ok(filtered.hits.every((h) => h.procedure.field.code === 'HT'));
  // The field facet still shows the other fields (disjunctive), with the same counts as unfiltered.
  assert.deepEqual(filtered.facets.field, all.facets.field);
  // The other facets count only within Hộ tịch.
  const onlineTotal = filtered.facets.onlineLevel.reduce((n, f) => n + f.count, 0);
  assert.equal(onlineTotal, filtered.hits.filter((h) => h.procedure.onlineLevel).length);
  // A field can be named by its label; several values mean any of them.
  assert.equal(index.search('dang ky', { filters: { field: 'Hộ tịch' } }).total, filtered.total);
  const two = index.search('dang ky', { filters: { field: ['HT', 'CA'] } }).total;
  assert.equal(two, filtered.total + index.search('dang ky', { filters: { field: 'CA' } }).total);
  // Filters combine across facets.
  const online = index.search('dang ky', { filters: { field: 'HT', onlineLevel: 'toan-trinh', level: 'Cấp Xã' }, limit: 100 });
  assert.ok(online.hits.length > 0);
  assert.ok(online.hits.every((h) => h.procedure.onlineLevel === 'toan-trinh' && h.procedure.levels.includes('Cấp Xã')));
  const postal = index.search('', { filters: { channel: 'buu-chinh' }, limit: 1000 });
  assert.ok(postal.hits.every((h) => h.procedure.channels.some((c) => c.kind === 'buu-chinh')));
});

test('limit and offset page through hits; total counts them all', () => {
  const first = index.search('giay phep', { limit: 5 });
  const second = index.search('giay phep', { limit: 5, offset: 5 });
  assert.equal(first.hits.length, 5);
  assert.ok(first.total > 10);
  assert.equal(second.total, first.total);
  assert.equal(new Set([...first.hits, ...second.hits].map((h) => h.code)).size, 10);
});

test('nonsense finds nothing; scores fall down the list', () => {
  assert.equal(index.search('xqzw plokm').total, 0);
  const hits = index.search('giay phep xay dung', { limit: 20 }).hits;
  for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score);
});

test('a synonym marks its phrase, not stray syllables of it elsewhere in the name', () => {
  const small = createProcedureIndex([
    { code: '1.002827', name: 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân' },
    { code: '1.004275', name: 'Xác nhận tiếp tục sử dụng đất nông nghiệp của hộ gia đình, cá nhân' },
  ]);
  const marks = (q: string, code: string) => {
    const hit = small.search(q).hits.find((h) => h.code === code)!;
    return highlighted(hit);
  };
  // sổ đỏ means the land-use certificate: its phrase is marked, but not the "nhân" of "cá nhân"
  // (the same folded syllable as "nhận").
  assert.deepEqual(marks('so do', '1.002827'), ['Giấy chứng nhận quyền sử dụng đất']);
  // A lone syllable of the expansion ("nhận" of "Xác nhận") is not marked either.
  assert.deepEqual(marks('xac nhan so do', '1.004275').filter((t) => /nhận/.test(t)), ['Xác nhận']);
  // What the user typed is marked wherever it stands ("nhan" typed without marks is also "nhận").
  assert.ok(marks('ca nhan', '1.002827').includes('cá nhân'));
});

test('the name whose head is the query comes before one where the query qualifies another head', () => {
  // Six unasked syllables each, all equally rare: only their place differs (a tie would put 1 first).
  const mining = createProcedureIndex([
    { code: '1', name: 'Chứng chỉ năng lực doanh nghiệp khai thác khoáng sản' },
    { code: '2', name: 'Xác nhận khai thác khoáng sản cho hộ gia đình' },
  ]);
  assert.deepEqual(mining.search('khai thac khoang san').hits.map((h) => h.code), ['2', '1']);
  assert.equal(codes('hanh nghe luat su', 1)[0], '1.008725');
});
