import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accentKey, createProcedureIndex } from '../../src/search/index.js';
import { decodeTelex, decodeVni } from '../../src/search/typing.js';
import { catalogue } from './catalogue.js';

const TELEX: [string, string][] = [
  ['ddawng', 'đăng'], ['kys', 'ký'], ['keets', 'kết'], ['hoon', 'hôn'], ['caaps', 'cấp'], ['laij', 'lại'],
  ['soor', 'sổ'], ['ddor', 'đỏ'], ['giaays', 'giấy'], ['pheps', 'phép'], ['xaay', 'xây'], ['duwngj', 'dựng'],
  ['hooj', 'hộ'], ['chieeus', 'chiếu'], ['chuwngs', 'chứng'], ['thuwcj', 'thực'], ['banr', 'bản'],
  ['thuwowngf', 'thường'], ['trus', 'trú'], ['tuwr', 'tử'], ['nguwowif', 'người'], ['nguoiwf', 'người'],
  ['nuwowcs', 'nước'], ['tieesng', 'tiếng'], ['dangw', 'dăng'], ['ddoocj', 'độc'], ['thaan', 'thân'],
];
const VNI: [string, string][] = [
  ['d9a8ng', 'đăng'], ['ky1', 'ký'], ['ca6p1', 'cấp'], ['la5i', 'lại'], ['the3', 'thẻ'], ['ca8n', 'căn'],
  ['cu7o71c', 'cước'], ['ta5m', 'tạm'], ['tru1', 'trú'], ['ke6t1', 'kết'], ['ho6n', 'hôn'], ['cap61', 'cấp'],
  ['nguo72i', 'người'], ['d9o63ng', 'đổng'],
];

test('raw Telex decodes to the syllable meant, marks included', () => {
  for (const [typed, meant] of TELEX) assert.equal(decodeTelex(typed)?.accent, accentKey(meant), typed);
  assert.equal(decodeTelex('ddawng')?.term, 'dang');
  assert.equal(decodeTelex('kys')?.term, 'ki'); // canonical i/y, as the index folds "ký"
});

test('raw VNI decodes to the syllable meant, marks included', () => {
  for (const [typed, meant] of VNI) assert.equal(decodeVni(typed)?.accent, accentKey(meant), typed);
});

test('words that are not Telex or VNI are left alone', () => {
  for (const word of ['khai', 'sinh', 'xe', 'passport', 'cccd', 'gpxd', 'bhxh', 'tnhh', 'vneid', 'work']) {
    assert.equal(decodeTelex(word), undefined, word);
  }
  for (const word of ['b2', 'a1', '123', '1.001193', 'x9']) assert.equal(decodeVni(word), undefined, word);
});

test('a query typed in raw Telex or VNI finds what it would find with marks', () => {
  const index = createProcedureIndex(catalogue);
  const top = (q: string) => index.search(q, { limit: 1 }).hits[0]?.code;
  assert.equal(top('ddawng kys keets hoon'), top('đăng ký kết hôn'));
  assert.equal(top('d9a8ng ky1 khai sinh'), top('đăng ký khai sinh'));
  assert.equal(top('chuwngs thuwcj banr sao'), top('chứng thực bản sao'));
  // A syllable the catalogue knows is never decoded: "hoon" is not in it, "xe" and "so" are.
  assert.equal(top('dang ky xe'), top('đăng ký xe'));
});
