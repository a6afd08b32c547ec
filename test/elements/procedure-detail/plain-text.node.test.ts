import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_INPUT, plainText, safeUrl } from '../../../src/elements/procedure-detail/plain-text.js';

test('plainText strips tags, drops script content and decodes entities', () => {
  const raw = 'Cơ quan <b>thẩm định</b> hồ sơ. Xem <a href="x" onclick="alert(1)">hướng dẫn</a><script>alert("xss")</script><img src="x" onerror="alert(2)">';
  assert.equal(plainText(raw), 'Cơ quan thẩm định hồ sơ. Xem hướng dẫn');
  assert.equal(plainText('a &amp; b &lt;c&gt; &#7871; &#x1EBF;'), 'a & b <c> ế ế');
  assert.equal(plainText('Bước 1<br>Bước 2<p>Bước 3</p>'), 'Bước 1\nBước 2\nBước 3');
  assert.equal(plainText('trẻ em < 6 tuổi'), 'trẻ em < 6 tuổi');
  assert.equal(plainText('<style>p{}</style>x<scr<script>ipt>y'), 'x');
  assert.equal(plainText(undefined), '');
});

test('plainText on hostile input: unclosed tags everywhere, and a length cap', () => {
  // Once quadratic (13 s on the main thread for this); now one pass. Timing lives in bench/.
  assert.equal(plainText('<p'.repeat(40_000)), '…', 'all tags, cut at the cap');
  assert.equal(plainText(`a${'<p '.repeat(6_000)}b`), 'a', 'an unclosed tag runs to the end, as before');
  assert.equal(plainText(`a${'<p>'.repeat(6_000)}b`), 'a\n\nb');
  assert.equal(plainText(`${'<script>'.repeat(2_000)}x`), '');
  assert.equal(plainText('<li>một<li>hai</li>'), '• một\n• hai');
  assert.equal(plainText('<!-- ghi chú -->văn bản'), 'văn bản');
  const long = plainText('x'.repeat(MAX_INPUT * 5));
  assert.equal(long.length, MAX_INPUT + 1, 'cut to the cap, with an ellipsis');
  assert.ok(long.endsWith('…'));
});

test('safeUrl lets same-site paths and https links through, nothing else', () => {
  assert.equal(safeUrl('/demo/forms/a.docx'), '/demo/forms/a.docx');
  assert.equal(safeUrl('https://dichvucong.gov.vn/p?ma_thu_tuc=1.001193'), 'https://dichvucong.gov.vn/p?ma_thu_tuc=1.001193');
  assert.equal(safeUrl('  /forms/1.001193-to-khai.html '), '/forms/1.001193-to-khai.html');
  for (const hostile of [
    'javascript:alert(1)',
    ' JaVa\tScRiPt:alert(1)',
    'data:text/html,<script>',
    'http://dichvucong.gov.vn/', // not https
    '//evil.example/x', // protocol-relative: another host
    '/\\evil.example/x', // browsers read \ as /
    '\\\\evil.example/x',
    '/\t/evil.example', // tabs are dropped by the URL parser: //evil.example
    '/\n/evil.example',
    'https:evil.example', // no slashes: not the absolute form
    'https:/\\evil.example',
    'https://user:pass@evil.example/',
    'forms/relative.docx',
    '',
  ]) {
    assert.equal(safeUrl(hostile), undefined, JSON.stringify(hostile));
  }
});
