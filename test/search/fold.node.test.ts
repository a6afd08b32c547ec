import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accentKey, canonical, fold, tokenize } from '../../src/search/index.js';
import { foldSyllable, tokenizeAccented } from '../../src/search/fold.js';

test('fold strips marks, maps đ/Đ/Ð to d and lower-cases', () => {
  assert.equal(fold('Đăng ký Kết hôn'), 'dang ky ket hon');
  assert.equal(fold('ĐỒNG THÁP'), 'dong thap');
  assert.equal(fold('\u00D0ất đai'), 'dat dai'); // Ð (U+00D0, eth) typed for Đ
  assert.equal(fold('Người nước ngoài'), 'nguoi nuoc ngoai');
});

test('fold gives the same result for NFC and NFD input', () => {
  const nfc = 'Chứng thực bản sao'.normalize('NFC');
  const nfd = nfc.normalize('NFD');
  assert.notEqual(nfc, nfd);
  assert.equal(fold(nfd), fold(nfc));
  assert.equal(fold(nfd), 'chung thuc ban sao');
});

test('old and new tone placement meet', () => {
  assert.equal(fold('hoà'), fold('hòa'));
  assert.equal(fold('thuỷ'), fold('thủy'));
  assert.equal(accentKey('hoà'), accentKey('hòa'));
  assert.equal(accentKey('thuỷ'), accentKey('thủy'));
  assert.equal(accentKey('Quý'), accentKey('quí'));
});

test('accent keys tell apart syllables that fold alike', () => {
  assert.notEqual(accentKey('bán'), accentKey('bạn'));
  assert.notEqual(accentKey('đổi'), accentKey('đối'));
  assert.notEqual(accentKey('đăng'), accentKey('dăng'));
});

test('i/y spellings meet in canonical tokens, but y stays where it is a vowel of its own', () => {
  assert.deepEqual(tokenize('kí ký lí lý mĩ mỹ tỉ tỷ qui quy').terms, ['ki', 'ki', 'li', 'li', 'mi', 'mi', 'ti', 'ti', 'qui', 'qui']);
  assert.equal(canonical('thuy'), 'thuy');
  assert.equal(canonical('hay'), 'hay');
  assert.equal(canonical('y'), 'y');
  assert.equal(canonical('yen'), 'yen');
  assert.equal(accentKey('ký'), accentKey('kí'));
  assert.equal(accentKey('mỹ'), accentKey('mĩ'));
});

test('tokens keep their ranges in the original text, NFD included', () => {
  const text = 'Đăng ký (lưu động)'.normalize('NFD');
  const { terms, starts, ends } = tokenize(text);
  assert.deepEqual(terms, ['dang', 'ki', 'luu', 'dong']);
  const originals = starts.map((s, i) => text.slice(s, ends[i]).normalize('NFC'));
  assert.deepEqual(originals, ['Đăng', 'ký', 'lưu', 'động']);
});

test('punctuation separates tokens, codes split at dots', () => {
  assert.deepEqual(tokenize('cha, mẹ, con – 1.001193').terms, ['cha', 'me', 'con', '1', '001193']);
  assert.deepEqual(tokenize('  ').terms, []);
});

test('a syllable folded alone (as the index builds) is what tokenizing its text gives', () => {
  const text = 'Cấp lại Giấy phép KINH DOANH hộ cá thể, kí/ký QUY qui Thuỷ thủy mỹ 02 Đăng ký ĐẤT đai y tế hoà';
  for (const syllable of text.split(/[\s,/]+/)) {
    const whole = tokenizeAccented(syllable);
    assert.deepEqual(foldSyllable(syllable), { term: whole.terms[0], accent: whole.accents[0] }, syllable);
  }
});

test('tokenize gives the same tokens whether the text takes the fast path or the cluster by cluster one', () => {
  const texts = ['Cấp lại GIẤY PHÉP lái xe (hạng A1) - mức độ 02', 'ǅ Ǆ ß İ ﬁ Ⅻ ½ ² ĐÐð ＡＢＣ', 'đăng ký kết hôn; 1.001193.000.00.00.H29'];
  for (const text of texts) {
    // tokenizeAccented reads every text cluster by cluster.
    const { terms, starts, ends } = tokenizeAccented(text);
    assert.deepEqual(tokenize(text), { terms, starts, ends }, text);
    // With a combining mark, tokenize itself goes cluster by cluster.
    assert.deepEqual(tokenize(`${text} e\u0301`).terms, [...terms, 'e'], text);
  }
});
